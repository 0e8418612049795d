"""The running console in the window: the session runs in a process of its own (or, for tools and tests, on a
thread of this one) and talks to the window only through the bridge (`widgets.bridge.Bridge`): frozen messages come in as signals, the operator's actions go out as typed
requests. No widget here holds an object the session changes.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import getpass
import logging
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QMessageBox, QPushButton, QVBoxLayout

from console.access import Actor, Permission, PermissionDenied, Refused, allowed
from console.access.screenlock import locks_when_idle
from console.commands.dispatcher import NEEDS, PERMISSION_OF
from console.domain import (
    LOCAL_TZ,
    AttendanceJoined,
    AttendanceLeft,
    Capability,
    GroupField,
    LayoutChanged,
    LayoutPreset,
    Site,
    SiteChange,
    utcnow,
)
from console.incidents.book import IncidentBook
from console.live.rules import Thresholds
from console.runtime.bridge import (
    NO_MCU,
    ApplyLayout,
    CommandOutcome,
    CreateFirstAdministrator,
    DeleteLayoutPreset,
    DemoSignIn,
    FloorCommand,
    FloorOp,
    GroupWall,
    IncidentAction,
    IncidentOp,
    ListLayoutPresets,
    LoadLayouts,
    LockWindow,
    Ready,
    Roster,
    SaveLayoutPreset,
    SessionLost,
    SignIn,
    SignOut,
    SiteAction,
    SiteAttendance,
    SiteAttendanceRequest,
    SiteCommand,
    SiteFrame,
    SiteFrameRequest,
    SiteHistoryRequest,
    UnlockWindow,
    WallFrame,
)
from console.runtime.cameras import CameraClose, CameraFor, CameraInfo
from console.runtime.child import SessionProcess
from console.runtime.options import SessionOptions
from console.sim.process import SimulatorProcess
from widgets.access.idle import IdleWatch, LockDialog
from widgets.access.signin import Credentials, SignInDialog, SignInMode, roles_text
from widgets.bridge import Bridge
from widgets.floor.panel import FloorPanel
from widgets.incidents.panel import IncidentPanel, IncidentRights
from widgets.layouts.bar import LayoutBar, Report
from widgets.layouts.editor import LayoutPresetEditor
from widgets.register.desk import MeetingsDesk
from widgets.shell.main_window import MainWindow
from widgets.text import command_text
from widgets.wall.absent import absent_count, call_all_absent
from widgets.wall.panel import WallPanel

if TYPE_CHECKING:
    from console.runtime.port import SessionParts
    from console.runtime.session import ConsoleSession
    from widgets.reports.reminder import ReportsController
    from widgets.site.detail import SiteDetail

log = logging.getLogger("bridgewall.ui")


def _thread_session(options: SessionOptions, simulator: SimulatorProcess | None) -> ConsoleSession:
    """The session on a thread of this process (tests, tools): its modules loaded only then."""
    from console.runtime.session import ConsoleSession

    return ConsoleSession(options, simulator)


CommandView = Callable[[str, str, str], None]  # (action, state, detail) of a command as it goes


class _IncidentRequests:
    """The incident book's actions, sent to the session's incident desk."""

    def __init__(self, bridge: Bridge, refused: Callable[[BaseException], None]) -> None:
        self.bridge = bridge
        self.refused = refused  # the core refused anyway: the window says which role is missing

    def acknowledge(self, key: int, by: str, at: datetime) -> None:
        self.bridge.call(IncidentAction(IncidentOp.ACKNOWLEDGE, key, by, at), None, self.refused)

    def annotate(
        self, key: int, cause: str | None, fix: str | None, eta: datetime | None, clear_eta: bool
    ) -> None:
        self.bridge.call(
            IncidentAction(IncidentOp.ANNOTATE, key, cause=cause, fix=fix, eta=eta, clear_eta=clear_eta),
            None,
            self.refused,
        )

    def resolve(self, key: int, by: str, at: datetime, cause: str | None, fix: str | None) -> None:
        self.bridge.call(
            IncidentAction(IncidentOp.RESOLVE, key, by, at, cause=cause, fix=fix), None, self.refused
        )

    def reopen(self, key: int, by: str, at: datetime) -> None:
        self.bridge.call(IncidentAction(IncidentOp.REOPEN, key, by, at), None, self.refused)


class _BridgeSiteSource:
    """The site detail's source in the live console: frames asked for through the bridge."""

    def __init__(self, live: LiveConsole, book: IncidentBook, thresholds: Thresholds) -> None:
        self.live = live
        self.incidents = book
        self.thresholds = thresholds

    def site(self, key: str) -> Site | None:
        return self.live.sites.get(key)

    def frame(self, request: SiteFrameRequest, deliver: Callable[[SiteFrame], None]) -> None:
        self.live.bridge.call(request, deliver)

    def attendance(
        self,
        request: SiteAttendanceRequest,
        deliver: Callable[[SiteAttendance], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.live.bridge.call(request, deliver, failed)

    def history(
        self,
        request: SiteHistoryRequest,
        deliver: Callable[[tuple[SiteChange, ...]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.live.bridge.call(request, deliver, failed)

    def watch_attendance(
        self, listener: Callable[[AttendanceJoined | AttendanceLeft], None]
    ) -> Callable[[], None]:
        signal = self.live.bridge.attendanceNews
        signal.connect(listener)

        def stop() -> None:
            with contextlib.suppress(RuntimeError, TypeError, SystemError):  # already gone with the bridge
                signal.disconnect(listener)

        return stop


class LiveConsole(QObject):
    def __init__(
        self,
        window: MainWindow,
        panel: WallPanel,
        options: SessionOptions,
        simulator: SimulatorProcess | None = None,
        *,
        sign_in: SignInMode = "ask",
        child: bool = False,
        session: SessionProcess | None = None,
    ) -> None:
        """`child`: the session in a process of its own (as the console's window runs it); otherwise on a thread
        of this process, its objects readable by tests and tools. `session`: that process, launched already on
        `options` (it started while the window loaded). `sign_in`: "ask" shows the sign-in dialog (or the first administrator's) once the session is up and
        shows the window after a sign-in; "demo" signs the demo's operator in by itself; "none" leaves nobody
        signed in (every action refused: the unattended screenshot); `Credentials` sign that account in."""
        super().__init__(window)
        self.sign_in_mode = sign_in
        self.actor: Actor | None = None  # who is signed in (None: nobody; the session refuses every action)
        self.sign_in_dialog: SignInDialog | None = None
        self.lock_dialog: LockDialog | None = None  # shown while the window is locked after idle time
        self.idle = IdleWatch(options.to_config().access.idle_lock_min, self)
        self.idle.idle.connect(self.lock_window)
        self.calibrations: list[QDialog] = []  # open calibration views: closed when the person changes
        self.window = window
        self.panel = panel
        self.session: ConsoleSession | SessionProcess = (
            session
            if session is not None
            else SessionProcess(options, simulator)
            if child
            else _thread_session(options, simulator)
        )
        self.operator = options.operator
        self.bridge = Bridge(self.session, self._parts, self)
        self.sites: dict[str, Site] = {}
        self.roster = Roster()
        self.thresholds: Thresholds | None = None
        self.book: IncidentBook | None = None
        self.incidents: IncidentPanel | None = None
        self.floor_panel: FloorPanel | None = None
        self.layout_bar: LayoutBar | None = None
        self.preset_editor: LayoutPresetEditor | None = None
        self.registry: QDialog | None = None  # the open site registry view
        self.history: QDialog | None = None  # the open history view
        self.site_detail: SiteDetail | None = None  # the one site detail, built at the first open
        self.reports: ReportsController | None = None  # the Reports menu's dialog and the reminder line
        self.meetings: MeetingsDesk | None = None  # the calendar dock and the registration dialogs
        self.dialect = ""  # the MCU's dialect, from Ready ("" when no MCU is configured)
        self.capabilities: frozenset[Capability] = frozenset()  # what it can do: all the window offers
        self._mcu_missing: str | None = None  # why the MCU's layouts will never come (told to the bar)
        self._layouts_loaded = False
        self._settled = False  # the long-lived objects of the first wall moved out of the collector's sight
        self.lost: SessionLost | None = (
            None  # the session's process died; cleared by the restarted one's Ready
        )
        self.session_notice = QLabel()
        self.session_notice.setObjectName("sessionNotice")
        self.session_notice.setProperty("state", "degraded")
        self.session_notice.hide()
        window.statusBar().addPermanentWidget(self.session_notice)
        b = self.bridge
        b.ready.connect(self._on_ready)
        b.sessionLost.connect(self._session_lost)
        window.switchUserRequested.connect(self.switch_user)
        b.wallFrame.connect(self._show_wall)
        b.linkChanged.connect(lambda news: self.window.set_link_state(news.state, news.error, news.at))
        b.logProblem.connect(self.window.show_log_error)
        b.recordsLost.connect(self.window.show_records_lost)
        b.mcuProblem.connect(self._mcu_problem)
        b.incidentNews.connect(lambda news: self.book.apply(news) if self.book is not None else None)
        b.layoutNews.connect(self._layout_news)
        panel.wall.firstTilesPainted.connect(lambda n: log.info("wall: first tiles painted (%d in view)", n))

    async def run(self, app: QApplication) -> None:
        """Start the session and keep going until the window closes or the application quits."""
        import asyncio

        quitting = asyncio.Event()
        app.setQuitOnLastWindowClosed(False)  # the session closes first, then the loop ends
        app.aboutToQuit.connect(quitting.set)
        self.window.closed.connect(quitting.set)
        self.start()
        try:
            await quitting.wait()
        finally:
            self.bridge.stop()
            await asyncio.get_running_loop().run_in_executor(None, self.session.close)

    def start(self) -> None:
        self.bridge.start()

    # --- on the session's thread, once: what the session's end of the bridge drives --------------------------
    def _parts(self, session: ConsoleSession) -> SessionParts:
        from console.runtime.session import session_parts

        return session_parts(session)

    # --- the session's process died, and another took its place -----------------------------------------------
    def _session_lost(self, lost: SessionLost) -> None:
        self.lost = lost
        self.session_notice.setToolTip(self.tr("Exit status: %1").replace("%1", str(lost.exit_code)))
        if lost.restarting:
            text = self.tr("The monitoring session stopped unexpectedly; restarting it…")
        else:
            text = self.tr("The monitoring session stopped unexpectedly several times and was not restarted.")
        self.session_notice.setText("⚠ " + text)
        self.session_notice.show()
        log.error("the session stopped unexpectedly (exit %s)", lost.exit_code)

    def _on_ready(self, ready: Ready) -> None:
        if self.lost is None:
            self._attach_widgets(ready)
        else:
            self._reattach(ready)
        self._begin_sign_in(ready)

    def _reattach(self, ready: Ready) -> None:
        """The restarted session is up: the window's views take its state; the log kept what the dead one wrote."""
        at = datetime.now(LOCAL_TZ).strftime("%H:%M:%S")
        self.lost = None
        self.session_notice.setText(
            "⚠ "
            + self.tr(
                "The monitoring session stopped unexpectedly and was restarted at %1; the log is intact."
            ).replace("%1", at)
        )
        self.sites = {s.code: s for s in ready.sites}
        self.thresholds = ready.thresholds
        self.dialect, self.capabilities = ready.dialect, ready.capabilities
        self._show_incidents(ready)
        self._layouts_loaded = False
        if self.layout_bar is not None:
            self.bridge.call(ListLayoutPresets(), self.layout_bar.set_presets)
        self.run_floor(FloorCommand(FloorOp.PUBLISH))
        self.group_wall(self.panel.group_by)

    # --- who is signed in --------------------------------------------------------------------------------------
    def _begin_sign_in(self, ready: Ready) -> None:
        mode = self.sign_in_mode
        if mode == "none":
            return
        if self.actor is not None and mode == "ask":  # a restarted session: the same person signs in again
            self.ask_sign_in()
            return
        if mode == "demo":
            self.bridge.call(DemoSignIn(), self._signed_in)
        elif isinstance(mode, Credentials):
            self.bridge.call(SignIn(mode.name, mode.password), self._signed_in)
        else:
            self.ask_sign_in(first_run=ready.needs_administrator, at_start=True)

    def ask_sign_in(self, first_run: bool = False, at_start: bool = False) -> SignInDialog:
        """The sign-in dialog (the first administrator's on a first run). Cancelled at start, the console quits."""
        dialog = SignInDialog(first_run, self.window if self.window.isVisible() else None)
        self.sign_in_dialog = dialog

        def done(actor: Actor) -> None:
            dialog.accept()
            self._signed_in(actor)

        def submitted(name: str, password: str) -> None:
            request = CreateFirstAdministrator(name, password) if first_run else SignIn(name, password)
            self.bridge.call(request, done, dialog.refuse)

        dialog.submitted.connect(submitted)
        if at_start:
            dialog.rejected.connect(self.window.closed.emit)
        dialog.open()
        return dialog

    def switch_user(self) -> None:
        """Hand over: nobody acts until the next person signs in (the window and the meeting stay as they are)."""

        def signed_out(_nobody: Actor) -> None:
            self._nobody()
            self.ask_sign_in()

        self.bridge.call(SignOut(), signed_out)

    def _nobody(self) -> None:
        """Nobody acts now: no rights shown, no calibration left open for the person who left."""
        self.actor = None
        self.idle.arm(False)
        self.window.set_user(None)
        self.apply_rights()
        self.close_calibrations()

    def _signed_in(self, actor: Actor) -> None:
        if self.actor is not None and self.actor.name != actor.name:
            self.close_calibrations()
        self.actor = actor
        self.window.set_user(actor.name, roles_text(actor.roles))
        self.apply_rights()
        self.idle.arm(locks_when_idle(actor))
        if not self.window.isVisible():
            self.window.show()

    def lock_window(self) -> None:
        """The idle time ran out: the session locks (audited; refused for an operator), then the lock dialog asks
        the same person's password, or a switch of user."""
        actor = self.actor
        if actor is None or not locks_when_idle(actor) or self.lock_dialog is not None:
            return

        def locked(_nobody: Actor) -> None:
            self._nobody()
            self.window.set_user(actor.name, self.tr("locked"))
            dialog = LockDialog(actor.name, self.idle.minutes, self.window)
            self.lock_dialog = dialog

            def unlocked(again: Actor) -> None:
                self.lock_dialog = None
                dialog.done(QDialog.DialogCode.Accepted)
                self._signed_in(again)

            dialog.unlockRequested.connect(
                lambda password: self.bridge.call(UnlockWindow(password), unlocked, dialog.refuse)
            )

            def switch() -> None:
                self.lock_dialog = None
                dialog.done(QDialog.DialogCode.Rejected)
                self.switch_user()

            dialog.switchRequested.connect(switch)
            dialog.open()

        def refused(error: BaseException) -> None:
            log.warning("idle lock not taken: %s", error)

        self.bridge.call(LockWindow(self.idle.minutes), locked, refused)

    def close_calibrations(self) -> None:
        """The person changed: a calibration opened by the one before is closed (its camera released)."""
        dialogs, self.calibrations = self.calibrations, []
        for dialog in dialogs:
            if _alive(dialog):
                dialog.close()

    def may(self, action: Permission) -> bool:
        """Whether the signed-in person may `action` (the window hides what the core would refuse anyway)."""
        return self.actor is not None and allowed(self.actor, action)

    def apply_rights(self) -> None:
        if self.incidents is not None:
            self.incidents.set_rights(
                IncidentRights(
                    self.may(Permission.INCIDENT_ACKNOWLEDGE),
                    self.may(Permission.INCIDENT_EDIT),
                    self.may(Permission.INCIDENT_RESOLVE),
                    self.may(Permission.INCIDENT_REOPEN),
                )
            )
        self.window.floor_dock.setVisible(self.may(Permission.FLOOR_QUEUE))
        self.window.layout_dock.setVisible(self.may(Permission.COMMAND_LAYOUT))
        self.window.registry_action.setVisible(
            self.may(Permission.REGISTRY_EDIT)
        )  # the core refuses it anyway
        self.window.history_action.setVisible(self.may(Permission.HISTORY_READ))
        if self.history is not None and _alive(self.history) and not self.may(Permission.HISTORY_READ):
            self.history.close()
        self.window.call_absent_action.setVisible(self.may(Permission.COMMAND_DIAL))
        self.window.report_action.setVisible(self.may(Permission.REPORT_EXPORT))
        if self.reports is not None:
            self.reports.set_allowed(self.may(Permission.REPORT_EXPORT))
        if self.meetings is not None:
            self.meetings.apply_rights()

    def show_refusal(self, error: BaseException) -> None:
        """The core refused an action: the status bar names the missing role (another failure is logged)."""
        self.said_refusal(error)

    def said_refusal(self, error: BaseException) -> bool:
        """`show_refusal`; False when `error` is not a refusal (only logged)."""
        if isinstance(error, PermissionDenied):
            needed = " / ".join(roles_text([role]) for role in error.needed)
            text = self.tr("Refused: this needs the %1 role.").replace("%1", needed)
        elif isinstance(error, Refused):
            text = self.tr("Refused: %1").replace("%1", str(error))
        else:
            log.error("a request to the session failed: %s", error)
            return False
        self.window.statusBar().showMessage("✗ " + text, 10_000)
        return True

    # --- on the GUI thread ----------------------------------------------------------------------------------
    def _show_incidents(self, ready: Ready) -> None:
        """The incident dock shows the session's incidents (anew after a restarted session)."""
        old = self.incidents
        self.book = IncidentBook(
            _IncidentRequests(self.bridge, self.show_refusal),
            ready.sites,
            ready.incidents,
            ready.keep_resolved,
        )
        self.incidents = IncidentPanel(self.book, operator=ready.operator)
        if self.actor is not None:  # signed in before the panel existed
            self.apply_rights()
        dock = self.window.incident_dock
        dock.setWidget(self.incidents)
        title = self.window.incident_title
        self.incidents.alarmChanged.connect(lambda n: dock.setWindowTitle(f"{title} (⚠ {n})" if n else title))
        self.incidents.siteRequested.connect(self.open_site)
        if self.site_detail is not None and _alive(self.site_detail):
            self.site_detail.use_incidents(self.incidents.model)
        if old is not None:
            old.deleteLater()

    def _attach_widgets(self, ready: Ready) -> None:
        self.sites = {s.code: s for s in ready.sites}
        self.thresholds = ready.thresholds
        self.dialect, self.capabilities = ready.dialect, ready.capabilities
        if not ready.dialect:
            self._mcu_missing = NO_MCU
        self._show_incidents(ready)
        self._attach_floor()
        self._attach_layouts()
        self._attach_wall_actions()
        self.panel.wall.siteActivated.connect(lambda row: self.open_site(self.site_key(row)))
        self.panel.groupByChanged.connect(self.group_wall)
        self.window.registryRequested.connect(self.open_registry)
        self.window.registry_action.setEnabled(True)
        self.window.historyRequested.connect(self.open_history)
        self.window.history_action.setEnabled(True)
        self.window.callAbsentRequested.connect(self.call_all_absent)
        self._attach_reports()
        self.meetings = MeetingsDesk(
            self.window,
            self.bridge.call,
            sites=lambda: tuple(self.sites.values()),
            may=self.may,
            header=self.panel.set_meeting,
        )
        self.meetings.refresh()
        self.group_wall(self.panel.group_by)
        from widgets.readiness.board import attach_board

        self.readiness = attach_board(
            self.window, self.window.meeting_menu, self.bridge.call, utcnow, self.panel.set_notice
        )

    def group_wall(self, field: GroupField | None) -> None:
        """The control center chose how the wall groups its sites: the session regroups (no grouping: as shown)."""
        if field is not None:
            self.bridge.call(GroupWall(field))

    def _show_wall(self, frame: WallFrame) -> None:
        self.roster = frame.roster
        data = frame.data
        if frame.relayout or self.panel.wall.data is None:
            self.panel.set_data(data, frame.group_by)
            if not self._settled:
                self._settled = True
                settle_garbage()
        else:
            self.panel.show_frame(data)
        self.window.call_absent_action.setEnabled(absent_count(data) > 0)
        if not self._layouts_loaded and self.roster.conference and self.layout_bar is not None:
            self._load_layouts(self.roster.conference)

    def call_all_absent(self) -> None:
        """Meeting → Call all absent sites: confirm, then dial each through the session (its dial right)."""
        call_all_absent(
            self.window,
            self.panel.wall.data,
            lambda request, done, failed: self.bridge.call(request, done, failed),
            lambda text: self.window.statusBar().showMessage(text, 10000),
        )

    def _mcu_problem(self, message: str) -> None:
        if message == NO_MCU:
            self.window.set_no_mcu()
        else:
            self.window.set_link_error(message)
        self._mcu_missing = message
        self._tell_bar_no_mcu()

    def _tell_bar_no_mcu(self) -> None:
        """No MCU (or none attached): the layout bar says so instead of waiting for layouts that never come."""
        bar, why = self.layout_bar, self._mcu_missing
        if bar is None or why is None:
            return
        if why == NO_MCU:
            bar.set_no_mcu()
        else:
            bar.set_unavailable(why)

    # --- what the MCU's dialect can do ------------------------------------------------------------------
    def can(self, action: str) -> bool:
        """Whether the connected dialect declares what `action` (a command code, "mute_audio") needs."""
        needed = NEEDS.get(action)
        return needed is None or needed in self.capabilities

    def cannot_text(self, action: str) -> str:
        return self.tr("This MCU's dialect cannot %1.").replace("%1", command_text(action))

    def site_key(self, row: int) -> str:
        data = self.panel.wall.data
        assert data is not None
        return data.index.keys[row]

    # --- the floor queue --------------------------------------------------------------------------------------
    def _attach_floor(self) -> None:
        def sites() -> list[tuple[str, str]]:  # the registry's: the request form offers no others
            return [(site.code, site.name) for site in self.sites.values()]

        self.floor_panel = FloorPanel(self.run_floor, sites, self.operator)
        self.window.floor_dock.setWidget(self.floor_panel)
        self.bridge.floorNews.connect(self.floor_panel.on_news)
        self.run_floor(FloorCommand(FloorOp.PUBLISH))  # the first view

    def run_floor(self, command: FloorCommand) -> None:
        """Run a floor action in the session; its reports come back as floor news."""

        def failed(error: BaseException) -> None:
            if self.said_refusal(error):
                return
            if self.floor_panel is not None:
                self.floor_panel.status.setText("✗ " + self.tr("not connected to an MCU"))
            log.warning("floor action %s not done: %s", command.op.value, error)

        self.bridge.call(command, None, failed)

    # --- the reports ------------------------------------------------------------------------------------------
    def _attach_reports(self) -> None:
        from widgets.reports.reminder import ReportsController

        self.reports = ReportsController(self.window, self.bridge.call)
        self.window.reportsRequested.connect(self.reports.open_dialog)
        self.window.report_action.setEnabled(True)
        self.reports.set_allowed(self.may(Permission.REPORT_EXPORT))

    # --- the site registry ------------------------------------------------------------------------------------
    def open_registry(self) -> None:
        """The registry view (one at a time): sites, technicians and contacts edited and saved through the bridge,
        each change kept with the OS user as who made it."""
        from widgets.registry.view import RegistryView

        if self.registry is not None and _alive(self.registry):
            self.registry.raise_()
            self.registry.activateWindow()
            return
        view = RegistryView(self.bridge.call, getpass.getuser(), self.window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.sitesChanged.connect(self._registry_changed)
        self.registry = view
        view.show()
        view.load()

    def open_history(self) -> None:
        """The supervisor's history view (one at a time), read from the log through the bridge."""
        from widgets.history.view import HistoryView  # with its charts (pyqtgraph): loaded when first wanted

        if self.history is not None and _alive(self.history):
            self.history.raise_()
            self.history.activateWindow()
            return
        view = HistoryView(self.bridge.call, self.window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history = view
        view.show()
        view.start()

    def _registry_changed(self, sites: tuple[Site, ...]) -> None:
        """The registry was saved: the window's copy and the open site details show the sites as stored now."""
        self.sites = {s.code: s for s in sites}
        if self.book is not None:
            self.book.set_sites(sites)
        detail = self.site_detail
        if detail is not None and _alive(detail):
            detail.set_site(self.sites.get(detail.key))

    # --- a site ----------------------------------------------------------------------------------------------
    def open_site(self, key: str) -> None:
        """The site's detail in a window of its own, next to the wall: one window, built at the first open (its
        graphs are costly) and pointed at each site opened after; it shows at once, the data as it comes."""
        if self.book is None or self.incidents is None or self.thresholds is None:
            return
        detail = self.site_detail
        if detail is None or not _alive(detail):
            detail = self._build_site_detail(key)
        else:
            detail.show_site(key)
        dialog = detail.window()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _build_site_detail(self, key: str) -> SiteDetail:
        from widgets.site.detail import SiteDetail  # with its plots (pyqtgraph): loaded when first wanted

        assert self.book is not None and self.incidents is not None and self.thresholds is not None
        source = _BridgeSiteSource(self, self.book, self.thresholds)
        detail = SiteDetail(source, key, incidents=self.incidents.model)
        dialog = QDialog(self.window)
        dialog.setObjectName("siteDetailDialog")
        dialog.setWindowTitle(detail.windowTitle())
        detail.windowTitleChanged.connect(dialog.setWindowTitle)
        layout = QVBoxLayout(dialog)
        layout.addWidget(detail)
        calibrate = QPushButton(self.tr("Camera presets…"))
        calibrate.clicked.connect(lambda: self.open_calibration(detail.key))
        layout.addWidget(calibrate)
        dialog.resize(1100, 760)
        detail.commandRequested.connect(
            lambda action: self.send(detail.key, action, detail.show_command_state)
        )
        self.site_detail = detail
        return detail

    def send(self, key: str, action: str, show: CommandView) -> None:
        """Send a site command; `show(action, state, detail)` follows it (pending, then how it ended)."""
        if not self.can(action):  # not offered; a key or another view may still ask
            show(action, "error", self.cannot_text(action))
            return
        if action != "dial" and self.roster.first(key) is None:
            show(action, "error", self.tr("the site is not in the meeting"))
            return
        show(action, "pending", "")

        def done(outcome: CommandOutcome) -> None:
            show(action, outcome.state, outcome.detail)

        def failed(error: BaseException) -> None:
            show(action, "unreachable", self.tr("not connected to an MCU"))

        self.bridge.call(SiteCommand(key, SiteAction(action)), done, failed)

    # --- the wall's menu and keys -------------------------------------------------------------------------
    def _attach_wall_actions(self) -> None:
        wall = self.panel.wall
        wall.siteContextMenu.connect(self.site_menu)
        for keys, action in (
            ("M", "toggle_audio"),
            ("V", "toggle_video"),
            ("Ctrl+D", "disconnect"),
            ("Ctrl+R", "dial"),
        ):
            shortcut = QShortcut(QKeySequence(keys), wall, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda a=action: self.wall_action(wall.selected, a))

    def site_menu(self, row: int, where: QPoint) -> None:
        """Right-click on a tile: the frequent actions, each with its key."""
        key = self.site_key(row)
        participant = self.roster.first(key)
        menu = QMenu(self.window)
        menu.addAction(self.tr("Details…") + "\tEnter", lambda: self.open_site(key))
        if participant is not None:
            audio = self.tr("Unmute audio") if participant.is_muted else self.tr("Mute audio")
            video = self.tr("Unmute video") if participant.is_video_muted else self.tr("Mute video")
            entries = [
                (audio + "\tM", "toggle_audio", "mute_audio"),
                (video + "\tV", "toggle_video", "mute_video"),
                (self.tr("Disconnect…") + "\tCtrl+D", "disconnect", "disconnect"),
            ]
        else:
            entries = [(self.tr("Dial") + "\tCtrl+R", "dial", "dial")]
        for text, action, command in entries:
            if not self.may(PERMISSION_OF[command]):  # the signed-in person may not: not offered at all
                continue
            entry = menu.addAction(text, functools.partial(self.wall_action, row, action))
            if not self.can(command):  # the dialect cannot: shown, but not offered
                entry.setEnabled(False)
                entry.setToolTip(self.cannot_text(command))
        menu.setToolTipsVisible(True)
        menu.addAction(self.tr("Camera presets…"), lambda: self.open_calibration(key))
        menu.popup(where)

    def wall_action(self, row: int, action: str) -> None:
        data = self.panel.wall.data
        if row < 0 or data is None:
            return
        key = self.site_key(row)
        name = data.index.names[row]
        participant = self.roster.first(key)
        if action == "toggle_audio" and participant is not None:
            action = "unmute_audio" if participant.is_muted else "mute_audio"
        elif action == "toggle_video" and participant is not None:
            action = "unmute_video" if participant.is_video_muted else "mute_video"
        elif action == "disconnect":
            asked = QMessageBox.question(
                self.window,
                self.tr("Disconnect site"),
                self.tr("Disconnect %1 from the meeting?").replace("%1", name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        self.send(key, action, lambda a, state, detail: self.window.show_command(name, a, state, detail))

    # --- layouts and camera presets -------------------------------------------------------------------
    def _attach_layouts(self) -> None:
        self.layout_bar = LayoutBar(self.apply_layout, shortcut_context=Qt.ShortcutContext.WindowShortcut)
        self.layout_bar.set_capabilities(self.capabilities)
        self._tell_bar_no_mcu()
        self.window.layout_dock.setWidget(self.layout_bar)
        self.layout_bar.editRequested.connect(self.edit_layout_presets)
        self.layout_bar.deleteRequested.connect(lambda preset: self.edit_layout_presets(preset, delete=True))
        self.bridge.call(ListLayoutPresets(), self.layout_bar.set_presets)

    def _layout_news(self, news: LayoutChanged) -> None:
        """Mark the active layout as the MCU reports it; read the MCU's layouts once a conference is known."""
        if self.layout_bar is None:
            return
        self.layout_bar.set_active(news.layout)
        if not self._layouts_loaded and news.conference:
            self._load_layouts(news.conference)

    def _load_layouts(self, conference: str) -> None:
        assert self.layout_bar is not None
        self._layouts_loaded = True
        if Capability.LAYOUT not in self.capabilities:
            return  # the bar already says the dialect cannot
        self.layout_bar.load(self.bridge.send(LoadLayouts(conference)))

    def edit_layout_presets(self, preset: LayoutPreset | None = None, delete: bool = False) -> None:
        """The control center's named presets, stored in the session's preset book."""
        bar = self.layout_bar
        if bar is None or not self.sites:
            QMessageBox.information(
                self.window, self.tr("Layout presets"), self.tr("The console is not connected yet.")
            )
            return
        if self.preset_editor is None or not _alive(self.preset_editor):
            send = self.bridge.send

            def save(p: LayoutPreset) -> Future[Any]:
                return send(SaveLayoutPreset(p))

            def remove(preset_id: int) -> Future[Any]:
                return send(DeleteLayoutPreset(preset_id))

            self.preset_editor = LayoutPresetEditor.for_bar(
                bar, list(self.sites.values()), save=save, delete=remove, parent=self.window
            )
        self.preset_editor.open_for(preset, delete=delete)

    def apply_layout(self, preset: LayoutPreset, report: Report) -> None:
        report("pending", "")

        def done(outcome: CommandOutcome) -> None:
            report(outcome.state, outcome.detail)

        def failed(error: BaseException) -> None:
            report("unreachable", self.tr("not connected to an MCU"))

        self.bridge.call(ApplyLayout(preset), done, failed)

    def open_calibration(self, key: str) -> None:
        """The technician's calibration of a site's camera: the session opens the camera and keeps it; the
        dialog gets its description and sends typed camera requests through the bridge."""

        def opened(info: CameraInfo | None) -> None:
            if info is None:
                why = (
                    self.tr(
                        "The site registry has no camera address for this site, and the site is not in the "
                        "meeting for far-end camera control through the MCU."
                    )
                    if Capability.FECC in self.capabilities
                    else self.tr(
                        "The site registry has no camera address for this site, and this MCU's dialect cannot "
                        "move cameras (far-end camera control)."
                    )
                )
                QMessageBox.information(self.window, self.tr("Camera presets"), why)
                return
            self._show_calibration(key, info)

        def failed(error: BaseException) -> None:
            from widgets.cameras.calibration import error_text

            QMessageBox.warning(self.window, self.tr("Camera presets"), error_text(error))

        self.bridge.call(CameraFor(key), opened, failed)

    def _show_calibration(self, key: str, info: CameraInfo) -> None:
        from widgets.cameras.calibration import CalibrationView

        site = self.sites.get(key)
        view = CalibrationView(info, self.bridge.send, site_name=site.name if site else key)
        dialog = QDialog(self.window)
        dialog.setObjectName("calibrationDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(view.windowTitle())
        QVBoxLayout(dialog).addWidget(view)
        dialog.resize(1000, 640)
        close = CameraClose(info.handle)
        # the session closes the camera; if the session is gone, it closed the camera itself
        dialog.finished.connect(lambda _r: self.bridge.call(close, None, lambda _e: None))
        self.calibrations = [d for d in self.calibrations if _alive(d)] + [dialog]
        dialog.show()
        view.load()


def _alive(widget: QObject) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


def settle_garbage() -> None:
    """Move what the window holds for good (its widgets, the first wall's index) out of the collector's sight,
    once: a full collection over them would be a visible stall of the wall, and they live as long as the window.
    (The session's objects, the bulk of them, are in the session's process and do not stall this one.)
    """
    gc.freeze()
