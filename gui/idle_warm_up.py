"""What the first paint did without, built while the user looks at the window: the panels
behind other docks, the find bar, the reader's modules and the reading font's characters, a
step per turn of the event loop so the window answers throughout, and the first report opens
quickly after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class IdleWarmUp(QObject):
    """The warm-up of ``window``, started once (``start``), stopped by the window's closing."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._started = False

    def start(self) -> None:
        """Start the warm-up, unless it was started before."""
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self, self._step)

    def _step(self, step: int = 0) -> None:
        window = self._window
        if window.is_closed():
            return
        if step == 0:
            window.search_panel  # noqa: B018 (built by the property)
        elif step == 1:
            window.annotations_panel  # noqa: B018
        elif step == 2:
            window.find_bar  # noqa: B018
        elif step == 3:
            import gui.notes.reader_annotations
            import gui.reader.readable_report
            import gui.reader.reader_tab  # noqa: F401
        elif step == 4:
            from gui.reader.reader_view_warm_up import warm_up

            warm_up()
        else:
            self._measure_font()
            return
        QTimer.singleShot(0, self, lambda: self._step(step + 1))

    def _measure_font(self, index: int = 0) -> None:
        """Lay out the characters reports are written with in the reading font, a slice per
        turn of the event loop (gui/reader/font_warmup.py)."""
        from gui.reader.font_warmup import measure_slice

        window = self._window
        if not window.is_closed() and measure_slice(window.reading_font(), index):
            QTimer.singleShot(0, self, lambda: self._measure_font(index + 1))
