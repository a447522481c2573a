"""Where an offset's line stands in a text view: its top and bottom in document pixels; and
how wide a view must be to hold a number of characters on a line.

The reader scrolls a found passage's line to the top, and the compare panes measure their
changes and pairs, by the same measure: the line that holds the position as laid out, not
its paragraph's top (a long paragraph wraps over many lines).

A line is measured in characters of the text's own font (the document's, which the zoom
sets), not the widget's: the window's smaller interface font would count a third more.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QTextEdit


@dataclass(frozen=True)
class Band:
    """A vertical extent in one document's coordinates (top < bottom, or a point)."""

    top: float
    bottom: float


def line_band(document: QTextDocument, position: int) -> Band | None:
    """The line of Qt ``position`` in ``document`` (its top and bottom), or None when the
    position lies in no paragraph of it.

    A paragraph not laid out in lines yet stands for its line whole.
    """
    block = document.findBlock(position)
    if not block.isValid():
        return None
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout is not None and layout.lineCount():
        line = layout.lineForTextPosition(position - block.position())
        if line.isValid():
            top = rect.top() + line.y()
            return Band(top, top + line.height())
    return Band(rect.top(), rect.bottom())


def offset_band(document: QTextDocument, position: int) -> Band:
    """The line of Qt ``position`` in ``document``: its top and bottom (a position past the
    text is a point at the document's end)."""
    band = line_band(document, position)
    if band is None:
        height = document.size().height()
        return Band(height, height)
    return band


def character_width(view: QTextEdit) -> float:
    """The width of one character of ``view``'s text (an ideograph, a full em, at the
    document's font)."""
    return QFontMetricsF(view.document().defaultFont(), view).horizontalAdvance("中")


def width_for_characters(view: QTextEdit, characters: int) -> int:
    """The width ``view`` takes to show ``characters`` of its text on a line: the text, the
    document's margins, the vertical scroll bar and the frame."""
    document = view.document()
    outside = view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()
    text = character_width(view) * characters + 2 * document.documentMargin()
    return int(text + 0.999) + outside


def characters_on_a_line(view: QTextEdit) -> float:
    """How many characters of its text a line of ``view`` shows at its current width."""
    line = view.viewport().width() - 2 * view.document().documentMargin()
    return line / character_width(view)
