"""A passage as the reader shows it, in plain text: for quotes, lists, tables and snippets.

The reader draws a word that extraction broke across lines whole, Markdown marks (``####``,
``**``) as nothing, and a ``PM_{2.5}`` subscript lowered without its markup. In plain text the
same passage reads with those characters left out (``地区生产总值``, ``2.6%``, ``PM2.5``); the
report's text, which offsets and anchors count, keeps them all.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from core.markup import stretch_marks
from core.text import hidden_spans

# From a point to the end of its line, past any blank lines, to the end of the next line: a
# break is judged with the lines on both of its sides whole.
_TO_NEXT_LINE_END = re.compile(r"[^\n]*(?:\n[ \t\u3000]*)*[^\n]*")
# A line break with the blank space around it (blank lines too): one space on one line.
_BREAK_WITH_SPACE = re.compile(r"[ \t\u3000]*(?:\n[ \t\u3000]*)+")


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
    return plain_stretches(text, [start, end])[0]


def plain_stretches(text: str, cuts: Sequence[int]) -> list[str]:
    """The stretches of ``text`` between consecutive ``cuts`` (``[a, b, c]``: ``text[a:b]``
    and ``text[b:c]``), each as ``plain_passage`` reads it; a word broken across a cut's
    line break reads whole across the stretches (a search hit and its context, say).

    Args:
        text: the report's text as read.
        cuts: offsets into ``text``, in order.
    """
    if len(cuts) < 2 or cuts[0] >= cuts[-1]:
        return ["" for _ in cuts[1:]]
    low = text.rfind("\n", 0, cuts[0]) + 1
    high = _TO_NEXT_LINE_END.match(text, cuts[-1])
    window = text[low : high.end() if high else len(text)]
    markup = stretch_marks(window, 0, len(window))
    hidden: list[tuple[int, int]] = []
    for span in sorted([*hidden_spans(window), *markup.marks]):
        if hidden and span[0] <= hidden[-1][1]:  # overlapping spans hide as one
            hidden[-1] = (hidden[-1][0], max(hidden[-1][1], span[1]))
        else:
            hidden.append(span)
    return [_shown(window, hidden, a - low, b - low) for a, b in pairwise(cuts)]


def _shown(window: str, hidden: list[tuple[int, int]], start: int, stop: int) -> str:
    """``window[start:stop]`` without the characters of the ``hidden`` spans."""
    pieces: list[str] = []
    cursor = start
    first = max(0, bisect_left(hidden, (start, start)) - 1)
    for hidden_start, hidden_end in hidden[first:]:
        if hidden_start >= stop:
            break
        if hidden_end <= cursor:
            continue
        pieces.append(window[cursor : max(cursor, hidden_start)])
        cursor = min(max(cursor, hidden_end), stop)
    if cursor < stop:
        pieces.append(window[cursor:stop])
    return "".join(pieces)


def passage_on_one_line(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as ``plain_passage`` reads it, on one line: for a table's cell,
    where a line break cannot show. Each run of blank space holding a line break (a Markdown
    line's two trailing spaces and its break, say) reads as one space.

    Args:
        text: the report's text as read.
        start: where the passage starts in ``text``.
        end: where it ends.
    """
    return _one_line(plain_passage(text, start, end))


def plain_phrase(phrase: str) -> str:
    """A phrase cut from a report (a figure's words, ``NumericStatement.text``) as the reader
    shows it, on one line: ``PM_{2.5}浓度`` reads ``PM2.5浓度``, as ``passage_on_one_line``
    reads a passage of the whole text.

    Args:
        phrase: the phrase as read.
    """
    return _one_line(plain_passage(phrase, 0, len(phrase)))


def _one_line(shown: str) -> str:
    if "\n" not in shown:
        return shown
    return _BREAK_WITH_SPACE.sub(" ", shown).strip()
