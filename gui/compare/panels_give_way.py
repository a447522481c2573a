"""The comparison's side panels give way to its two texts in a narrow window.

Beside the texts, the change list keeps the width it was given (or dragged to) while the window
leaves each text a readable line; in a narrower window it shrinks, and below its own minimum it
folds away to the splitter's edge, from where it is dragged back out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter, QTextBrowser, QWidget

from gui.reader.reader_view import READABLE_CHARS
from gui.text_layout import width_for_characters

PANELS_WIDTH = 360  # the change list's width when the window has room for it


class PanelsGiveWay(QObject):
    """Sizes ``splitter``'s first widget (the panels) so that the texts beside keep their room.

    Args:
        splitter: the panels first, the texts second.
        panes: the text columns shown side by side.
        beside: the width the texts' area takes besides the panes (the link strip, the bar).
    """

    def __init__(self, splitter: QSplitter, panes: tuple[QTextBrowser, ...], beside: int) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._panes = panes
        self._beside = beside
        self._wanted = PANELS_WIDTH
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the panels whenever the splitter is resized."""
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Give the panels what the texts leave, up to the width wanted."""
        splitter = self._splitter
        total = splitter.width() - splitter.handleWidth()
        texts = sum(width_for_characters(pane, READABLE_CHARS) for pane in self._panes)
        texts += self._beside
        panels_widget: QWidget = splitter.widget(0)
        panels = min(self._wanted, total - texts)
        if panels < panels_widget.minimumSizeHint().width():
            panels = 0  # no room for a usable list: it folds away, the handle stays to drag

        splitter.setSizes([panels, max(0, total - panels)])

    def _moved(self, position: int, _index: int) -> None:
        """The user dragged the handle: that width is the one wanted from now on."""
        self._wanted = position
