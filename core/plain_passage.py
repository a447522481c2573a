"""A passage as the reader shows it, in plain text: for quotes, lists and search snippets.

The reader draws a word that extraction broke across lines whole, Markdown marks (``####``,
``**``) as nothing, and a ``PM_{2.5}`` subscript lowered without its markup. In plain text the
same passage reads with those characters left out (``地区生产总值``, ``2.6%``, ``PM2.5``); the
report's text, which offsets and anchors count, keeps them all.
"""

from __future__ import annotations

import re

from core.markup import stretch_marks
from core.text import hidden_spans

# From a point to the end of its line, past any blank lines, to the end of the next line: a
# break is judged with the lines on both of its sides whole.
_TO_NEXT_LINE_END = re.compile(r"[^\n]*(?:\n[ \t\u3000]*)*[^\n]*")


def plain_passage(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as the reader shows it, in plain text: broken words whole, Markdown
    marks and subscript markup left out, every other character and line break kept.

    Args:
        text: the report's text as read, or a stretch of it around the passage (an
            annotation's prefix, quote and suffix): the lines the passage starts and ends
            in are judged as far as ``text`` holds them.
        start: where the passage starts in ``text``.
        end: where it ends.
    """
    if start >= end:
        return ""
    low = text.rfind("\n", 0, start) + 1
    high = _TO_NEXT_LINE_END.match(text, end)
    window = text[low : high.end() if high else len(text)]
    markup = stretch_marks(window, 0, len(window))
    hidden = sorted([*hidden_spans(window), *markup.marks])
    pieces: list[str] = []
    cursor = start - low
    stop = end - low
    for hidden_start, hidden_end in hidden:
        if hidden_start >= stop:
            break
        if hidden_end <= cursor:
            continue
        pieces.append(window[cursor : max(cursor, hidden_start)])
        cursor = min(max(cursor, hidden_end), stop)
    pieces.append(window[cursor:stop])
    return "".join(pieces)
