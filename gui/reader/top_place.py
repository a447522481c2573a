"""The passage at the top of a reader stays there when the reader's width changes.

A narrower or wider reader (the window resized, a dock dragged or shown, the text's minimum
width met) wraps its text anew: the same scroll height then shows another passage, up to
screens away in a long report. The passage at the top is taken before the text wraps and
scrolled back to the top after. While the width keeps changing (a dock dragged) and the
reader is not scrolled meanwhile, the passage first taken is kept: taking the start of its
new line each time would creep back a line at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent

from gui.text_layout import line_band

if TYPE_CHECKING:
    from gui.reader.reader_view import ReaderView


class TopPlace:
    """Keeps ``view``'s top passage across changes of its width."""

    def __init__(self, view: ReaderView) -> None:
        self._view = view
        self._kept: tuple[int, int] | None = None  # (core offset, the scroll value it gave)

    def before_resize(self, event: QResizeEvent) -> int | None:
        """The core offset to keep at the top when ``event`` changes the width (None: the
        text does not wrap anew, or shows its start)."""
        if event.oldSize().width() in (-1, event.size().width()):
            return None
        value = self._view.verticalScrollBar().value()
        if value == 0:
            return None
        if self._kept is not None and self._kept[1] == value:
            return self._kept[0]
        return self._view.first_visible_offset()

    def keep(self, offset: int) -> None:
        """Scroll the line of core ``offset`` to the top, as the text now wraps (the cursor and
        the selection stay as they are)."""
        view = self._view
        band = line_band(view.document(), view.offsets.to_qt(offset))
        if band is None:
            return
        bar = view.verticalScrollBar()
        bar.setValue(int(band.top))
        self._kept = (offset, bar.value())
