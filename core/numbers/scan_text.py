"""The copy of a text figures are read from: normalised, bold marks dropped, broken lines joined.

Interpretations lay a figure out over several lines (``增长  \n**2.6%**``) and newspapers break
words across blank lines (``目标是:地\n\n区生产总值``); both are read as one phrase, though no
phrase runs on from a line that reads as a title (``core.title_line``). Every character keeps
its offset in the text as read.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from core.line_space import LINE_SPACE, LINE_SPACE_RUN
from core.text import (
    CLOSES_SENTENCE,
    break_beside_noise,
    line_stands_alone,
    normalise,
    sentence_closes_within,
)
from core.title_line import is_salutation_line, reads_as_title

_BREAK = re.compile(f"{LINE_SPACE_RUN}\n(?:{LINE_SPACE_RUN}\n)*{LINE_SPACE_RUN}")
_HEADING_START = re.compile(
    r"\**(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|——|#|●|\d+[、.](?!\d))"
)
# A line this long that stops mid-word before a blank line was broken by extraction.
_MIN_BROKEN_LINE = 12


@dataclass(frozen=True)
class ScanText:
    """The scanning copy and, for each of its characters, the offset in the text as read."""

    text: str
    origin: array  # type: ignore[type-arg]  # origin[i]: original index of text[i]; +1 sentinel

    def to_original(self, offset: int) -> int:
        """The original offset of the copy's ``offset`` (clamped into the text)."""
        return int(self.origin[max(0, min(offset, len(self.text)))])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original half-open span covering the copy's ``[start, end)``."""
        if end <= start:
            point = self.to_original(start)
            return point, point
        return self.to_original(start), int(self.origin[max(0, min(end, len(self.text)) - 1)]) + 1


def _is_wordlike(ch: str) -> bool:
    return ch.isdigit() or ch == "%" or "\u3400" <= ch <= "\u9fff"


def _joins(text: str) -> list[tuple[int, int]]:
    """Line breaks inside a phrase: spans to drop from the copy."""
    joins: list[tuple[int, int]] = []
    for match in _BREAK.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()].strip("* \t")
        rest = text[match.end() : match.end() + 8].lstrip("*")
        if not line or not rest or line[-1] in CLOSES_SENTENCE or not _is_wordlike(line[-1]):
            continue
        if not _is_wordlike(rest[0]) or _HEADING_START.match(rest):
            continue
        if (_HEADING_START.match(line) and not sentence_closes_within(line)) or line.isdigit():
            continue
        blank_lines = match.group().count("\n") > 1
        if blank_lines and (len(line) < _MIN_BROKEN_LINE or not "\u3400" <= line[-1] <= "\u9fff"):
            continue
        # Last, being the dearest: no phrase runs into or out of the credits or a page number,
        # nor out of a title line (长治市2024年政府工作报告 / 各位代表：), nor into a salutation.
        if break_beside_noise(text, match.start(), match.end()):
            continue
        if _title_before(text, line_start, match, joins):
            continue
        joins.append((match.start(), match.end()))
    return joins


def _title_before(
    text: str, line_start: int, match: re.Match[str], joins: list[tuple[int, int]]
) -> bool:
    """Whether the line before the break ``match`` stands alone and reads as a title, or the
    line after it is a salutation (``各位代表：``), so no phrase runs on across it."""
    line_end = text.find("\n", match.end())
    following = text[match.end() : len(text) if line_end < 0 else line_end].lstrip("*")
    if is_salutation_line(following.rstrip("*")):
        return True
    line = text[line_start : match.start()].strip("*" + LINE_SPACE)
    return reads_as_title(line, following) and line_stands_alone(text, line_start, joins)


def scan_text(text: str) -> ScanText:
    """The scanning copy of ``text``.

    Args:
        text: the text as read.
    """
    normalised = normalise(text)
    source = normalised.text
    drops = _joins(source)
    drops.extend((m.start(), m.end()) for m in re.finditer(r"\*\*", source))
    drops.sort()
    pieces: list[str] = []
    origin = array("l")
    position = 0
    for start, end in drops:
        if start < position:
            start = position
        if start >= end:
            continue
        pieces.append(source[position:start])
        origin.extend(normalised.origin[position:start])
        position = end
    pieces.append(source[position:])
    origin.extend(normalised.origin[position : len(source)])
    origin.append(len(text))
    return ScanText("".join(pieces), origin)
