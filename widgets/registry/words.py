"""The registry's codes in the operator's words: a technician's side, a tier, the field a change was made to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.domain import Side, Tier


def side_text(side: Side) -> str:
    """Whose staff a technician is [002 §15.2b]."""
    return {
        Side.PARTY: QCoreApplication.translate("RegistryWords", "Party committee"),
        Side.GOVERNMENT: QCoreApplication.translate("RegistryWords", "People's Committee"),
    }[side]


def tier_text(tier: Tier) -> str:
    return {
        Tier.CENTRAL: QCoreApplication.translate("RegistryWords", "Central"),
        Tier.PROVINCE: QCoreApplication.translate("RegistryWords", "Province"),
        Tier.DISTRICT: QCoreApplication.translate("RegistryWords", "District (former)"),
        Tier.COMMUNE: QCoreApplication.translate("RegistryWords", "Commune"),
    }[tier]


def change_field_text(field: str) -> str:
    """What a kept change was made to: 'technician 2' → 'Technician 2', 'camera' → 'Camera' …"""
    if field.startswith("technician "):
        return QCoreApplication.translate("RegistryWords", "Technician %1").replace(
            "%1", field.removeprefix("technician ")
        )
    words = {
        "site": QCoreApplication.translate("RegistryWords", "Site added"),
        "name": QCoreApplication.translate("RegistryWords", "Name"),
        "tier": QCoreApplication.translate("RegistryWords", "Tier"),
        "parent": QCoreApplication.translate("RegistryWords", "Parent site"),
        "cluster": QCoreApplication.translate("RegistryWords", "Cluster"),
        "district": QCoreApplication.translate("RegistryWords", "Former district"),
        "province": QCoreApplication.translate("RegistryWords", "Province"),
        "agency": QCoreApplication.translate("RegistryWords", "Agency"),
        "room": QCoreApplication.translate("RegistryWords", "Room"),
        "address": QCoreApplication.translate("RegistryWords", "Network address"),
        "camera": QCoreApplication.translate("RegistryWords", "Camera"),
        "provider": QCoreApplication.translate("RegistryWords", "Telecom provider"),
        "power": QCoreApplication.translate("RegistryWords", "Power company"),
    }
    return words.get(field, field)
