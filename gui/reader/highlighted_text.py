"""A text browser whose highlights come in named layers, drawn as Qt extra selections: a long
text's over the stretch read alone, a view not yet given its width drawing them once it is;
a highlighted number shows its card on hover.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from gui.highlight_layers import Highlight, HighlightLayers

LAYER_ORDER = ("annotations", "numbers", "find", "hits", "current", "flash")
# A text longer than this (Qt units) has its highlights drawn over the stretch read alone
# (gui.highlight_layers): from this far before the top of the view to this far after it, far
# more than a screen holds at the reading width, built again as the reading nears an edge.
WHOLE_TEXT_HIGHLIGHTED = 300_000
STRETCH_BEFORE = 20_000
STRETCH_AFTER = 40_000
IN_VIEW = 5_000  # more than a screen holds at the smallest zoom


def _layer_format(name: str, colour: QColor) -> QTextCharFormat:
    """A highlight's look: its colour behind the text; numbers underlined in full colour."""
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    if name == "numbers":
        underline = QColor(colour)
        underline.setAlpha(255)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(underline)
    return fmt


class HighlightedText(QTextBrowser):
    """Highlights in named layers (annotations, numbers, find matches, the passage gone to, a
    jump flash) over a text browser's document: they never change the document, and switching
    one off is instant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layers = HighlightLayers(LAYER_ORDER, _layer_format, by_block=True)
        self._tooltip_spans: list[Highlight] = []
        self._tooltip_starts: list[int] = []
        self._selections_due = False

    def _has_its_width(self) -> bool:
        """Whether the view was given its width: a view just made is a few pixels wide until
        the tab holding it is laid out, and Qt lays the text out up to each highlight set, a
        character or two a line at that width (tenths of a second for the stretch of a long
        report highlighted)."""
        return self.width() >= self.minimumWidth()

    def _follow_stretch(self, top: int) -> None:
        """Highlight the stretch around Qt position ``top`` when the reading nears an edge of
        the stretch highlighted (a long text only)."""
        stretch = self._layers.stretch()
        if stretch is None:
            return
        start, end = stretch
        if (start == 0 or start + STRETCH_BEFORE // 2 <= top) and top + STRETCH_AFTER // 2 <= end:
            return
        self._layers.show_only(self.document(), max(0, top - STRETCH_BEFORE), top + STRETCH_AFTER)
        self._show_selections()

    def set_layer(self, name: str, highlights: Sequence[Highlight]) -> None:
        """Replace the highlights of one layer (drawn: annotations, numbers, find, flash)."""
        self._layers.set(self.document(), name, highlights)
        if name == "numbers":
            self._tooltip_spans = sorted(
                (h for h in highlights if h.tooltip), key=lambda h: h.start
            )
            self._tooltip_starts = [h.start for h in self._tooltip_spans]
        self._show_selections()

    def _show_selections(self) -> None:
        """Draw the layers' selections; a view not yet given its width draws them once it is
        (or once the events waiting are handled, if it never gets that wide)."""
        if self._has_its_width():
            self._selections_due = False
            self._set_selections()
        elif not self._selections_due:
            self._selections_due = True
            QTimer.singleShot(0, self, self._show_due_selections)

    def _show_due_selections(self) -> None:
        if self._selections_due:
            self._selections_due = False
            self._set_selections()

    def _set_selections(self) -> None:
        """Hand Qt the layers' selections, the text laid out up to the last of them first.

        Qt measures each selection it is given; one over text it has not laid out yet it may
        measure by laying out the whole text at once (seconds, for a report of millions of
        characters just shown). Laying out to the end of the stretch first costs what showing
        it would.
        """
        selections = self._layers.selections()
        if selections:
            document = self.document()
            end = max(selection.cursor.selectionEnd() for selection in selections)  # type: ignore[attr-defined]
            document.documentLayout().blockBoundingRect(document.findBlock(end))
        self.setExtraSelections(selections)

    def layer(self, name: str) -> list[Highlight]:
        """The highlights of one layer."""
        return self._layers.get(name)

    def tooltip_at(self, position: int) -> str:
        """The tooltip of the highlighted number at Qt ``position`` ('' when none)."""
        index = bisect_right(self._tooltip_starts, position) - 1
        if index >= 0 and position < self._tooltip_spans[index].end:
            return self._tooltip_spans[index].tooltip_text()
        return ""

    def viewportEvent(self, event: QEvent) -> bool:
        """Show a number's card (gui.reader.number_card) on hover."""
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            cursor = self.cursorForPosition(pos)
            rect = self.cursorRect(cursor)
            text = ""
            if abs(rect.center().y() - pos.y()) <= rect.height():
                text = self.tooltip_at(cursor.position())
                if not text and cursor.position() > 0:
                    text = self.tooltip_at(cursor.position() - 1)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
