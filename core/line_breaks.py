"""What a single line break means in a text: a paragraph break, or a wrap inside a paragraph.

Two kinds of plain text reach the reader. A report saved as text from Word or WPS, or copied
from a web page, has one paragraph per line, often with no blank line between them; text
extracted from a PDF (pdftotext) or a newspaper page wraps each paragraph over lines of one
width. Each text is judged as a whole, from its single line breaks that no heading, noise or
hard break already settles (a *judged* break):

* it has **one paragraph per line** when at least ``_MIN_JUDGED_BREAKS`` (3) breaks are judged
  and at least ``_PARAGRAPH_LINES_MIN_SHARE`` (60%) of them follow a line that closes a
  sentence. Measured on the samples written one paragraph per line (blank lines removed, with
  or without ``　　`` indentation): 88–100% (the newspaper editions have words broken across
  lines, which pull them below 100%); on the same samples wrapped without blank lines at 20,
  30, 38, 50 and 80 characters: 7–28% (the wider the lines, the more of them end a paragraph),
  and 1–3% with blank lines between the wrapped paragraphs. Markdown or laid-out text (see
  ``core.paragraphs``) is never read this way: its hard breaks say where statements end.
* otherwise its single line breaks are **wraps**, joined into paragraphs, except where a line
  shows that a paragraph ends or starts: a line that closes a sentence and is shorter than the
  text's wrap width (the length most of its wrapped lines share, when at least
  ``_MIN_WRAPPED_LINES`` (5) lines do not close a sentence and a third of them are that long);
  a line indented by two characters or more beyond the text's usual indentation (``　　``
  opening a paragraph) after a line that closes a sentence; a salutation line
  (``各位代表：``) and a line standing alone that reads as a title (``core.title_line``); a
  heading line, a whole-line noise line, a hard break after a sentence. On the samples wrapped
  at 38 characters without blank lines, this finds every paragraph but the one or two whose
  last line happens to fill the width (nothing shows that they end there): those read on
  into the next paragraph, unless the next opens indented.

A heading line that runs on mid-sentence past its title (``（一）坚持抓项目…。突出项目“第一支``)
is a wrapped line like any other. What is joined is left to ``core.paragraphs``, which keeps
joins where ``core.text.normalise`` would join a word broken across the break.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from core.line_space import LINE_SPACE
from core.noise import PAGE_JUMP, PAGE_JUMP_MARKER, line_noise_kind
from core.text import CLOSES_SENTENCE, sentence_closes_within
from core.title_line import HEADING_LINE, is_salutation_line, reads_as_title

# A hard break (two trailing spaces) ends a paragraph after one of these.
_HARD_SENTENCE_END = frozenset("。！？!?；;")
_MIN_JUDGED_BREAKS = 3
_PARAGRAPH_LINES_MIN_SHARE = 0.6
_MIN_WRAPPED_LINES = 5
_WRAP_WIDTH_MIN_SHARE = 1 / 3
# A line opening a paragraph is indented this much beyond the text's usual indentation.
_PARAGRAPH_INDENT = 2


@dataclass(frozen=True)
class LineBreaks:
    """How one text's single line breaks read.

    Attributes:
        lines_are_paragraphs: every line is a paragraph (unless a word is broken across it).
        wrap_width: in wrapped text, the length of a full wrapped line, or None when the text
            has too few wrapped lines, or lines of too many lengths, to tell one.
        usual_indent: the indentation most lines open with, in characters.
        noise_lines: for each non-blank line, whether it is noise as a whole.
    """

    lines_are_paragraphs: bool
    wrap_width: int | None
    usual_indent: int
    noise_lines: tuple[bool, ...]


def _closes_sentence(line: str) -> bool:
    """Whether ``line`` ends with punctuation that closes a sentence (bold marks aside)."""
    body = line.rstrip(LINE_SPACE).rstrip("*")
    return bool(body) and body[-1] in CLOSES_SENTENCE


def _is_noise_line(line: str) -> bool:
    """True for a line that is noise as a whole (a marker opening body text is not)."""
    kind = line_noise_kind(line)
    if kind == PAGE_JUMP:
        return PAGE_JUMP_MARKER.fullmatch(line.strip()) is not None
    return kind is not None


def _ends_hard_sentence(line: str) -> bool:
    """True for a line ending a sentence with a Markdown hard break (two trailing spaces)."""
    if not line.endswith("  "):
        return False
    body = line.rstrip().rstrip("*")
    return bool(body) and body[-1] in _HARD_SENTENCE_END


def _settled(before: str, after: str) -> bool:
    """Whether a single break between two lines (neither of them noise) is a paragraph break
    whatever the text: beside a heading line, or a hard break after a sentence."""
    return _ends_hard_sentence(before) or bool(
        HEADING_LINE.match(before) or HEADING_LINE.match(after)
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(LINE_SPACE))


def _length(line: str) -> int:
    return len(line.rstrip(LINE_SPACE))


def read_line_breaks(text: str, lines: list[tuple[int, int]], laid_out: bool) -> LineBreaks:
    """Judge how the single line breaks of ``text`` read.

    Args:
        text: the text as read.
        lines: ``(start, end)`` of every non-blank line, in order, without its line break.
        laid_out: the text is Markdown or laid out (``#`` headings, hard breaks).
    """
    noise = tuple(_is_noise_line(text[start:end]) for start, end in lines)
    judged = closing = 0
    wrapped_lengths: Counter[int] = Counter()
    for index, ((start, end), (next_start, next_end)) in enumerate(itertools.pairwise(lines)):
        if text.count("\n", end, next_start) > 1 or noise[index] or noise[index + 1]:
            continue
        before = text[start:end]
        if _settled(before, text[next_start:next_end]):
            continue
        judged += 1
        if _closes_sentence(before):
            closing += 1
        else:
            wrapped_lengths[_length(before)] += 1
    indents = Counter(_indent(text[start:end]) for start, end in lines)
    usual_indent = indents.most_common(1)[0][0] if indents else 0
    lines_are_paragraphs = (
        not laid_out
        and judged >= _MIN_JUDGED_BREAKS
        and closing >= judged * _PARAGRAPH_LINES_MIN_SHARE
    )
    wrap_width = None
    wrapped = wrapped_lengths.total()
    if wrapped >= _MIN_WRAPPED_LINES:
        width, count = wrapped_lengths.most_common(1)[0]
        if count >= wrapped * _WRAP_WIDTH_MIN_SHARE:
            wrap_width = width
    return LineBreaks(lines_are_paragraphs, wrap_width, usual_indent, noise)


def wrap_ends_paragraph(
    breaks: LineBreaks, line: int, before: str, after: str, before_alone: bool
) -> bool:
    """Whether a single line break in wrapped text ends a paragraph after all.

    Args:
        breaks: how the text's line breaks read.
        line: the number of the line after the break, among the text's non-blank lines.
        before: the line before the break.
        after: the line after it.
        before_alone: whether ``before`` is a paragraph of its own so far.
    """
    if breaks.noise_lines[line - 1] or breaks.noise_lines[line] or _ends_hard_sentence(before):
        return True
    if HEADING_LINE.match(after):
        return True
    if HEADING_LINE.match(before) and not sentence_closes_within(before):
        return True
    if is_salutation_line(before) or is_salutation_line(after):
        return True
    if before_alone and reads_as_title(before, after):
        return True
    if not _closes_sentence(before):
        return False
    if breaks.wrap_width is not None:
        if _length(before) < breaks.wrap_width:
            return True
    elif HEADING_LINE.match(before):
        # A heading with its area's text run in after it, in a text of no telling width.
        return True
    return _indent(after) >= breaks.usual_indent + _PARAGRAPH_INDENT
