"""Figures a report states twice: the panels of an interpretation repeat its body
(``全市地区生产总值完成`` / ``**2593.4亿元**`` after ``全市地区生产总值完成2593.4亿元``).

A restatement gives the same value of the same indicator in nearly the same words; it is
listed once, where it is first stated, so that the numbers panel and the scorecard count it
once. Statements that only share a value (``办复率100%`` and ``国控断面水质优良率100%``), or the
words of one (``增长6.1%`` of two indicators), are different statements and all kept.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from core.numbers.statements import Measure, NumericStatement

# How alike the texts and the indicators of a restatement are (``发放各类补贴3.27亿元`` and
# ``发放消费品以旧换新各类补贴3.27亿元``: 0.8 and 0.67).
_SAME_TEXT = 0.75
_SAME_INDICATOR = 0.6
# A share of a whole may be written as a level: ``一般公共预算支出的77.7%`` and, in a panel,
# ``一般公共预算支出`` / ``77.7%`` / ``用于民生事业``.
_LEVEL_OR_SHARE = frozenset([Measure.LEVEL, Measure.SHARE])


def _alike(first: str, second: str) -> float:
    return SequenceMatcher(None, first, second, autojunk=False).ratio()


def restates(later: NumericStatement, earlier: NumericStatement) -> bool:
    """Whether ``later`` states again what ``earlier`` states.

    Args:
        later: a statement after ``earlier`` in the text.
        earlier: a statement before it.
    """
    if later.start < earlier.end:
        return False  # figures of one list (``分别达到50万亩、50万亩``) are each their own
    same_measure = later.measure is earlier.measure or {later.measure, earlier.measure} <= (
        _LEVEL_OR_SHARE
    )
    return (
        same_measure
        and later.canonical == earlier.canonical
        and later.qualifier == earlier.qualifier
        and later.year == earlier.year
        and (
            later.indicator == earlier.indicator
            or _alike(later.indicator, earlier.indicator) >= _SAME_INDICATOR
        )
        and _alike(later.text, earlier.text) >= _SAME_TEXT
    )


def without_restatements(statements: list[NumericStatement]) -> list[NumericStatement]:
    """The statements in text order, each restatement left out (the first stays).

    Args:
        statements: a report's statements, in text order.
    """
    kept: list[NumericStatement] = []
    by_value: dict[tuple[object, ...], list[NumericStatement]] = {}
    for statement in statements:
        key = (statement.kind, statement.value, statement.value_max, statement.unit)
        same_value = by_value.setdefault(key, [])
        if statement.value is not None and any(restates(statement, s) for s in same_value):
            continue
        same_value.append(statement)
        kept.append(statement)
    return kept
