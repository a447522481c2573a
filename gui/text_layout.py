"""Where an offset's line stands in a text view: its top and bottom in document pixels.

The reader scrolls a found passage's line to the top, and the compare panes measure their
changes and pairs, by the same measure: the line that holds the position as laid out, not
its paragraph's top (a long paragraph wraps over many lines).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextDocument


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
