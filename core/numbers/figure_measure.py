"""What a figure measures and how it is qualified, from the words just before it: ``增长``
is growth, ``控制在`` a cap, ``不少于``/``突破``/``超过`` a floor (``以上``), ``力争`` an aim."""

from __future__ import annotations

import re

from core.numbers.statements import Measure
from core.numbers.values import Figure

DECLINE_VERBS = frozenset(["下降", "降低", "减少", "压减", "压降", "压缩"])
GROWTH_VERBS = frozenset(["增长", "增加", "提高", "提升", "上涨", "上升", "增", "净增", "扩大"])
# Verbs that make the figure after them a floor: ``不少于5万人`` is ``5万人以上``.
AT_LEAST_VERBS = frozenset(["不低于", "不少于", "突破", "超过", "超"])
# One of them just before a figure (a digit or a numeral), as a statement's text writes it; the
# 超 of ``赶超`` is a verb of its own.
_FLOOR_BEFORE_FIGURE = re.compile(
    r"(?<!赶)(不低于|不少于|突破|超过|超)(?=[\d一二两三四五六七八九十百千万亿])"
)


def measure_of(verb: str, phrase: str, figure: Figure) -> Measure:
    """What a figure measures, from the verb before it and the words before that.

    Args:
        verb: the verb before the figure (``增长``, ``控制在``), or empty.
        phrase: the indicator words before the verb (``占``, ``比重`` make a share).
        figure: the figure (``以内``/``以下`` after it make a cap).
    """
    if verb == "控制在" or verb == "不超过" or figure.qualifier in ("以内", "以下"):
        return Measure.CAP
    if verb in DECLINE_VERBS:
        return Measure.DECLINE
    if "占" in verb or re.search(r"占|比重|占比|比例", phrase):
        return Measure.SHARE
    if verb in GROWTH_VERBS:
        return Measure.GROWTH
    return Measure.LEVEL


def leading_qualifier(lead: str, verb: str, mod: str, phrase: str) -> str | None:
    """The qualifier the words before a figure give it (``控制在``, ``力争``), or None.

    Args:
        lead: the words before the verb (``力争``, ``比上年``).
        verb: the verb before the figure, or empty.
        mod: the words between the verb and the figure (``超`` in ``增长超5%``).
        phrase: the words before the lead.
    """
    if verb == "控制在":
        return "控制在"
    if verb == "高于":
        return "高于"
    # ``不少于5万人``, ``突破1000亿元``, ``超过3000万人次``: a floor, as ``5万人以上``; ``赶超``
    # is a verb of its own (to catch up with), and ``超长期``'s 超 does not stand before the figure.
    if verb in AT_LEAST_VERBS:
        return "以上"
    if "超" in mod:
        return "以上"
    if verb == "不超过":
        return "以内"
    if "力争" in lead or "力争" in phrase:
        return "力争"
    return None


def floor_written_before(text: str) -> str | None:
    """The words a statement's text writes its floor with before the figure (``突破`` in
    ``固定资产投资突破1000亿元``), so a reader sees them rather than ``1000亿元以上``.

    Args:
        text: the statement's text as read.

    Returns:
        The last floor verb before a figure, or None when there is none or the text also writes
        ``以上`` after it (then ``以上`` is the report's own word).
    """
    found = list(_FLOOR_BEFORE_FIGURE.finditer(text))
    if not found or "以上" in text[found[-1].end() :]:
        return None
    return found[-1].group(1)
