"""How a reader styles a report's text: which spans read as headings, muted, hidden, bold.

The reader shows the text as read, character for character, and styles stretches of it:
headings by level, noise (page-jump markers, page headers) muted, ``PM_{2.5}``'s markup
hidden and its body lowered, an interpretation's Markdown marks hidden and its ``**`` text
bold, and a word broken across a blank line (``地`` / ``区生产总值``) joined by drawing the
gap as nothing. This module says where each style goes, in code points, so that the work is
done once, off the window's thread for a long report; the window only turns the spans into
formats. Spans are applied in order: a later one merges over an earlier one, or replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from core.markup import markdown_marks
from core.model import Outline
from core.text import subscripts

ZERO_WIDTH = "\u200b"
LINE_BREAKS = re.compile("[\n\r\u2029]")  # each ends a line (a block, in the reader's document)


class Style(Enum):
    """What a span of text reads as."""

    NOISE = "noise"
    HIDDEN = "hidden"
    LOWERED = "lowered"
    HEADING_1 = "heading-1"
    HEADING_2 = "heading-2"
    HEADING_3 = "heading-3"
    BOLD = "bold"


HEADINGS = {1: Style.HEADING_1, 2: Style.HEADING_2, 3: Style.HEADING_3}


@dataclass(frozen=True)
class StyledSpan:
    """A half-open span of the text (code points) and the style it reads in.

    ``replace``: the style takes the place of what the span had (a heading's ``###`` drawn as
    nothing must not keep the heading's size), rather than merging over it.
    """

    start: int
    end: int
    style: Style
    replace: bool = False


@dataclass(frozen=True)
class ReadingStyles:
    """A report's text as a reader shows it, and its styles.

    Attributes:
        shown: the text with each character of a joined gap a zero-width space (as long as
            the text: every offset points at the same place).
        part_starts: where each part heading (level 1) starts, in text order.
        spans: the styled spans, in the order they apply.
        blank_lines: where each line holding nothing starts, in text order.
    """

    shown: str
    part_starts: tuple[int, ...]
    spans: tuple[StyledSpan, ...]
    blank_lines: tuple[int, ...] = ()

    def upto(self, end: int) -> ReadingStyles:
        """The styles of ``shown[:end]`` alone (spans cut at ``end``)."""
        return ReadingStyles(
            self.shown[:end],
            tuple(start for start in self.part_starts if start < end),
            tuple(
                StyledSpan(span.start, min(span.end, end), span.style, span.replace)
                for span in self.spans
                if span.start < end
            ),
            tuple(start for start in self.blank_lines if start <= end),
        )


def text_as_shown(text: str, joined: Iterable[tuple[int, int]]) -> str:
    """``text`` with the characters of the ``joined`` spans made zero-width spaces."""
    pieces: list[str] = []
    done = 0
    for start, end in sorted(joined):
        pieces.extend((text[done:start], ZERO_WIDTH * (end - start)))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def reading_styles(
    text: str,
    outline: Outline,
    noise: Iterable[tuple[int, int]] = (),
    joined: Iterable[tuple[int, int]] = (),
) -> ReadingStyles:
    """Where a reader styles ``text``, and the text it shows.

    Args:
        text: the report's text as read.
        outline: its section tree (offsets into ``text``).
        noise: spans of noise lines, shown muted.
        joined: spans of blank-line gaps inside a paragraph (a word broken across them,
            ``core.paragraphs.broken_word_gaps``), shown as nothing so the word reads whole.
    """
    sections = list(outline.walk())
    spans = [StyledSpan(start, end, Style.NOISE) for start, end in noise if end > start]
    for found in subscripts(text):
        spans.append(StyledSpan(found.start, found.body_start, Style.HIDDEN))
        spans.append(StyledSpan(found.body_start, found.body_end, Style.LOWERED))
        spans.append(StyledSpan(found.body_end, found.end, Style.HIDDEN))
    for section in sections:
        end = section.heading_end if section.heading_end > section.start else section.end
        style = HEADINGS.get(section.level, Style.HEADING_3)
        spans.append(StyledSpan(section.start, end, style))
    # After the headings, and in place of their format: its size must not give the hashes
    # back their width.
    markup = markdown_marks(text, outline)
    spans.extend(StyledSpan(start, end, Style.HIDDEN, replace=True) for start, end in markup.marks)
    spans.extend(StyledSpan(start, end, Style.BOLD) for start, end in markup.bold)
    shown = text_as_shown(text, joined)
    return ReadingStyles(
        shown,
        tuple(section.start for section in sections if section.level == 1),
        tuple(span for span in spans if span.end > span.start),
        blank_lines(shown),
    )


def blank_lines(text: str) -> tuple[int, ...]:
    """Where each line of ``text`` that holds nothing starts (the last one too, when the text
    ends with a line break)."""
    breaks = [match.start() for match in LINE_BREAKS.finditer(text)]
    starts = [0, *(at + 1 for at in breaks)]
    ends = [*breaks, len(text)]
    return tuple(start for start, end in zip(starts, ends, strict=True) if start == end)
