"""The CJK radicals and strokes that look like an ideograph, and that ideograph (⻓ → 长).

Unicode's Equivalent_Unified_Ideograph property, read from
``resources/unicode/EquivalentUnifiedIdeograph.txt`` (the Unicode Character Database's file
of that name, version 14.0.0 as Python's ``unicodedata``, kept as published). It covers the CJK
Radicals Supplement (U+2E80–U+2EFF, which NFKC leaves alone but for two), the Kangxi Radicals
(U+2F00–U+2FD5, which NFKC also maps) and the CJK Strokes (U+31C0–U+31EF). A font may draw a
radical and its ideograph with one glyph, and text taken back from that glyph then reads as
the radical.
"""

from __future__ import annotations

import re
from functools import cache

from core.resources import read_resource_text

TABLE_FILE = ("unicode", "EquivalentUnifiedIdeograph.txt")
# ``2E8C..2E8D ; 5C0F  # [2] CJK RADICAL SMALL ONE..``: a code point or range, the ideograph.
_LINE = re.compile(r"^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})\s*(?:#|$)")


def parse_equivalent_ideographs(text: str) -> dict[str, str]:
    """Each character the lines of ``text`` (the data file's form) map, and its ideograph.

    Raises:
        ValueError: a line that is neither a comment, blank nor a mapping.
    """
    table: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            raise ValueError(f"line {number} is not a mapping: {line!r}")
        first, last, ideograph = match.groups()
        for code in range(int(first, 16), int(last or first, 16) + 1):
            table[chr(code)] = chr(int(ideograph, 16))
    return table


@cache
def equivalent_ideographs() -> dict[str, str]:
    """Each radical or stroke that has an equivalent ideograph, and that ideograph (read once;
    the result is shared: do not change it)."""
    return parse_equivalent_ideographs(read_resource_text(*TABLE_FILE))
