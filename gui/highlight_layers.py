"""Named layers of highlights painted over a text view as Qt extra selections.

A view shows several kinds of highlight at once (annotations, numbers, find matches, the
current change…). Each layer is turned into extra selections once, when it changes; replacing
one layer does not rebuild the others, so switching the find matches on and off in a long
report stays cheap however many numbers are highlighted.

A view of a very long text may show only a stretch of it (``show_only``): the selections are
then built for the highlights over that stretch alone. Qt measures every extra selection's
place when it is set, which lays the text out up to it: tens of thousands of them over a
text of millions of characters cost seconds and the whole layout at once. So does a single
selection over several paragraphs of text not yet laid out (Qt measures it by its frame, which
lays out the whole text): a view of a long text may have each highlight drawn paragraph by
paragraph (``by_block``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

Tooltip = str | Callable[[], str]  # a text, or a function making it when first shown


@dataclass(frozen=True)
class Highlight:
    """A span to paint over the text, in Qt positions, with its colour and tooltip."""

    start: int
    end: int
    colour: QColor
    tooltip: Tooltip = ""
    group: str = ""

    def tooltip_text(self) -> str:
        """The tooltip's text (made now if it is made on demand)."""
        return self.tooltip() if callable(self.tooltip) else self.tooltip


LayerStyle = Callable[[str, QColor], QTextCharFormat]  # (layer name, colour) -> format


class HighlightLayers:
    """The highlights of a view by layer, with each layer's extra selections kept built.

    Args:
        order: the layers in painting order (later ones paint over earlier ones); a layer
            not named here paints last.
        style: the character format of a highlight of a layer in a colour.
        by_block: a highlight over several blocks (paragraphs) is drawn as one selection in
            each of them.
    """

    def __init__(self, order: Sequence[str], style: LayerStyle, *, by_block: bool = False) -> None:
        self._order = list(order)
        self._style = style
        self._by_block = by_block
        self._highlights: dict[str, list[Highlight]] = {}
        self._by_start: dict[str, tuple[list[int], list[Highlight], int]] = {}
        self._built: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._stretch: tuple[int, int] | None = None  # None: the whole text

    def set(self, document: QTextDocument, name: str, highlights: Sequence[Highlight]) -> None:
        """Replace one layer's highlights, building its selections in ``document``."""
        self._highlights[name] = list(highlights)
        ordered = sorted(highlights, key=lambda h: h.start)
        longest = max((h.end - h.start for h in ordered), default=0)
        self._by_start[name] = ([h.start for h in ordered], ordered, longest)
        self._built[name] = self._build(document, name)

    def stretch(self) -> tuple[int, int] | None:
        """The Qt span whose highlights are built (None: the whole text)."""
        return self._stretch

    def show_only(self, document: QTextDocument, start: int, end: int) -> None:
        """Build the selections of the highlights over Qt ``[start, end)`` alone, every layer."""
        self._stretch = (start, end)
        self.rebuild(document)

    def show_all(self, document: QTextDocument) -> None:
        """Build the selections of every highlight again, over the whole text."""
        self._stretch = None
        self.rebuild(document)

    def get(self, name: str) -> list[Highlight]:
        """The highlights of one layer."""
        return list(self._highlights.get(name, []))

    def rebuild(self, document: QTextDocument) -> None:
        """Build every layer again, in a document just shown in place of another."""
        self._built = {name: self._build(document, name) for name in self._highlights}

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        """All layers' selections in painting order."""
        names = [n for n in self._order if n in self._built]
        names += [n for n in self._built if n not in self._order]
        return [selection for name in names for selection in self._built[name]]

    def _build(self, document: QTextDocument, name: str) -> list[QTextEdit.ExtraSelection]:
        length = document.characterCount()
        formats: dict[int, QTextCharFormat] = {}  # one format per colour, shared
        selections = []
        for highlight in self._over_stretch(name):
            if highlight.end > length:
                continue  # belongs to a text not shown yet
            key = highlight.colour.rgba()
            if key not in formats:
                formats[key] = self._style(name, highlight.colour)
            for start, end in self._pieces(document, highlight):
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[attr-defined]
                selection.format = formats[key]  # type: ignore[attr-defined]
                selections.append(selection)
        return selections

    def _pieces(self, document: QTextDocument, highlight: Highlight) -> list[tuple[int, int]]:
        """The Qt spans to select for ``highlight``: itself, or its part in each block."""
        if not self._by_block:
            return [(highlight.start, highlight.end)]
        pieces = []
        start = highlight.start
        while start < highlight.end:
            block = document.findBlock(start)
            end = min(highlight.end, block.position() + block.length() - 1)  # before its break
            if end > start:
                pieces.append((start, end))
            start = max(end, start) + 1
        return pieces

    def _over_stretch(self, name: str) -> list[Highlight]:
        """The layer's highlights over the stretch shown (all of them when it is the whole
        text), in their order."""
        if self._stretch is None:
            return self._highlights.get(name, [])
        starts, ordered, longest = self._by_start.get(name, ([], [], 0))
        start, end = self._stretch
        first = bisect_left(starts, start - longest)
        last = bisect_left(starts, end)
        return [h for h in ordered[first:last] if h.end > start]
