"""Turning the lines of PDF pages back into paragraphs: page numbers, running heads, line breaks.

A PDF stores lines, not paragraphs. Page numbers and running heads stand at the top or
bottom of a page; a line broken only because the page was full reaches (nearly) the full
width of the text block, while the last line of a paragraph or a heading stops short.
Widths are measured in display units (a Chinese character 1, an ASCII character ½), so
lines with many digits compare fairly with lines of Chinese.

A paragraph whose last line happens to be (nearly) full is told by the layout instead: a
wider gap above the next line or the next line set in (``pdf_paragraph_marks``). Each kind
of mark is trusted only in a document where it mostly falls after lines that stop short,
that is, where it marks paragraphs rather than, say, the hanging indent of a list.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from core.ingest.pdf_lines import PageLine
from core.ingest.pdf_paragraph_marks import gaps_before, indented_lines

# Lines looked at, at each edge of a page, for page numbers and running heads.
EDGE_LINES = 3
# A line this close to the full width was broken by the page, not by the author.
FULL_LINE_SHARE = 0.85
# A kind of layout mark is read as a paragraph start when at least this share of the marked
# lines follow a line that stops short (and so ends a paragraph by its width alone).
MARKS_AGREE_SHARE = 0.5

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


def strip_page_furniture(pages: Sequence[Sequence[PageLine]]) -> list[list[PageLine]]:
    """Each page's lines without page numbers and running heads at its edges.

    Args:
        pages: each page's stripped, non-blank lines.
    """
    texts = [[line.text for line in page] for page in pages]
    heads = running_heads(texts) if len(texts) > 1 else set()
    kept: list[list[PageLine]] = []
    for lines in pages:
        edges = _edge_indices(len(lines))
        kept.append(
            [
                line
                for i, line in enumerate(lines)
                if i not in edges
                or not (is_page_number(line.text) or _DIGITS.sub("#", line.text) in heads)
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


def _ends_short(lines: Sequence[str]) -> list[bool]:
    """For each line: whether it stops short of the full width, ending its paragraph."""
    full = _full_width(lines)
    return [display_width(line) < FULL_LINE_SHARE * full for line in lines]


def agreeing_marks(marks: Sequence[bool], ends_short: Sequence[bool]) -> list[bool]:
    """``marks`` if most marked lines follow a line that stops short, else no marks at all.

    Args:
        marks: for each line, whether the layout marks it as starting a paragraph.
        ends_short: for each line, whether it stops short of the full width.
    """
    after = [short for short, mark in zip(ends_short, marks[1:], strict=False) if mark]
    if after and sum(after) >= MARKS_AGREE_SHARE * len(after):
        return list(marks)
    return [False] * len(marks)


def join_lines(lines: Sequence[str], starts: Sequence[bool] = ()) -> list[str]:
    """Paragraphs from lines, rejoining lines broken only by the width of the page.

    A line ends its paragraph when it stops short of the full width, when the next line is
    marked as starting one, or when it ends a sentence and the next line opens a heading or
    list item.

    Args:
        lines: the text's stripped lines in reading order.
        starts: for each line, whether the page's layout shows it starting a paragraph
            (none when empty).
    """
    ends_short = _ends_short(lines)
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        current = current + _joiner(current, line) + line if current else line
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ends_sentence = line.endswith(_SENTENCE_END)
        marked_next = index + 1 < len(starts) and starts[index + 1]
        opens_next = bool(_STRONG_START.match(following)) or (
            ends_sentence and bool(_WEAK_START.match(following))
        )
        if not following or ends_short[index] or marked_next or opens_next:
            paragraphs.append(current)
            current = ""
    return paragraphs


def pages_to_text(pages: Sequence[Sequence[PageLine]]) -> str:
    """The text of a PDF's pages as paragraphs separated by blank lines.

    Page numbers and running heads at the page edges are dropped, and lines broken by the
    width of the page (or by a page break) are rejoined; a wider gap or a first-line indent
    starts a paragraph where the document uses them so.

    Args:
        pages: each page's stripped, non-blank lines, placed where known.
    """
    kept = strip_page_furniture(pages)
    lines = [line.text for page in kept for line in page]
    ends_short = _ends_short(lines)
    gaps = agreeing_marks(gaps_before(kept), ends_short)
    indents = agreeing_marks(indented_lines(kept), ends_short)
    starts = [gap or indent for gap, indent in zip(gaps, indents, strict=True)]
    return "\n\n".join(join_lines(lines, starts))
