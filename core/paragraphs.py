"""Paragraphs of a report: blocks of lines between blank lines, by offsets into the text as read.

A blank line ends a paragraph. What a single line break means depends on the text, judged as a
whole by ``core.line_breaks``: in a text with one paragraph per line (saved as text from Word,
copied from a web page) it ends one too; in wrapped text (PDF or newspaper extraction) it is
a wrap inside a paragraph, unless a line shows otherwise. The refinements that keep paragraphs
the units a reader sees:

* in wrapped text, a line that closes a sentence and ends in a hard break (Markdown's two
  trailing spaces) ends its paragraph, so each statement of a laid-out graphic stands alone,
  while the fragments of one figure (``全市地区生产总值完成`` / ``**2593.4亿元**``) stay
  together; a heading line, a salutation line (``各位代表：``) and a whole-line noise line (page
  number, header, credits) are paragraphs of their own; a short line that closes a sentence,
  or a line indented like a paragraph's first, ends or opens one (see ``core.line_breaks``);
* a word broken by extraction across a paragraph break (``推动黄崖`` / ``洞文化旅游区``) does not
  split its paragraph: the gap is judged as ``core.text.normalise`` judges it, so a line
  that reads as the report's title (``长治市2024年政府工作报告``, ``市长 某某`` before
  ``各位代表：``, see ``core.title_line``) is never glued to what follows; a heading line or
  a noise line is never glued to its neighbour, and in Markdown or laid-out text (``#``
  headings, hard breaks) a blank line always ends a paragraph;
* a paragraph that holds nothing but noise is flagged ``is_noise``.

Offsets span the paragraph's content without its surrounding whitespace.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from core.line_breaks import read_line_breaks, wrap_ends_paragraph
from core.line_space import LINE_SPACE, LINE_SPACE_RUN
from core.model import Paragraph
from core.noise import noise_spans
from core.text import broken_line_joins, sentence_closes_within
from core.title_line import HEADING_LINE

_LINE = re.compile(r"[^\n]*")
# Whitespace holding a blank line: two line breaks, maybe with spaces around them.
_GAP = re.compile(LINE_SPACE_RUN + r"\n" + LINE_SPACE_RUN + r"\n\s*")
# How much of the line after a gap the broken-word test needs: its opening, and enough of a
# salutation (各位代表、各位委员：) to tell a title line before it.
_JOIN_WINDOW_AFTER = 40
# Markdown headings or hard breaks on this many lines mark a laid-out text.
_LAID_OUT_MIN_LINES = 3


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line, without its line break."""
    found = []
    for match in _LINE.finditer(text):
        line = match.group()
        if line.strip(LINE_SPACE):
            found.append((match.start(), match.end()))
    return found


def _word_broken_across(
    text: str, line_start: int, line_end: int, next_start: int, line_alone: bool
) -> bool:
    """Whether the gap between two lines splits a word, as ``normalise`` decides it.

    Args:
        text: the text as read.
        line_start: where the line before the gap opens.
        line_end: where that line's text ends (the gap opens).
        next_start: where the line after the gap opens.
        line_alone: whether the line before the gap is a paragraph of its own so far.
    """
    line = text[line_start:line_end].rstrip()
    # Cheap screens first: most lines end a sentence, and Markdown headings are never joined.
    if not line or line[-1] in "。！？；：!?;:」』”’）)】》…" or line.lstrip().startswith("#"):
        return False
    next_end = text.find("\n", next_start)
    window_end = min(len(text) if next_end < 0 else next_end, next_start + _JOIN_WINDOW_AFTER)
    joins = broken_line_joins(text[line_start:window_end], first_line_alone=line_alone)
    # The gap is joined when a join removes all of it.
    gap_start, gap_end = line_end - line_start, next_start - line_start
    return any(start <= gap_start and gap_end <= end for start, end in joins)


def _is_laid_out(text: str, lines: list[tuple[int, int]]) -> bool:
    """True for Markdown or laid-out text, where a blank line is always a paragraph break."""
    marked = 0
    for start, end in lines:
        if text.startswith("#", start) or text.endswith("  ", start, end):
            marked += 1
            if marked >= _LAID_OUT_MIN_LINES:
                return True
    return False


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into paragraphs.

    Args:
        text: the text as read.

    Returns:
        The paragraphs in text order, indexed from 0, with offsets into ``text`` covering
        each paragraph's content (no surrounding whitespace); noise-only paragraphs
        (page header, page-jump marker alone, page number, credits) have ``is_noise``.
    """
    lines = _lines(text)
    laid_out = _is_laid_out(text, lines)
    breaks = read_line_breaks(text, lines, laid_out)
    runs: list[tuple[int, int]] = []
    previous: tuple[int, int] | None = None
    for line, (start, end) in enumerate(lines):
        if previous is None:
            runs.append((start, end))
        else:
            before, after = text[previous[0] : previous[1]], text[start:end]
            before_alone = runs[-1][0] == previous[0]
            blank_between = text.count("\n", previous[1], start) > 1
            if blank_between or breaks.lines_are_paragraphs:
                # A paragraph break, unless extraction broke a word across it.
                joined = (
                    not laid_out
                    and not (HEADING_LINE.match(before) and not sentence_closes_within(before))
                    and not breaks.noise_lines[line - 1]
                    and not breaks.noise_lines[line]
                    and _word_broken_across(text, previous[0], previous[1], start, before_alone)
                )
            else:
                joined = not wrap_ends_paragraph(breaks, line, before, after, before_alone)
            if joined:
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((start, end))
        previous = (start, end)
    return _paragraphs(text, runs)


def _paragraphs(text: str, runs: list[tuple[int, int]]) -> list[Paragraph]:
    spans = noise_spans(text)
    span_starts = [s[0] for s in spans]
    paragraphs = []
    for index, (start, end) in enumerate(runs):
        content = text[start:end]
        start += len(content) - len(content.lstrip(LINE_SPACE))
        end -= len(content) - len(content.rstrip(LINE_SPACE))
        paragraphs.append(
            Paragraph(index, start, end, _only_noise(text, start, end, spans, span_starts))
        )
    return paragraphs


def _only_noise(
    text: str,
    start: int,
    end: int,
    spans: list[tuple[int, int, str]],
    span_starts: list[int],
) -> bool:
    """True when every non-blank character of ``text[start:end]`` lies in a noise span."""
    first = bisect.bisect_right(span_starts, start) - 1
    position = start
    for span_start, span_end, _kind in spans[max(first, 0) :]:
        if span_start >= end:
            break
        if span_end <= position:
            continue
        if text[position:span_start].strip():
            return False
        position = max(position, span_end)
    return not text[position:end].strip()


def broken_word_gaps(text: str, paragraphs: Iterable[Paragraph]) -> list[tuple[int, int]]:
    """The blank-line gaps inside paragraphs: a word broken across a blank line by extraction
    (``目标是:地`` / ``区生产总值``), which a reader shows joined. Each span runs from the end
    of one line's text to the start of the next."""
    gaps = []
    for paragraph in paragraphs:
        for match in _GAP.finditer(text, paragraph.start, paragraph.end):
            gaps.append((match.start(), match.end()))
    return gaps
