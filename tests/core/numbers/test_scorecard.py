"""The target-versus-outcome scorecard: on literal statements and on 长治's samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import ReportKind, ReportMeta
from core.numbers.extract import extract_numbers
from core.numbers.scorecard import ReportNumbers, Verdict, build_scorecard, judge
from core.numbers.statements import Measure, NumericStatement, StatementKind
from core.outline import parse_outline


def statement(
    kind: StatementKind,
    canonical: str | None,
    measure: Measure,
    value: float | None,
    unit: str = "%",
    qualifier: str | None = None,
    year: int | None = 2024,
) -> NumericStatement:
    return NumericStatement(
        kind, canonical or "x", canonical, measure, "", value, None, unit, qualifier, year, (), 0, 0
    )


def target(
    canonical: str,
    measure: Measure,
    value: float | None,
    unit: str = "%",
    qualifier: str | None = None,
) -> NumericStatement:
    return statement(StatementKind.TARGET, canonical, measure, value, unit, qualifier)


def result(
    canonical: str, measure: Measure, value: float, unit: str = "%", year: int | None = 2024
) -> NumericStatement:
    return statement(StatementKind.RESULT, canonical, measure, value, unit, year=year)


def test_about_target_missed_by_a_little_is_a_near_miss() -> None:
    assert judge(
        target("gdp", Measure.GROWTH, 6.0, qualifier="左右"),
        result("gdp", Measure.GROWTH, 5.9),
        None,
    ) == (
        Verdict.MISSED,
        True,
        -0.1,
    )
    assert judge(target("gdp", Measure.GROWTH, 6.0), result("gdp", Measure.GROWTH, 5.9), None)[
        :2
    ] == (
        Verdict.MISSED,
        False,
    )
    assert (
        judge(
            target("gdp", Measure.GROWTH, 6.0, qualifier="左右"),
            result("gdp", Measure.GROWTH, 4.0),
            None,
        )[1]
        is False
    )
    assert (
        judge(
            target("gdp", Measure.GROWTH, 6.0, qualifier="以上"),
            result("gdp", Measure.GROWTH, 6.0),
            None,
        )[0]
        is Verdict.MET
    )


def test_a_cap_is_met_by_a_lower_value() -> None:
    cap = target("cpi", Measure.CAP, 3.0, qualifier="左右")
    assert judge(cap, result("cpi", Measure.GROWTH, 0.2), None) == (Verdict.MET, False, -2.8)
    assert judge(cap, result("cpi", Measure.GROWTH, 3.3), None) == (Verdict.MISSED, True, 0.3)
    ceiling = target("surveyed_unemployment", Measure.LEVEL, 5.5, qualifier="左右")
    assert (
        judge(ceiling, result("surveyed_unemployment", Measure.LEVEL, 5.1), None, ceiling=True)[0]
        is Verdict.MET
    )


def test_relative_targets_are_judged_against_gdp_growth() -> None:
    gdp = result("gdp", Measure.GROWTH, 2.6)
    same_pace = target("urban_income", Measure.GROWTH, None, "", "同步")
    faster = target("rural_income", Measure.GROWTH, None, "", "高于")
    assert judge(same_pace, result("urban_income", Measure.GROWTH, 2.3), gdp)[0] is Verdict.MET
    assert judge(same_pace, result("urban_income", Measure.GROWTH, 1.9), gdp)[0] is Verdict.MISSED
    assert judge(faster, result("rural_income", Measure.GROWTH, 2.6), gdp)[0] is Verdict.MISSED
    assert (
        judge(faster, result("rural_income", Measure.GROWTH, 2.7), None)[0]
        is Verdict.NOT_COMPARABLE
    )
    assert judge(faster, None, gdp)[0] is Verdict.NOT_REPORTED


def meta(title: str, year: int, kind: ReportKind) -> ReportMeta:
    return ReportMeta(title, "长治市", year, kind)


def test_growth_target_against_a_level_result_is_not_comparable() -> None:
    reports = [
        ReportNumbers(meta("2024", 2024, ReportKind.REPORT), (target("gdp", Measure.GROWTH, 6.0),)),
        ReportNumbers(
            meta("2025", 2025, ReportKind.REPORT), (result("gdp", Measure.LEVEL, 2593.4, "亿元"),)
        ),
    ]
    line = build_scorecard(reports).years[0].lines[0]
    assert (line.verdict, line.result) == (Verdict.NOT_COMPARABLE, None)


def test_results_of_another_year_do_not_count() -> None:
    reports = [
        ReportNumbers(meta("2024", 2024, ReportKind.REPORT), (target("gdp", Measure.GROWTH, 6.0),)),
        ReportNumbers(
            meta("2025", 2025, ReportKind.REPORT), (result("gdp", Measure.GROWTH, 7.0, year=None),)
        ),
    ]
    assert build_scorecard(reports).years[0].lines[0].verdict is Verdict.NOT_REPORTED


@pytest.fixture(scope="module")
def changzhi_card(samples: dict[str, Path]):  # type: ignore[no-untyped-def]
    catalog = [
        ("cz2024", 2024, ReportKind.REPORT),
        ("cz2025i", 2025, ReportKind.INTERPRETATION),
        ("cz2024np", 2024, ReportKind.NEWSPAPER),
        ("cz2026np", 2026, ReportKind.NEWSPAPER),
    ]
    reports = []
    for name, year, kind in catalog:
        text = samples[name].read_text(encoding="utf-8")
        numbers = extract_numbers(text, parse_outline(text), year, kind=kind)
        reports.append(ReportNumbers(ReportMeta(name, "长治市", year, kind), tuple(numbers)))
    return build_scorecard(reports)


def test_changzhi_2024_targets_against_the_2025_interpretation(changzhi_card) -> None:  # type: ignore[no-untyped-def]
    year = changzhi_card.years[0]
    assert (year.year, year.target_report, year.result_reports) == (2024, "cz2024", ("cz2025i",))
    lines = {line.key: line for line in year.lines}
    outcome = {
        key: (line.verdict, line.result.value if line.result else None, line.gap, line.gap_unit)
        for key, line in lines.items()
    }
    assert outcome == {
        "gdp": (Verdict.MISSED, 2.6, -3.4, "个百分点"),
        "fixed_asset_investment": (Verdict.MISSED, 6.1, -4.4, "个百分点"),
        "retail_sales": (Verdict.MISSED, 3.2, -2.8, "个百分点"),
        "urban_new_jobs": (Verdict.MET, 4.7, 0.4, "万人"),
        "urban_income": (Verdict.MET, 3.7, 1.1, "个百分点"),
        "rural_income": (Verdict.MET, 5.6, 3.0, "个百分点"),
        "public_budget_revenue": (Verdict.NOT_REPORTED, None, None, ""),
        "cpi": (Verdict.NOT_REPORTED, None, None, ""),
        "binding_indicators": (Verdict.NOT_REPORTED, None, None, ""),
    }
    assert lines["gdp"].target.value == 6.0 and lines["gdp"].target.qualifier == "左右"
    assert lines["fixed_asset_investment"].target.value == 10.5
    assert lines["urban_new_jobs"].target.value == 4.3
    assert (
        lines["urban_income"].reference is not None and lines["urban_income"].reference.value == 2.6
    )
    assert not any(line.near for line in year.lines)


def test_changzhi_2026_targets_wait_for_next_year(changzhi_card) -> None:  # type: ignore[no-untyped-def]
    assert [y.year for y in changzhi_card.years] == [2024, 2026]
    later = changzhi_card.years[1]
    assert later.result_reports == ()
    assert {line.verdict for line in later.lines} == {Verdict.AWAITING}


def test_a_year_without_a_next_report_awaits_it_and_one_with_is_not_reported() -> None:
    gdp = (target("gdp", Measure.GROWTH, 6.0),)
    alone = [ReportNumbers(meta("2024", 2024, ReportKind.REPORT), gdp)]
    assert build_scorecard(alone).years[0].lines[0].verdict is Verdict.AWAITING
    silent = [*alone, ReportNumbers(meta("2025", 2025, ReportKind.REPORT), ())]
    assert build_scorecard(silent).years[0].lines[0].verdict is Verdict.NOT_REPORTED
