"""The target-versus-outcome scorecard: what a region aimed for in a year, and what it reported.

The targets of year Y stand in the report delivered in Y; the results for Y in the review
part of the report delivered in Y+1, or in an interpretation of it. Each target is paired
with the result of the same canonical indicator and judged: met, missed (by how much, with a
near miss flagged), not reported, or not comparable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from core.model import ReportId, ReportKind, ReportMeta
from core.numbers.indicators import indicator_table
from core.numbers.statements import Measure, NumericStatement, StatementKind

# A shortfall this small (percentage points) on an ``about`` target is a near miss.
NEAR_POINTS = 0.5
# The same for targets that are not percentages: a share of the target.
NEAR_SHARE = 0.05
# ``基本同步``: income growth this far below GDP growth still counts as keeping pace.
SYNC_POINTS = 0.5
_ABOUT = ("左右", "上下")
_AT_MOST = ("以内", "以下")
_REFERENCE = "gdp"

POINTS = "个百分点"
"""The unit of a gap between two percentages (percentage points), as a ``ScoreLine`` holds it."""


def is_scored(kind: str, canonical: str | None) -> bool:
    """Whether a scorecard reads a statement of ``kind`` (a ``StatementKind`` value) about
    ``canonical`` (its indicator's canonical name, None for none known): a year's targets,
    and the results the next year reports for a known indicator."""
    return kind == StatementKind.TARGET or (kind == StatementKind.RESULT and canonical is not None)


class Verdict(StrEnum):
    """How a target fared."""

    MET = "met"
    MISSED = "missed"
    NOT_REPORTED = "not_reported"
    AWAITING = "awaiting"  # no report of the next year in the library yet
    NOT_COMPARABLE = "not_comparable"


@dataclass(frozen=True)
class ReportNumbers:
    """A report's metadata and numeric statements: what a scorecard is built from."""

    meta: ReportMeta
    statements: tuple[NumericStatement, ...]
    report_id: ReportId | None = None


@dataclass(frozen=True)
class ScoreLine:
    """One target and its outcome.

    Attributes:
        key: the canonical indicator, or the indicator as written when it has none.
        label: the indicator's Chinese name.
        target: the target statement.
        result: the result it was judged against, or None.
        reference: for a target relative to growth (``与经济增长同步``), the GDP growth result.
        verdict: met, missed, not reported, not comparable, or awaiting the next year's
            report.
        near: a miss within a small margin of the target.
        gap: result minus target (for a relative target: minus GDP growth), in ``gap_unit``.
        gap_unit: ``个百分点`` for percentages, else the target's unit.
    """

    key: str
    label: str
    target: NumericStatement
    result: NumericStatement | None
    reference: NumericStatement | None
    verdict: Verdict
    near: bool
    gap: float | None
    gap_unit: str


@dataclass(frozen=True)
class ScorecardYear:
    """The targets of one year and how each fared."""

    year: int
    target_report: str
    result_reports: tuple[str, ...]
    lines: tuple[ScoreLine, ...]


@dataclass(frozen=True)
class Scorecard:
    """A region's scorecard, one entry per year with targets, oldest first."""

    years: tuple[ScorecardYear, ...]


def _comparable(target: NumericStatement, result: NumericStatement) -> bool:
    if target.value is None:
        return result.unit == "%" and result.measure is Measure.GROWTH
    if target.unit != result.unit or result.value is None:
        return False
    if target.measure is Measure.CAP or result.measure is Measure.CAP:
        return result.measure in (Measure.GROWTH, Measure.LEVEL, Measure.CAP)
    return target.measure is result.measure


def _pick(
    target: NumericStatement, results: Sequence[NumericStatement]
) -> tuple[NumericStatement | None, bool]:
    """The result to judge ``target`` by, and whether any result of its indicator was found."""
    same = [r for r in results if r.canonical == target.canonical]
    return next((r for r in same if _comparable(target, r)), None), bool(same)


def _gap_unit(unit: str) -> str:
    return POINTS if unit in ("%", POINTS) else unit


def _near(target: NumericStatement, shortfall: float) -> bool:
    if target.value is None or target.qualifier not in _ABOUT:
        return False
    limit = NEAR_POINTS if target.unit in ("%", POINTS) else abs(target.value) * NEAR_SHARE
    return 0 < shortfall <= limit + 1e-9


def judge(
    target: NumericStatement,
    result: NumericStatement | None,
    reference: NumericStatement | None,
    *,
    ceiling: bool = False,
) -> tuple[Verdict, bool, float | None]:
    """The verdict on one target: (verdict, near miss, gap).

    Args:
        target: the target statement.
        result: a comparable result of the same indicator and year, or None.
        reference: GDP growth of that year, for a target relative to growth.
        ceiling: the indicator is one where lower is better (CPI, unemployment), so its
            target is met by a result at or below it.
    """
    if result is None or result.value is None:
        return Verdict.NOT_REPORTED, False, None
    achieved = result.value
    if target.value is None:
        if target.qualifier not in ("同步", "高于") or reference is None or reference.value is None:
            return Verdict.NOT_COMPARABLE, False, None
        gap = round(achieved - reference.value, 4)
        met = gap >= -SYNC_POINTS if target.qualifier == "同步" else gap > 0
        return (Verdict.MET if met else Verdict.MISSED), False, gap
    aim = target.value
    if ceiling or target.measure is Measure.CAP or target.qualifier in _AT_MOST:
        limit = target.value_max if target.value_max is not None else aim
        gap = round(achieved - limit, 4)
        if gap <= 0:
            return Verdict.MET, False, gap
        return Verdict.MISSED, _near(target, gap), gap
    gap = round(achieved - aim, 4)
    if gap >= 0:
        return Verdict.MET, False, gap
    return Verdict.MISSED, _near(target, -gap), gap


def _target_source(reports: Sequence[ReportNumbers], year: int) -> ReportNumbers | None:
    candidates = [
        r
        for r in reports
        if r.meta.year == year and r.meta.kind in (ReportKind.REPORT, ReportKind.NEWSPAPER)
    ]
    if not candidates:
        return None

    def weight(report: ReportNumbers) -> tuple[int, int]:
        targets = sum(1 for s in report.statements if s.kind is StatementKind.TARGET)
        return (-targets, report.meta.kind.rank)

    return min(candidates, key=weight)


def build_scorecard(reports: Sequence[ReportNumbers]) -> Scorecard:
    """The scorecard of one region's reports.

    Args:
        reports: the region's reports (any order, any kinds) with their statements, as
            returned by ``extract_numbers``; two editions of one year's report are allowed
            (the one with more targets, the full text first, supplies the targets).

    Returns:
        One ScorecardYear for each year whose report has targets, oldest first.
    """
    table = indicator_table()
    years = sorted({r.meta.year for r in reports if r.meta.year is not None})
    out: list[ScorecardYear] = []
    for year in years:
        source = _target_source(reports, year)
        if source is None:
            continue
        targets = [s for s in source.statements if s.kind is StatementKind.TARGET]
        if not targets:
            continue
        later = sorted(
            (
                r
                for r in reports
                if r.meta.year == year + 1 and r.meta.kind is not ReportKind.NOT_A_REPORT
            ),
            key=lambda r: r.meta.kind.rank,
        )
        results = [
            s
            for r in later
            for s in r.statements
            if s.kind is StatementKind.RESULT and s.year == year and s.canonical is not None
        ]
        gdp_growth = next(
            (
                r
                for r in results
                if r.canonical == _REFERENCE and r.measure is Measure.GROWTH and r.unit == "%"
            ),
            None,
        )
        lines = []
        for target in targets:
            key = target.canonical or target.indicator
            label = table.label(target.canonical) if target.canonical else target.indicator
            result, seen = _pick(target, results) if target.canonical else (None, False)
            reference = gdp_growth if target.value is None else None
            indicator = table.get(target.canonical) if target.canonical else None
            ceiling = indicator is not None and indicator.lower_is_better
            verdict, near, gap = judge(target, result, reference, ceiling=ceiling)
            if result is None and seen:
                verdict = Verdict.NOT_COMPARABLE
            elif not later:
                verdict = Verdict.AWAITING  # not "not reported": nobody has reported yet
            unit = "" if gap is None else POINTS if target.value is None else _gap_unit(target.unit)
            lines.append(ScoreLine(key, label, target, result, reference, verdict, near, gap, unit))
        out.append(
            ScorecardYear(year, source.meta.title, tuple(r.meta.title for r in later), tuple(lines))
        )
    return Scorecard(tuple(out))
