"""A regular-expression class of many single characters, written as ranges.

``re`` tests a character against a class of single characters one member at a time, so a class
of a few thousand (GB2312's common characters, every character NFKC folds to several) makes
each search slow; the same class written as ranges of consecutive code points is fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def character_class(chars: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any one of ``chars`` (a pattern matching nothing when empty).

    Args:
        chars: single characters, in any order, repeats allowed.
    """
    ranges: list[tuple[int, int]] = []
    for code in sorted({ord(ch) for ch in chars}):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    parts = (
        re.escape(chr(low)) + ("" if low == high else "-" + re.escape(chr(high)))
        for low, high in ranges
    )
    return re.compile(f"[{''.join(parts)}]" if ranges else r"(?!)")
