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
