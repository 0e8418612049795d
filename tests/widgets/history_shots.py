"""Screenshots of the history view on a filled log (a year of a 150-site province, tests/bench/bench_history.py):
the incidents tab and the charts tab, in Vietnamese.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.widgets.history_shots OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from db.engine import open_database
from tests.bench.bench_history import NOW, fill_year
from tests.widgets.test_history_view import answering
from widgets.history.view import HistoryView
from widgets.shell.app import create_application


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out: Path) -> int:
    app = create_application("vi")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(f"sqlite:///{Path(tmp) / 'year.sqlite3'}")
        try:
            fill_year(engine)
            view = HistoryView(answering(engine), now=lambda: NOW)
            view.resize(1400, 820)
            view.show()
            view.start()
            view.since_edit.setDate(QDate(2025, 1, 1))
            view.until_edit.setDate(QDate(2025, 12, 31))
            view.reload()
            view.tabs.setCurrentIndex(1)  # the incidents
            view.search.setText("muong 1")
            settle(app)
            view.grab().save(str(out / "history_incidents.png"))
            view.search.clear()
            view.tabs.setCurrentWidget(view.charts)
            settle(app)
            view.grab().save(str(out / "history_charts.png"))
            view.tabs.setCurrentIndex(0)
            settle(app)
            meetings = view.tables[next(iter(view.tables))]
            view.open_meeting(meetings.row_at(meetings.proxy.index(3, 0)).meeting_id or 1)
            settle(app)
            for dialog in view.details:
                dialog.grab().save(str(out / "history_meeting.png"))
            view.close()
        finally:
            engine.dispose()
    print(f"wrote {out} ({date.today()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shots/h23")))
