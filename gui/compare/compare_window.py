"""A window of its own for one comparison (``reportlens compare A B --gui``)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow, QWidget

from core.library import LoadedReport
from gui.compare.compare_view import CompareView
from gui.first_size import fit_to_screen


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
        self.view.zoom_requested.connect(self._zoom_by)
        self.view.overridesChanged.connect(lambda _overrides: self._retitle())
        fit_to_screen(self, QSize(1400, 900))

    def _zoom_by(self, steps: int) -> None:
        """Ctrl+wheel over a text: both texts bigger or smaller."""
        self.view.set_point_size(self.view.point_size() + steps)

    def _retitle(self) -> None:
        """The sides may have been swapped: the title follows."""
        self.setWindowTitle(self.view.title())


def open_compare_window(left: LoadedReport, right: LoadedReport) -> QMainWindow:
    """Open (show) a window comparing ``left`` (older) with ``right`` (newer).

    A QApplication must exist; the caller keeps the window and runs the event loop.
    """
    window = CompareWindow(left, right)
    window.show()
    return window
