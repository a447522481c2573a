"""The level a change starts from: in ``达标率由34%提高到92%`` the 34% is where the rate stood
before, no figure of its own; the statement is the 92% it reached, read with its base.

A base stands after ``由`` or ``从`` (``由34%``, ``从“十三五”末的34%``) and before a verb of
reaching the next figure (``提高到``, ``增长至``, ``降至``, ``到``).
"""

from __future__ import annotations

import re

from core.numbers.values import Figure

# ``由``/``从`` just before the base, or before a time of it ending in 的 (``由2020年的``).
_FROM = re.compile(r"(?:由|从)(?:[^，,。；;、:：\d\s]{0,8}|20\d\d年(?:末|底)?)的?$")
# From the base's end to the next figure: a verb of change ending in 到/至, or 到/至 alone.
_TO = re.compile(
    r"\s*(?:(?:提高|提升|增长|增加|上升|上涨|扩大|下降|降低|减少|压减|压降|缩小|缩减)(?:到|至)"
    r"|增至|减至|降至|降到|升至|到|至)\s*"
)


def is_a_base(text: str, figure: Figure, following: Figure | None) -> bool:
    """Whether ``figure`` is the level the change to ``following`` starts from
    (``由34%提高到92%``), not a figure of its own.

    Args:
        text: the scanning copy of a report.
        figure: a figure found in it.
        following: the next figure of its clause, or None when it is the last.
    """
    if following is None or not _TO.fullmatch(text, figure.end, following.start):
        return False
    return _FROM.search(text, max(0, figure.start - 12), figure.start) is not None


def base_words_start(text: str, base: Figure) -> int:
    """Where the words giving a base begin (the ``由`` of ``由34%``), so that the indicator
    read before the figure the change reaches ends there.

    Args:
        text: the scanning copy of a report.
        base: a figure ``is_a_base`` accepted.
    """
    words = _FROM.search(text, max(0, base.start - 12), base.start)
    assert words is not None  # a base has them
    return words.start()
