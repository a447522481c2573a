"""A window of its own for one comparison (``reportlens compare A B --gui``)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

from core.library import LoadedReport
from gui.compare.compare_view import CompareView


class CompareWindow(QMainWindow):
    """A main window hosting one CompareView (its toolbar included)."""

    def __init__(
        self, left: LoadedReport, right: LoadedReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.view = CompareView(left, right, parent=self)
        self.setCentralWidget(self.view)
        self.setWindowTitle(self.view.title())
        self.resize(1400, 900)


def open_compare_window(left: LoadedReport, right: LoadedReport) -> QMainWindow:
    """Open (show) a window comparing ``left`` (older) with ``right`` (newer).

    A QApplication must exist; the caller keeps the window and runs the event loop.
    """
    window = CompareWindow(left, right)
    window.show()
    return window
