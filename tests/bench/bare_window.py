"""Child process of bench_gui: the floor of first_paint_s — a bare PySide6 window, launched to first painted."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget


class Bare(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        print("first paint", file=sys.stderr, flush=True)
        QApplication.quit()


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = Bare()
    window.resize(1600, 1000)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
