"""Filling a translated message's numbered placeholders (``%1``, ``%2``…) in one pass.

Messages go through ``tr`` with ``%1``-style placeholders, as Qt Linguist expects, but PySide6
has no ``QString.arg``. Filling them one after another with ``str.replace`` fills a placeholder
inside a value put in before (a file named ``报告%2.txt``): here each placeholder of the message
itself is filled once, and what the values hold is never read again.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill_placeholders(message: str, *values: object) -> str:
    """``message`` with ``%1`` as ``str(values[0])``, ``%2`` as ``str(values[1])``, and so on.

    A placeholder with no value (``%3`` of two values) and a ``%`` not followed by a number are
    left as written.
    """

    def value_of(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_of, message)
