"""The permission table: each role may do its own work and nothing else; a refusal names the missing role and is
written to the audit trail."""

from __future__ import annotations

import pytest

from console.access import (
    MONITOR,
    PERMISSIONS,
    SERVICE_RIGHTS,
    Permission,
    PermissionDenied,
    allowed,
    check,
)
from console.access.permissions import DESCRIPTIONS
from console.domain.access import Actor, ActorKind, AuditResult, Role

from .conftest import Rig


def person(*roles: Role, name: str = "an") -> Actor:
    return Actor(name, frozenset(roles), ActorKind.SIGNED_IN)


OPERATOR = person(Role.OPERATOR)
SUPERVISOR = person(Role.SUPERVISOR, name="binh")
TECHNICIAN = person(Role.TECHNICIAN, name="cuong")
ADMINISTRATOR = person(Role.ADMINISTRATOR, name="dung")


def test_every_action_has_roles_and_a_description() -> None:
    assert set(PERMISSIONS) == set(Permission)
    assert set(DESCRIPTIONS) == set(Permission)
    assert all(PERMISSIONS[p] for p in Permission)


@pytest.mark.parametrize(
    ("actor", "may", "may_not"),
    [
        (
            OPERATOR,
            [
                Permission.COMMAND_MUTE,
                Permission.COMMAND_DIAL,
                Permission.FLOOR_GRANT,
                Permission.INCIDENT_RESOLVE,
            ],
            [
                Permission.INCIDENT_REOPEN,
                Permission.MEETING_FORCE,
                Permission.REGISTRY_EDIT,
                Permission.ACCOUNT_MANAGE,
            ],
        ),
        (
            SUPERVISOR,
            [
                Permission.MEETING_BOOK,
                Permission.MEETING_FORCE,
                Permission.INCIDENT_REOPEN,
                Permission.REPORT_EXPORT,
            ],
            [Permission.COMMAND_DISCONNECT, Permission.CAMERA_PRESET_STORE, Permission.CONFIG_CHANGE],
        ),
        (
            TECHNICIAN,
            [Permission.REGISTRY_EDIT, Permission.CAMERA_PRESET_STORE, Permission.READINESS_MANUAL_PASS],
            [Permission.COMMAND_MUTE, Permission.INCIDENT_ACKNOWLEDGE, Permission.ACCOUNT_MANAGE],
        ),
        (
            ADMINISTRATOR,
            [Permission.ACCOUNT_MANAGE, Permission.CONFIG_CHANGE, Permission.AUDIT_READ],
            [Permission.COMMAND_MUTE, Permission.MEETING_BOOK, Permission.REGISTRY_EDIT],
        ),
    ],
)
def test_each_role_does_its_own_work(actor: Actor, may: list[Permission], may_not: list[Permission]) -> None:
    for action in may:
        check(actor, action)
    for action in may_not:
        assert not allowed(actor, action)
        with pytest.raises(PermissionDenied):
            check(actor, action)


def test_a_person_with_several_roles_holds_them_all() -> None:
    both = person(Role.OPERATOR, Role.SUPERVISOR)
    check(both, Permission.COMMAND_DISCONNECT)
    check(both, Permission.INCIDENT_REOPEN)
    assert not allowed(both, Permission.REGISTRY_EDIT)


def test_a_refusal_names_the_missing_role() -> None:
    with pytest.raises(PermissionDenied) as caught:
        check(OPERATOR, Permission.INCIDENT_REOPEN)
    assert caught.value.missing == "supervisor"
    assert str(caught.value) == "an (operator) may not reopen an incident: that needs the supervisor role"
    with pytest.raises(PermissionDenied, match="needs the operator or technician roles") as caught:
        check(SUPERVISOR, Permission.COMMAND_CAMERA)
    assert caught.value.needed == (Role.OPERATOR, Role.TECHNICIAN)


def test_no_role_no_right() -> None:
    nobody = person()
    assert not any(allowed(nobody, p) for p in Permission)


def test_the_monitor_service_keeps_the_log_and_nothing_more() -> None:
    monitor = Actor.service(MONITOR)
    assert {p for p in Permission if allowed(monitor, p)} == set(SERVICE_RIGHTS[MONITOR])
    assert allowed(monitor, Permission.LOG_RECORD)
    with pytest.raises(PermissionDenied, match="the monitor service account may not disconnect a site"):
        check(monitor, Permission.COMMAND_DISCONNECT)
    # a service account's name does not borrow a role's rights, and an unknown service has none
    assert not any(allowed(Actor.service("backup"), p) for p in Permission)


def test_a_command_refused_is_audited(rig: Rig) -> None:
    with pytest.raises(PermissionDenied, match="needs the supervisor role"):
        rig.trail.require(OPERATOR, Permission.INCIDENT_REOPEN, "incident 12")
    rig.trail.require(OPERATOR, Permission.COMMAND_MUTE, "DB.T.UBND")  # allowed: nothing written
    [record] = rig.trail.records()
    entry = record.entry
    assert (entry.actor, entry.actor_kind, entry.action, entry.target, entry.result) == (
        "an",
        ActorKind.SIGNED_IN,
        "incident.reopen",
        "incident 12",
        AuditResult.REFUSED,
    )
    assert "needs the supervisor role" in entry.detail
    assert rig.trail.verify().intact
