"""Numbers inside a quoted name: ``持续推广“10种模式”和“6项机制”``.

A short passage in quotation marks names a slogan, a campaign or a set of measures
(``“6项机制”``, ``“人才新政20条”``, ``“3年500亿”``); the numbers in it are part of the name, not
figures of the city's. Quotation marks of any width count (``"…"``, ``“…”``, ``「…」``,
``『…』``, ``‘…’``); straight marks, which open and close alike, open when an even number of
them stands before in the sentence.
"""

from __future__ import annotations

import re

# The longest stretch of a name on either side of its number, so that a quoted sentence
# (a passage quoted whole) does not count as a name.
_NAME_SIDE = 20
_OPENING = "“「『‘"
_CLOSING = "”」』’"
_STRAIGHT = '"'
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def in_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a number with its unit) stands inside a short quoted
    passage (``“6项机制”``), with at most ``_NAME_SIDE`` characters of the name on either side.

    Args:
        text: the scanning copy of the text.
        start: where the number starts.
        end: where it ends (after its unit).
    """
    before = _within_sentence(text[max(0, start - _NAME_SIDE) : start], from_end=True)
    after = _within_sentence(text[end : end + _NAME_SIDE], from_end=False)
    opening = max(before.rfind(mark) for mark in _OPENING + _CLOSING + _STRAIGHT)
    if opening < 0:
        return False
    mark = before[opening]
    if mark in _CLOSING:
        return False  # the quoted name before has closed: ``较“十三五”增长84%``
    if mark == _STRAIGHT:
        sentence_start = _sentence_start(text, start)
        if text.count(_STRAIGHT, sentence_start, start) % 2 == 0:
            return False  # it closes a name before the number
        closing: str = _STRAIGHT
    else:
        closing = _CLOSING[_OPENING.index(mark)]
    close = after.find(closing)
    return close >= 0 and not any(m in after[:close] for m in _OPENING + _STRAIGHT)


def _within_sentence(piece: str, *, from_end: bool) -> str:
    """The part of ``piece`` in the sentence of the number it is next to."""
    ends = [m.start() for m in _SENTENCE_END.finditer(piece)]
    if not ends:
        return piece
    return piece[ends[-1] + 1 :] if from_end else piece[: ends[0]]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts."""
    return max(text.rfind(end, 0, at) for end in "。！？!?；;\n") + 1
