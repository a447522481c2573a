"""Amounts that say which things a figure is of (``30万元以上的村``) are thresholds, not figures."""

from __future__ import annotations

from core.numbers.extract import extract_numbers
from core.numbers.statements import Measure, NumericStatement, StatementKind
from core.outline import parse_outline


def figures_of(text: str, year: int) -> list[NumericStatement]:
    return extract_numbers(text, parse_outline(text), year)


def commitments(sentence: str) -> list[NumericStatement]:
    found = figures_of(plan(sentence), 2024)
    return [s for s in found if s.kind is StatementKind.COMMITMENT]


def plan(sentence: str) -> str:
    """A minimal report with ``sentence`` in this year's plan."""
    return (
        "各位代表：\n\n一、2023年工作回顾\n\n全市地区生产总值增长5%。\n\n"
        f"二、2024年工作安排\n\n{sentence}\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )


def read(statements: list[NumericStatement]) -> list[tuple[str, float | None, str, str, str]]:
    return [(s.indicator, s.value, s.unit, str(s.measure), s.qualifier or "") for s in statements]


def test_the_shares_of_villages_over_each_income_are_the_commitments(
    sample_texts: dict[str, str],
) -> None:
    """``力争集体经济年收入30万元、50万元、100万元以上的村分别达到75％、55％、35％``: three
    kinds of village, each with the share it is to reach; the incomes only name the kinds."""
    sentence = "集体经济年收入30万元、50万元、100万元以上的村分别达到75％、55％、35％"
    jincheng = [s for s in figures_of(sample_texts["jc2024"], 2024) if s.text == sentence]
    assert read(jincheng) == [
        ("集体经济年收入30万元以上的村", 75.0, "%", "share", "力争"),
        ("集体经济年收入50万元以上的村", 55.0, "%", "share", "力争"),
        ("集体经济年收入100万元以上的村", 35.0, "%", "share", "力争"),
    ]
    assert {s.kind for s in jincheng} == {StatementKind.COMMITMENT}
    plan_figures = figures_of(sample_texts["jc2024"], 2024)
    assert [
        s.text for s in plan_figures if s.kind is StatementKind.COMMITMENT and s.unit == "万元"
    ] == []


def test_one_threshold_written_as_a_floor_before_it(sample_texts: dict[str, str]) -> None:
    """``集体经济收入超30万元的行政村达到67%``: a share of villages (the review), and
    ``…超30万元的行政村达到1800个以上`` a count of them (the plan)."""
    statements = figures_of(sample_texts["cz2024"], 2024)
    villages = [
        (s.kind, s.indicator, s.value, s.unit, s.measure, s.text)
        for s in statements
        if "行政村" in s.indicator
    ]
    assert villages == [
        (
            StatementKind.RESULT,
            "集体经济收入超30万元的行政村",
            67.0,
            "%",
            Measure.SHARE,
            "集体经济收入超30万元的行政村达到67%",
        ),
        (
            StatementKind.COMMITMENT,
            "农村集体经济收入超30万元的行政村",
            1800.0,
            "个",
            Measure.LEVEL,
            "农村集体经济收入超30万元的行政村达到1800个以上",
        ),
    ]
    assert [s.text for s in statements if s.value == 30.0 and s.unit == "万元"] == []


def test_a_threshold_with_and_above_after_it_is_named_so() -> None:
    found = commitments("营业收入10亿元、50亿元及以上的企业分别达到20家、5家。")
    assert read(found) == [
        ("营业收入10亿元以上的企业", 20.0, "家", "level", ""),
        ("营业收入50亿元以上的企业", 5.0, "家", "level", ""),
    ]


def test_amounts_without_a_figure_for_each_kind_stay_figures() -> None:
    """Without a floor, or without one figure per amount, the amounts are figures as before."""
    no_floor = commitments("集体经济年收入30万元、50万元的村分别达到75%、55%。")
    assert [s.value for s in no_floor if s.unit == "万元"] == [30.0, 50.0]
    too_few = commitments("集体经济年收入30万元、50万元以上的村达到75%。")
    assert [s.value for s in too_few if s.unit == "万元"] == [30.0, 50.0]
