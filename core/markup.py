"""Markdown marks a reader draws as formatting rather than as characters.

An interpretation laid out as Markdown (``### 八个方面工作成效``, ``增长**2.6%**``) keeps its
marks in the text as read: offsets, search and copying all count them. What a reader should see
is a heading and a bold figure, so this module says where the marks are; the reader draws them
as nothing and the text between ``**`` bold.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from core.model import Outline
from core.outline import MARKDOWN_HEADING

# ``**2.6%**`` on one line; the marks hug the words they embolden.
_BOLD = re.compile(r"\*\*(?=[^\s*])([^\n]*?[^\s*])\*\*")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Markup:
    """Where a text's Markdown marks are (offsets into the text as read).

    Attributes:
        marks: spans of mark characters (heading hashes and the spaces after them, the
            ``**`` around bold text), to be drawn as nothing.
        bold: spans of the text between ``**`` marks.
    """

    marks: tuple[tuple[int, int], ...]
    bold: tuple[tuple[int, int], ...]


def is_markdown(outline: Outline) -> bool:
    """Whether the text was read as Markdown (its headings are ``#`` lines)."""
    return any(section.style == "markdown" for section in outline.walk())


def markdown_marks(text: str, outline: Outline) -> Markup:
    """The Markdown marks of ``text``: heading hashes in a text read as Markdown (every
    ``#`` line, the stray ``# 2024`` too) and ``**`` pairs anywhere.

    Args:
        text: the text as read.
        outline: its section tree (it tells whether the text is Markdown).
    """
    return _marks(text, 0, len(text), headings=is_markdown(outline))


def stretch_marks(text: str, start: int, end: int) -> Markup:
    """The Markdown marks within ``text[start:end]`` (one paragraph, say), judged without the
    text's outline: a line shaped as a ``#`` heading counts as one."""
    return _marks(text, start, end, headings=True)


def _marks(text: str, start: int, end: int, *, headings: bool) -> Markup:
    marks: list[tuple[int, int]] = []
    bold: list[tuple[int, int]] = []
    if headings and text.find("#", start, end) >= 0:
        for line in _LINE.finditer(text, start, end):
            heading = MARKDOWN_HEADING.fullmatch(text, line.start(), line.end())
            if heading is None:
                continue
            marks.append((line.start(), heading.start(2)))
            title_end = heading.end(2)
            if title_end < line.end():
                marks.append((title_end, line.end()))
    if text.find("**", start, end) >= 0:
        for match in _BOLD.finditer(text, start, end):
            marks.append((match.start(), match.start(1)))
            marks.append((match.end(1), match.end()))
            bold.append((match.start(1), match.end(1)))
    return Markup(tuple(sorted(marks)), tuple(bold))


def without_marks(text: str, start: int, end: int, markup: Markup) -> str:
    """``text[start:end]`` as a reader sees it: the Markdown marks inside it left out.

    Args:
        text: the text as read.
        start: where the stretch starts.
        end: where it ends.
        markup: the text's marks (``markdown_marks``).
    """
    pieces: list[str] = []
    cursor = start
    first = max(0, bisect_left(markup.marks, (start, start)) - 1)
    for mark_start, mark_end in markup.marks[first:]:
        if mark_start >= end:
            break
        if mark_end <= cursor:
            continue
        pieces.append(text[cursor : max(cursor, mark_start)])
        cursor = min(mark_end, end)
    pieces.append(text[cursor:end])
    return "".join(pieces)
