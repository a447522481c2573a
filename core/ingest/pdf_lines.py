"""The lines of a PDF page as pypdf reads them, each with where on the page it starts.

A PDF marks paragraphs by where it puts lines, not by characters: a wider gap above a
paragraph, or its first line set in by two characters. pypdf's text extraction reports the
pen's position at the start of each piece of text it emits, so each line keeps the place of
its first glyph.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject

# Blank characters that may open a line to set it in: an ideographic space is a character wide.
_BLANK_WIDTHS = {"\u3000": 1.0, " ": 0.5, "\xa0": 0.5, "\t": 2.0}


@dataclass(frozen=True)
class LinePlace:
    """Where a line starts on its page, in the page's units (points, y growing upwards)."""

    x: float
    y: float
    # The font size, which is also the width of one Chinese character.
    size: float


@dataclass(frozen=True)
class PageLine:
    """One line of a page's text, stripped, with where it starts when that is known."""

    text: str
    place: LinePlace | None = None


def _apply(matrix: Sequence[float], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix[:6]
    return a * x + c * y + e, b * x + d * y + f


def _place(cm: Sequence[float], tm: Sequence[float], font_size: float) -> LinePlace | None:
    """The page position of the text origin set by text matrix ``tm`` under ``cm``."""
    try:
        x, y = _apply(cm, *_apply(tm, 0.0, 0.0))
        size = abs(font_size) * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
    except (TypeError, ValueError, IndexError):
        return None
    if not all(math.isfinite(value) for value in (x, y, size)) or size <= 0:
        return None
    return LinePlace(x=x, y=y, size=size)


def _line(text: str, place: LinePlace | None) -> PageLine:
    """The stripped line; blank characters that set it in move its place to the right."""
    lead = len(text) - len(text.lstrip())
    if place is not None and lead:
        shift = sum(_BLANK_WIDTHS.get(ch, 0.5) for ch in text[:lead]) * place.size
        place = LinePlace(x=place.x + shift, y=place.y, size=place.size)
    return PageLine(text=text.strip(), place=place)


def split_placed_text(pieces: Sequence[tuple[str, LinePlace | None]]) -> list[PageLine]:
    """Non-blank lines from pieces of text, each line placed where its first piece starts.

    Args:
        pieces: the page's text in the order emitted, each piece with the pen's place where
            it starts. A line begun inside a piece (after a line break in it) has no known
            place.
    """
    lines: list[PageLine] = []
    current = ""
    place: LinePlace | None = None
    for text, piece_place in pieces:
        for index, part in enumerate(text.split("\n")):
            if index:
                lines.append(_line(current, place))
                current, place = "", None
            if part and not current:
                place = piece_place if index == 0 else None
            current += part
    lines.append(_line(current, place))
    return [line for line in lines if line.text]


def read_page_lines(page: PageObject) -> tuple[str, list[PageLine]]:
    """The page's extracted text, and its non-blank lines with their places.

    Should the pieces pypdf reports not add up to its text, the lines carry no places and
    paragraphs are found from the text alone.

    Args:
        page: a page of a PDF opened with pypdf.
    """
    pieces: list[tuple[str, LinePlace | None]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, font_size: Any) -> None:
        if text:
            size = font_size if isinstance(font_size, int | float) else 0.0
            pieces.append((text, _place(cm, tm, size)))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(piece for piece, _ in pieces) != text:
        pieces = [(text, None)]
    return text, split_placed_text(pieces)
