"""The console's main window: the wall in the middle, docks for the floor queue and incidents, a status bar."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QWidget

from console.domain import CommandResult, LinkState
from widgets.text import command_glyph, command_result_text, command_text, link_state_text, local_clock

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"


class MainWindow(QMainWindow):
    closed = Signal()
    painted = Signal()  # the window's first paint: the console is on screen
    registryRequested = Signal()  # the operator opened the site registry (Ctrl+Shift+R)
    switchUserRequested = Signal()  # File → Switch user
    historyRequested = Signal()  # the supervisor opened the history view (Ctrl+H)
    callAbsentRequested = Signal()  # Meeting → Call all absent sites
    reportsRequested = Signal()  # Reports → Make a report…
    newMeetingRequested = Signal()  # Meeting → New meeting (Ctrl+N)

    def __init__(
        self,
        database: str,
        wall: QWidget | None = None,
        remember_layout: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.remember_layout = remember_layout
        self.on_screen = False  # painted once
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Bridgewall — Video-conference control center"))
        self.resize(1400, 860)

        self.wall = wall or QLabel(self.tr("No active meeting"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.wall.setObjectName("wall")
        self.setCentralWidget(self.wall)

        self.floor_dock = self._dock(
            "floorDock", self.tr("Floor requests"), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.incident_title = self.tr("Incidents")  # the dock's title without its alarm count
        self.incident_dock = self._dock(
            "incidentDock", self.incident_title, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.layout_dock = self._dock("layoutDock", self.tr("Layouts"), Qt.DockWidgetArea.TopDockWidgetArea)
        self.calendar_dock = self._dock(
            "calendarDock", self.tr("Meeting calendar"), Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.base_title = self.windowTitle()

        self.database = database
        # records the log could not take, and the first one's reason: shown until the console stops
        self._lost: tuple[int, str] | None = None
        self.db_label = QLabel(self.tr("Log: %1").replace("%1", database))
        self.db_label.setObjectName("dbLabel")
        self.link_label = QLabel()
        self.link_label.setObjectName("linkState")
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.link_label)
        self.set_user(None)
        self.set_link_state(LinkState.CONNECTING)

        self._build_menus()
        self.resizeDocks([self.floor_dock, self.calendar_dock], [360, 420], Qt.Orientation.Horizontal)
        self.resizeDocks([self.incident_dock, self.layout_dock], [200, 90], Qt.Orientation.Vertical)
        if remember_layout:
            self.restore_layout()

    def _dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        placeholder = QLabel(self.tr("Nothing yet"), alignment=Qt.AlignmentFlag.AlignCenter)
        dock.setWidget(placeholder)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.switch_user_action = QAction(self.tr("&Switch user…"), self)
        self.switch_user_action.setObjectName("switchUser")
        self.switch_user_action.triggered.connect(self.switchUserRequested)
        file_menu.addAction(self.switch_user_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.meeting_menu = bar.addMenu(self.tr("&Meeting"))
        self.meeting_menu.setObjectName("meetingMenu")
        self.new_meeting_action = QAction(self.tr("&New meeting…"), self)
        self.new_meeting_action.setObjectName("newMeeting")
        self.new_meeting_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_meeting_action.setEnabled(False)  # once the session is up and a supervisor signed in
        self.new_meeting_action.triggered.connect(self.newMeetingRequested)
        self.meeting_menu.addAction(self.new_meeting_action)
        self.calendar_action = self.calendar_dock.toggleViewAction()
        self.calendar_action.setText(self.tr("&Calendar"))
        self.calendar_action.setObjectName("calendarAction")
        self.calendar_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.meeting_menu.addAction(self.calendar_action)
        self.call_absent_action = QAction(self.tr("Call all &absent sites…"), self)
        self.call_absent_action.setObjectName("callAbsentAction")
        self.call_absent_action.setEnabled(False)  # while expected sites are absent
        self.call_absent_action.triggered.connect(self.callAbsentRequested)
        self.meeting_menu.addAction(self.call_absent_action)
        self.history_action = QAction(self.tr("&History…"), self)
        self.history_action.setObjectName("historyAction")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setEnabled(False)  # once the session is up
        self.history_action.triggered.connect(self.historyRequested)
        self.meeting_menu.addAction(self.history_action)

        sites_menu = bar.addMenu(self.tr("&Sites"))
        self.registry_action = QAction(self.tr("Site &registry…"), self)
        self.registry_action.setObjectName("registryAction")
        self.registry_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.registry_action.setEnabled(False)  # once the session is up
        self.registry_action.triggered.connect(self.registryRequested)
        sites_menu.addAction(self.registry_action)

        reports_menu = bar.addMenu(self.tr("&Reports"))
        self.report_action = QAction(self.tr("&Make a report…"), self)
        self.report_action.setObjectName("reportAction")
        self.report_action.setEnabled(False)  # once the session is up
        self.report_action.triggered.connect(self.reportsRequested)
        reports_menu.addAction(self.report_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for dock in (self.floor_dock, self.incident_dock, self.layout_dock, self.calendar_dock):
            view_menu.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Bridgewall"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def set_user(self, name: str | None, roles: str = "") -> None:
        """Who is signed in, in the status bar (None: nobody; nothing can be done until someone signs in)."""
        if name is None:
            self.user_label.setText(self.tr("nobody signed in"))
        else:
            shown = f"{name} ({roles})" if roles else name
            self.user_label.setText(self.tr("User: %1").replace("%1", shown))

    def set_current_meeting(self, text: str) -> None:
        """The meeting on now (its title, host and time left) in the title bar; "" when none is."""
        self.setWindowTitle(f"{self.base_title} — {text}" if text else self.base_title)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Bridgewall"),
            self.tr("Bridgewall — control-room console for government video-conference networks."),
        )

    def set_link_state(self, state: LinkState, error: str = "", since: datetime | None = None) -> None:
        """Always visible: connected, degraded with the last error, unreachable since when."""
        text = link_state_text(state)
        if state is LinkState.UNREACHABLE and since is not None:
            text += " " + self.tr("since %1").replace("%1", local_clock(since))
        if error and state is not LinkState.CONNECTED:
            text += f" — {error}"
        self.link_label.setText(("● " if state is LinkState.CONNECTED else "▲ ") + text)
        self.link_label.setToolTip(error)
        self.link_label.setProperty("state", state.value)
        self.link_label.style().unpolish(self.link_label)
        self.link_label.style().polish(self.link_label)

    def show_log_error(self, message: str | None) -> None:
        """The log cannot be written (None: it can again). Records wait in memory and are retried."""
        if message is None and self._lost is not None:
            self.show_records_lost(*self._lost)  # lost records stay shown
            return
        if message is None:
            self.db_label.setText(self.tr("Log: %1").replace("%1", self.database))
            self.db_label.setProperty("state", "")
        else:
            self.db_label.setText(self.tr("Log: cannot write — %1").replace("%1", message))
            self.db_label.setProperty("state", "unreachable")
        self.db_label.setToolTip(message or "")
        self.db_label.style().unpolish(self.db_label)
        self.db_label.style().polish(self.db_label)

    def show_records_lost(self, count: int, reason: str) -> None:
        """Records the log could not take: in red until the console stops (they are not in the log)."""
        self._lost = (count, reason)
        text = self.tr("Log: %n record(s) could not be written — %1", "", count).replace("%1", reason)
        self.db_label.setText(text)
        self.db_label.setToolTip(reason)
        self.db_label.setProperty("state", "unreachable")
        self.db_label.style().unpolish(self.db_label)
        self.db_label.style().polish(self.db_label)

    def show_command(self, site: str, action: str, state: str, detail: str) -> None:
        """A command sent from the wall, pending and then its result, in the status bar in words:
        `site` is the site's name as the wall shows it, `action` the command's code ("mute_audio"),
        `state` a `CommandResult` value."""
        text = f"{command_glyph(state)} {site}: {command_text(action)} — {command_result_text(state)}"
        if detail:
            text += f" ({detail})"
        self.statusBar().showMessage(text, 0 if state == CommandResult.PENDING else 8000)

    def set_link_error(self, message: str) -> None:
        self.set_link_state(LinkState.UNREACHABLE, message)

    def set_no_mcu(self) -> None:
        """No MCU is configured: the console shows the log only, and says how to attach one."""
        self.link_label.setText("○ " + self.tr("No MCU configured: the log only"))
        self.link_label.setToolTip(
            self.tr(
                "Give --mcu pexip+https://HOST:PORT, or [mcu] url in the configuration file, or start with --demo."
            )
        )
        self.link_label.setProperty("state", "")
        self.link_label.style().unpolish(self.link_label)
        self.link_label.style().polish(self.link_label)

    # --- layout persistence ---------------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        state = settings.value(SETTINGS_STATE)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.on_screen:
            self.on_screen = True
            self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_layout:
            self.save_layout()
        super().closeEvent(event)
        self.closed.emit()
