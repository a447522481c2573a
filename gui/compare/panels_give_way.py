"""The comparison's side panels give way to its two texts in a narrow window.

Beside the texts, the change list keeps the width it was given (or dragged to) while the window
leaves each text a readable line; in a narrower window it shrinks, and below its own minimum it
folds away to the splitter's edge. The reader has the last word (the compare toolbar's Side
panel switch, F9): shown, the panels keep their room at the texts' cost; hidden, they stay
folded whatever the width; dragged out of the edge, they give way again as the window narrows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QSplitter, QTextBrowser, QWidget

from gui.reader.reading_column import READABLE_CHARS
from gui.text_layout import width_for_characters

PANELS_WIDTH = 360  # the change list's width when the window has room for it


class PanelsGiveWay(QObject):
    """Sizes ``splitter``'s first widget (the panels) so that the texts beside keep their room.

    Args:
        splitter: the panels first, the texts second.
        panes: the text columns shown side by side.
        beside: the width the texts' area takes besides the panes (the link strip, the bar).
    """

    shown_changed = Signal(bool)  # whether the panels are in view, after each fitting or drag

    def __init__(self, splitter: QSplitter, panes: tuple[QTextBrowser, ...], beside: int) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._panes = panes
        self._beside = beside
        self._wanted = PANELS_WIDTH
        # The reader's word: True shown, False hidden, None as the width allows.
        self._choice: bool | None = None
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
        least = panels_widget.minimumSizeHint().width()
        panels = min(self._wanted, total - texts)
        if self._choice is False:
            panels = 0
        elif panels < least:
            # No room for a usable list beside readable texts: it folds away, unless the
            # reader asked for it, who then has it at the texts' cost (half the room at most).
            panels = max(least, min(self._wanted, total // 2)) if self._choice else 0
        splitter.setSizes([panels, max(0, total - panels)])
        self.shown_changed.emit(self.is_shown())

    def is_shown(self) -> bool:
        """Whether the panels are in view (not folded away)."""
        return self._splitter.sizes()[0] > 0

    def set_shown(self, shown: bool) -> None:
        """Show the panels (at the texts' cost if the window is narrow) or fold them away."""
        self._choice = shown
        if shown and self._wanted < self._splitter.widget(0).minimumSizeHint().width():
            self._wanted = PANELS_WIDTH  # folded by a drag: back at their usual width
        self.fit()

    def _moved(self, position: int, _index: int) -> None:
        """The user dragged the handle: that width is the one wanted from now on; dragged to
        the edge, the panels stay folded; dragged out again, they give way as before."""
        self._wanted = position
        self._choice = False if position == 0 else None
        self.shown_changed.emit(self.is_shown())
