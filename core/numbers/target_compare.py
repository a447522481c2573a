"""Two reports' main targets side by side, by canonical indicator, with what changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from core.compare.diff_tokens import fold_key
from core.numbers.figure_measure import floor_written_before
from core.numbers.indicators import indicator_table
from core.numbers.statements import NumericStatement, StatementKind
from core.numbers.values import format_value


class TargetChangeKind(StrEnum):
    """How an indicator's target differs between two reports."""

    SAME = "same"
    CHANGED = "changed"
    REWORDED = "reworded"  # the same figure and qualifier, or none, in other words
    ADDED = "added"  # only in the second report
    REMOVED = "removed"  # only in the first report
    UNSTATED = "unstated"  # the other report states no main targets at all (an interpretation)


@dataclass(frozen=True)
class TargetChange:
    """One indicator's target in two reports.

    Attributes:
        key: the canonical indicator, or the indicator as written when it has none.
        label: the indicator's Chinese name.
        before: the first report's target, or None.
        after: the second report's target, or None.
        change: same, changed, added or removed; reworded when the figure and its qualifier
            are the same, or there is none, but the target is written in other words
            (``不折不扣完成省下达任务`` → ``不折不扣完成省下达的目标任务``); unstated when the
            other report states no main targets at all (an interpretation, a text without its
            plan): nothing was dropped or added there.
        before_value: the first target as a reader writes it (``6%左右``), empty if none.
        after_value: the second (``6%以上``), empty if none.
    """

    key: str
    label: str
    before: NumericStatement | None
    after: NumericStatement | None
    change: TargetChangeKind
    before_value: str
    after_value: str

    def describe(self, none: str = "—", after_label: str = ": ") -> str:
        """``地区生产总值: 6%左右 → 6%以上``, in the reader's language: ``none`` in place of a
        target one report does not have (``地区生产总值: — → 6%以上``), ``after_label`` between
        the indicator and its targets (``地区生产总值：6%左右 → 6%以上`` in Chinese)."""
        return f"{self.label}{after_label}{self.movement(none)}"

    def movement(self, none: str = "—") -> str:
        """``6%左右 → 6%以上``: the two targets, ``none`` in place of one a report does not
        have (``— → 6%以上``)."""
        return f"{self.before_value or none} → {self.after_value or none}"


def in_time_order(left_year: int | None, right_year: int | None) -> bool:
    """Whether two reports' targets read as older and newer (a target new, or dropped): the
    left report's year known and before the right's. Two cities or two editions of one year,
    or a year unknown, read only as left and right (a target on one side only)."""
    return left_year is not None and right_year is not None and left_year < right_year


def target_value_text(statement: NumericStatement) -> str:
    """A target's figure as a reader writes it: ``6%左右``, ``控制在3%左右``, ``同步``; a floor
    in the report's own words (``不少于5万人``, ``突破1000亿元``, ``5万人以上``)."""
    if statement.value is None and statement.qualifier not in ("同步", "高于"):
        rest = statement.text.replace("\n", "")
        at = rest.find(statement.indicator)
        rest = rest[at + len(statement.indicator) :] if at >= 0 else rest
        return rest.strip() or statement.qualifier or "—"
    qualifier = statement.qualifier
    floor = floor_written_before(statement.text) if qualifier == "以上" else None
    text = format_value(statement.value, statement.value_max, statement.unit, floor or qualifier)
    if statement.measure == "cap" and statement.value is not None and not text.startswith("控制在"):
        text = "控制在" + text
    return text


def _signature(statement: NumericStatement) -> tuple[object, ...]:
    return (
        statement.measure,
        statement.value,
        statement.value_max,
        statement.unit,
        statement.qualifier,
    )


def _by_key(statements: Sequence[NumericStatement]) -> dict[str, NumericStatement]:
    keyed: dict[str, NumericStatement] = {}
    for statement in statements:
        if statement.kind is StatementKind.TARGET:
            keyed.setdefault(statement.canonical or statement.indicator, statement)
    return keyed


def compare_targets(
    a: Sequence[NumericStatement], b: Sequence[NumericStatement]
) -> list[TargetChange]:
    """The main targets of two reports, paired by canonical indicator.

    Args:
        a: the first report's statements (only targets are read).
        b: the second report's statements.

    Returns:
        One TargetChange per indicator: the first report's order, then indicators only the
        second report has. A target is the same only when it is written the same, but for
        punctuation width and spaces: the same figure in other words is reworded.
    """
    table = indicator_table()
    first, second = _by_key(a), _by_key(b)
    changes = []
    for key in [*first, *(k for k in second if k not in first)]:
        before, after = first.get(key), second.get(key)
        if not first or not second:
            change = TargetChangeKind.UNSTATED
        elif before is None:
            change = TargetChangeKind.ADDED
        elif after is None:
            change = TargetChangeKind.REMOVED
        elif _signature(before) != _signature(after):
            change = TargetChangeKind.CHANGED
        elif _same_words(target_value_text(before), target_value_text(after)):
            change = TargetChangeKind.SAME
        else:
            change = TargetChangeKind.REWORDED
        some = before or after
        assert some is not None
        label = table.label(key) if some.canonical else some.indicator
        changes.append(
            TargetChange(
                key,
                label,
                before,
                after,
                change,
                target_value_text(before) if before else "",
                target_value_text(after) if after else "",
            )
        )
    return changes


def _same_words(before: str, after: str) -> bool:
    """Whether two targets as written read the same, but for punctuation width and spaces
    (a comparison's rule: ``core.compare.diff_tokens.fold_key``)."""
    return fold_key(before) == fold_key(after)
