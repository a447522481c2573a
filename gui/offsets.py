"""Core offsets count code points; Qt counts UTF-16 units: the one place that converts."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # the characters taking two UTF-16 units


class OffsetMap:
    """Converts positions in one text between code points (core) and UTF-16 units (Qt).

    Only characters outside the Basic Multilingual Plane (such as 𠮷) take two UTF-16 units,
    so the map keeps their code-point positions and counts how many lie before a position.
    """

    def __init__(self, text: str) -> None:
        self.text = text  # the text (core's) whose positions are converted
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # UTF-16 position of each astral character's first unit.
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        """The UTF-16 position of code-point ``offset``."""
        return offset + bisect_left(self._astral, offset)

    def to_core(self, position: int) -> int:
        """The code-point offset of UTF-16 ``position`` (inside a surrogate pair: its start)."""
        # Each astral character whose first unit lies before ``position - 1`` (or at it: a
        # position between the two units of a pair) took one unit more than one code point.
        return position - bisect_right(self._astral_utf16, position - 1)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        """A half-open code-point span as a half-open UTF-16 span."""
        return self.to_qt(start), self.to_qt(end)

    def span_to_core(self, start: int, end: int) -> tuple[int, int]:
        """A half-open UTF-16 span as a half-open code-point span."""
        return self.to_core(start), self.to_core(end)


def utf16_length(text: str) -> int:
    """How many UTF-16 units ``text`` takes in Qt."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
