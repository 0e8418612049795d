"""Interface language: Qt Linguist catalogues built from resources/translations/*.ts."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console.registry import RESOURCES

log = logging.getLogger("bridgewall.ui")
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def choose_language(requested: str | None, locale: QLocale | None = None) -> str:
    """--lang wins; else the system locale when we ship it; else Vietnamese (also for the bare C locale)."""
    if requested:
        return requested
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.C:
        return DEFAULT_LANGUAGE
    name = locale.name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own for `language`; keep the returned objects alive."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    qm = Path(TRANSLATIONS, f"bridgewall_{language}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    elif language != "en":
        log.warning("translation %s is missing (run `make translations`); showing English", qm)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
