"""Turning the lines of PDF pages back into paragraphs: page numbers, running heads, line breaks.

A PDF stores lines, not paragraphs. Page numbers and running heads stand at the top or
bottom of a page; a line broken only because the page was full reaches (nearly) the full
width of the text block, while the last line of a paragraph or a heading stops short.
Widths are measured in display units (a Chinese character 1, an ASCII character ½), so
lines with many digits compare fairly with lines of Chinese.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

# Lines looked at, at each edge of a page, for page numbers and running heads.
EDGE_LINES = 3
# A line this close to the full width was broken by the page, not by the author.
FULL_LINE_SHARE = 0.85

_PAGE_NUMBER = re.compile(
    r"""^[-—–－_·•\s]*
        (?:第\s*)?[0-9０-９]{1,4}(?:\s*页)?
        (?:\s*(?:/|／|of|共)\s*[0-9０-９]{1,4}\s*页?)?
        [-—–－_·•\s]*$
      |^(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?$""",
    re.IGNORECASE | re.VERBOSE,
)
_DIGITS = re.compile(r"[0-9０-９]+")
_SENTENCE_END = tuple("。！？；：!?;:…”’」』）)")
# Headings always start a paragraph; list items only after a finished sentence, since a
# wrapped line may begin with 一是 or a dash by chance.
_STRONG_START = re.compile(
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+[章节条部分]|[#●]"
)
_WEAK_START = re.compile(r"[一二三四五六七八九十]+是|——|\d+[、.．]|[（(]\d+[）)]")


def display_width(line: str) -> float:
    """The width of ``line`` in Chinese-character units (ASCII counts half).

    Args:
        line: one line of text.
    """
    ascii_chars = sum(1 for ch in line if ch < "\x80")
    return len(line) - ascii_chars / 2


def is_page_number(line: str) -> bool:
    """Whether ``line`` is only a page number (``12``, ``- 12 -``, ``第12页``, ``3/10``…).

    Args:
        line: one stripped line.
    """
    return bool(_PAGE_NUMBER.match(line))


def _edge_indices(count: int) -> set[int]:
    return set(range(min(EDGE_LINES, count))) | set(range(max(0, count - EDGE_LINES), count))


def running_heads(pages: Sequence[Sequence[str]]) -> set[str]:
    """Lines (digits masked) standing at a page edge on at least half the pages, two or more.

    Args:
        pages: each page's stripped, non-empty lines.
    """
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_DIGITS.sub("#", lines[i]) for i in _edge_indices(len(lines))})
    needed = max(2, math.ceil(len(pages) / 2))
    return {key for key, count in seen.items() if count >= needed}


def strip_page_furniture(pages: Sequence[str]) -> list[list[str]]:
    """Each page's lines without blank lines, page numbers and running heads at its edges.

    Args:
        pages: the text of each page as extracted.
    """
    stripped = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    heads = running_heads(stripped) if len(stripped) > 1 else set()
    kept: list[list[str]] = []
    for lines in stripped:
        edges = _edge_indices(len(lines))
        kept.append(
            [
                line
                for i, line in enumerate(lines)
                if i not in edges or not (is_page_number(line) or _DIGITS.sub("#", line) in heads)
            ]
        )
    return kept


def _full_width(lines: Sequence[str]) -> float:
    """The width of a full line: a high percentile, so short last lines do not pull it down."""
    widths = sorted(display_width(line) for line in lines)
    if not widths:
        return 0.0
    return widths[math.ceil(0.9 * (len(widths) - 1))]


def _joiner(before: str, after: str) -> str:
    """Nothing between Chinese fragments; a space between two Latin words."""
    return (
        " "
        if before[-1:].isascii()
        and before[-1:].isalpha()
        and after[:1].isascii()
        and after[:1].isalpha()
        else ""
    )


def join_lines(lines: Sequence[str]) -> list[str]:
    """Paragraphs from lines, rejoining lines broken only by the width of the page.

    A line ends its paragraph when it stops short of the full width, or when it ends a
    sentence and the next line opens a heading or list item.

    Args:
        lines: the text's stripped lines in reading order.
    """
    full = _full_width(lines)
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        current = current + _joiner(current, line) + line if current else line
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ends_sentence = line.endswith(_SENTENCE_END)
        short = display_width(line) < FULL_LINE_SHARE * full
        opens_next = bool(_STRONG_START.match(following)) or (
            ends_sentence and bool(_WEAK_START.match(following))
        )
        if not following or short or opens_next:
            paragraphs.append(current)
            current = ""
    return paragraphs


def pages_to_text(pages: Sequence[str]) -> str:
    """The text of a PDF's pages as paragraphs separated by blank lines.

    Page numbers and running heads at the page edges are dropped, and lines broken by the
    width of the page (or by a page break) are rejoined.

    Args:
        pages: the text of each page as extracted.
    """
    lines = [line for page in strip_page_furniture(pages) for line in page]
    return "\n\n".join(join_lines(lines))
