"""How wide a text is on screen in columns, where a Chinese character takes two, and how to cut
one to a width.

A Chinese character (East Asian Wide or Fullwidth: ``长``, ``（``, ``，``) takes two columns of a
terminal, and about twice a Latin letter's room in a proportional font; a combining mark takes
none. Counting characters would let a name of Latin letters be cut at half the room a Chinese
one gets.
"""

from __future__ import annotations

import unicodedata

ELLIPSIS = "…"


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: two for each East Asian Wide or Fullwidth
    character, none for a combining mark, one for any other."""
    width = 0
    for character in text:
        if unicodedata.combining(character):
            continue
        width += 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
    return width


def cut_to_width(text: str, width: int) -> str:
    """``text`` as it is if it takes at most ``width`` columns, else its start cut with ``…`` so
    that both take at most ``width`` (the ellipsis counted as one column)."""
    if display_width(text) <= width:
        return text
    room = width - display_width(ELLIPSIS)
    used = 0
    for index, character in enumerate(text):
        used += display_width(character)
        if used > room:
            return text[:index] + ELLIPSIS
    return text  # (not reached: the whole text is wider than ``width``)


WORD_JOINER = "\u2060"


def kept_whole(text: str) -> str:
    """``text`` with a word joiner (U+2060) between its characters, which a line breaker never
    breaks at: a figure with its unit (``-3.4个百分点``) kept on one line where Chinese may
    otherwise break between any two characters. For text shown only, never copied or saved."""
    return WORD_JOINER.join(text)
