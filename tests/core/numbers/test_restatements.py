"""A figure stated again in nearly the same words (an interpretation's panels) is listed once."""

from __future__ import annotations

from collections import Counter

from core.model import Outline, ReportKind
from core.numbers.extract import extract_numbers
from core.numbers.restatements import restates
from core.numbers.statements import Measure, NumericStatement, StatementKind
from core.outline import parse_outline


def statement(text: str, indicator: str, measure: Measure, start: int) -> NumericStatement:
    return NumericStatement(
        StatementKind.RESULT, indicator, None, measure, text, 6.1, None, "%", None, 2024, (),
        start, start + len(text),
    )  # fmt: skip


def test_the_panels_of_the_interpretation_do_not_count_twice(
    sample_texts: dict[str, str],
) -> None:
    text = sample_texts["cz2025i"]
    statements = extract_numbers(text, parse_outline(text), 2025)
    counts = Counter((s.value, s.unit) for s in statements)
    restated = [
        (2593.4, "亿元"), (2.6, "%"), (1000.0, "亿元"), (6.1, "%"), (29.73, "亿元"),
        (11.36, "亿元"), (3.27, "亿元"), (1374.0, "公里"), (77.7, "%"), (15.0, "件"),
    ]  # fmt: skip
    assert {figure: counts[figure] for figure in restated} == dict.fromkeys(restated, 1)
    # Each is listed where the body states it, before the panels.
    panels = text.index("全市地区生产总值完成  \n")
    assert all(s.start < panels for s in statements if (s.value, s.unit) in restated)
    # Different statements of one value stay: 100% of three things, 80% of two, 10个 of three.
    assert (counts[100.0, "%"], counts[80.0, "%"], counts[10.0, "个"]) == (3, 2, 3)
    # A figure only in a panel is listed.
    assert [s.text for s in statements if s.canonical == "retail_sales"] == [
        "社会消费品零售总额增长3.2%"
    ]
    assert len(statements) == 75  # the body's figures, once each (2家 of 4A级景区 among them)


def test_a_figure_restated_in_a_panel_is_listed_once() -> None:
    text = (
        "全市地区生产总值完成2593.4亿元、增长2.6%，固定资产投资增长2.6%。\n\n"
        "全市地区生产总值完成  \n**2593.4亿元**  \n增长  \n**2.6%**\n"
    )
    found = extract_numbers(text, Outline(()), 2025, kind=ReportKind.INTERPRETATION)
    assert [(s.text, s.canonical, s.start) for s in found] == [
        ("地区生产总值完成2593.4亿元", "gdp", 2),
        ("增长2.6%", "gdp", text.index("增长")),
        ("固定资产投资增长2.6%", "fixed_asset_investment", text.index("固定资产投资")),
    ]


def test_what_is_a_restatement() -> None:
    body = statement("固定资产投资增长6.1%", "固定资产投资", Measure.GROWTH, 0)
    assert restates(statement("固定资产投资增长6.1%", "固定资产投资", Measure.GROWTH, 50), body)
    # another measure of the same indicator, a figure of one list, another indicator
    assert not restates(statement("固定资产投资达到6.1%", "固定资产投资", Measure.LEVEL, 50), body)
    assert not restates(statement("固定资产投资增长6.1%", "固定资产投资", Measure.GROWTH, 5), body)
    assert not restates(statement("民间投资增长6.1%", "民间投资", Measure.GROWTH, 50), body)
