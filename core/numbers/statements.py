"""The numeric statement record: one figure (or one target without a figure) of a report."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class StatementKind(StrEnum):
    """What a figure is in its report."""

    TARGET = "target"  # the year's main expected targets (主要预期目标)
    PLAN_TARGET = "plan_target"  # five-year or multi-year goals (十五五, 到2030年)
    COMMITMENT = "commitment"  # other figures of this year's plan
    RESULT = "result"  # figures of the review part or of an interpretation
    OTHER = "other"


class Measure(StrEnum):
    """What a figure measures."""

    GROWTH = "growth"  # 增长, 提高
    LEVEL = "level"  # 达到, 完成, a count
    SHARE = "share"  # 占比, 比重, 七成
    DECLINE = "decline"  # 下降, 降低
    CAP = "cap"  # 控制在, 以内


@dataclass(frozen=True)
class NumericStatement:
    """A figure of a report and what it is about.

    Attributes:
        kind: target, plan target, commitment, result or other.
        indicator: the indicator as written (normalised: ``GDP``, ``城镇新增就业``).
        canonical: the canonical indicator key (``gdp``), or None when it is not in the table.
        measure: growth, level, share, decline or cap.
        text: the phrase as read (``GDP增长6%左右``).
        value: the number in ``unit``; None for a target without a number or an unreadable one.
        value_max: the upper end of a range (``4.5%—5%``), else None.
        unit: ``%``, ``个百分点``, ``亿元``, ``万人``…; empty when there is no figure.
        qualifier: ``左右``, ``以上``, ``以内``, ``以下``, ``控制在``, ``力争``, ``高于``, ``同步``…
        year: the year the figure refers to, or None when the text does not say.
        section: titles of the sections holding it, outermost first.
        start, end: the phrase's half-open span in the text as read.
    """

    kind: StatementKind
    indicator: str
    canonical: str | None
    measure: Measure
    text: str
    value: float | None
    value_max: float | None
    unit: str
    qualifier: str | None
    year: int | None
    section: tuple[str, ...]
    start: int
    end: int

    def as_json(self) -> dict[str, object]:
        """The statement as a JSON object (the ``reportlens targets --json`` shape)."""
        return {
            "kind": str(self.kind),
            "indicator": self.indicator,
            "canonical": self.canonical,
            "measure": str(self.measure),
            "text": self.text,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "year": self.year,
            "section": list(self.section),
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NumericStatement:
        """The statement from its ``as_json`` object (how the library stores them)."""
        return cls(
            kind=StatementKind(data["kind"]),
            indicator=data["indicator"],
            canonical=data["canonical"],
            measure=Measure(data["measure"]),
            text=data["text"],
            value=data["value"],
            value_max=data["value_max"],
            unit=data["unit"],
            qualifier=data["qualifier"],
            year=data["year"],
            section=tuple(data["section"]),
            start=data["start"],
            end=data["end"],
        )
