"""Floors written before a figure (不少于, 突破, 超过, 超) read as ``以上`` and are judged so, and
show in the report's own words."""

from __future__ import annotations

import pytest

from core.model import ReportKind, ReportMeta
from core.numbers.extract import extract_numbers
from core.numbers.scorecard import ReportNumbers, Verdict, build_scorecard
from core.numbers.statements import NumericStatement, StatementKind
from core.numbers.target_compare import target_value_text
from core.outline import parse_outline


def report(review: str, plan: str, year: int) -> str:
    """A minimal report: one sentence reviewing last year, one of this year's plan."""
    return (
        f"各位代表：\n\n一、{year - 1}年工作回顾\n\n{review}\n\n"
        f"二、{year}年工作安排\n\n{plan}\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )


def figures_of(text: str, year: int = 2024) -> list[NumericStatement]:
    return extract_numbers(text, parse_outline(text), year)


TARGETS = (
    "今年主要预期目标是：地区生产总值增长6%左右；城镇新增就业不少于5万人；"
    "固定资产投资突破1000亿元；社会消费品零售总额增长超5%。"
)


def test_a_floor_before_a_target_reads_as_at_least() -> None:
    targets = [
        (s.indicator, s.canonical, s.value, s.unit, s.qualifier)
        for s in figures_of(report("全市地区生产总值增长5%。", TARGETS, 2024))
        if s.kind is StatementKind.TARGET
    ]
    assert targets == [
        ("地区生产总值", "gdp", 6.0, "%", "左右"),
        ("城镇新增就业", "urban_new_jobs", 5.0, "万人", "以上"),
        ("固定资产投资", "fixed_asset_investment", 1000.0, "亿元", "以上"),
        ("社会消费品零售总额", "retail_sales", 5.0, "%", "以上"),
    ]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("全年接待游客超过3000万人次。", "以上"),
        ("年接待游客超1亿人次。", "以上"),
        ("争取超长期特别国债资金30亿元。", None),
        ("发行超长期特别国债3000亿元。", None),
        ("比学赶超300亿元。", None),
        ("力争规上工业营收赶超300亿元。", "力争"),
    ],
)
def test_only_a_super_before_the_figure_is_a_floor(sentence: str, qualifier: str | None) -> None:
    found = [s for s in figures_of(report("全市地区生产总值增长5%。", sentence, 2024))
             if s.kind is StatementKind.COMMITMENT]  # fmt: skip
    assert [s.qualifier for s in found] == [qualifier]


def test_catching_up_is_the_verb_not_part_of_the_indicator() -> None:
    """``赶超300亿元``: to catch up with 300亿元; 赶 is not left as the words of the figure."""
    found = [(s.indicator, s.text) for s in figures_of(report("全市地区生产总值增长5%。",
             "力争规上工业营收赶超300亿元。", 2024))
             if s.kind is StatementKind.COMMITMENT]  # fmt: skip
    assert found == [("规上工业营收", "规上工业营收赶超300亿元")]


def test_the_samples_floors(sample_texts: dict[str, str]) -> None:
    jincheng = {s.text: s.qualifier for s in figures_of(sample_texts["jc2024"])}
    assert jincheng["两化融合贯标认证企业突破30家"] == "以上"
    assert jincheng["覆盖面不低于75％"] == "以上"
    interpretation = {s.text: s.qualifier for s in figures_of(sample_texts["cz2025i"], 2025)}
    assert interpretation["国家高新技术企业突破300家"] == "以上"
    plan_2030 = {s.text: s.qualifier for s in figures_of(sample_texts["cz2026np"], 2026)}
    assert plan_2030["年接待游客超1亿人次"] == "以上"


@pytest.mark.parametrize(("jobs", "verdict"), [("4.8", Verdict.MISSED), ("5", Verdict.MET)])
def test_a_floor_is_met_at_or_above_it(jobs: str, verdict: Verdict) -> None:
    target_text = report("全市地区生产总值增长5%。", TARGETS, 2024)
    result_text = report(
        f"全市地区生产总值增长5.2%，城镇新增就业{jobs}万人。", "坚持稳中求进。", 2025
    )
    reports = [
        ReportNumbers(
            ReportMeta(f"长治市{year}年政府工作报告", "长治市", year, ReportKind.REPORT),
            tuple(figures_of(text, year)),
        )
        for text, year in ((target_text, 2024), (result_text, 2025))
    ]
    card = build_scorecard(reports).years[0]
    jobs_line = next(line for line in card.lines if line.key == "urban_new_jobs")
    assert (jobs_line.target.qualifier, jobs_line.verdict, jobs_line.near) == (
        "以上",
        verdict,
        False,
    )


def test_a_floor_shows_in_the_report_s_own_words(sample_texts: dict[str, str]) -> None:
    """``不少于5万人`` shows as written, not as ``5万人以上``; the stored qualifier (what the
    scorecard judges by) stays ``以上``, and a floor written after its figure shows as before."""
    shown = {
        s.indicator: (target_value_text(s), s.qualifier)
        for s in figures_of(report("全市地区生产总值增长5%。", TARGETS, 2024))
        if s.kind is StatementKind.TARGET
    }
    assert shown == {
        "地区生产总值": ("6%左右", "左右"),
        "城镇新增就业": ("不少于5万人", "以上"),
        "固定资产投资": ("突破1000亿元", "以上"),
        "社会消费品零售总额": ("超5%", "以上"),
    }
    jincheng = {s.text: target_value_text(s) for s in figures_of(sample_texts["jc2024"])}
    assert jincheng["两化融合贯标认证企业突破30家"] == "突破30家"
    assert jincheng["覆盖面不低于75％"] == "不低于75%"
    assert jincheng["上半年开工80％以上"] == "80%以上"
    interpretation = {
        s.text: target_value_text(s) for s in figures_of(sample_texts["cz2025i"], 2025)
    }
    assert interpretation["固定资产投资总量突破千亿元"] == "突破1000亿元"
    plan_2030 = {s.text: target_value_text(s) for s in figures_of(sample_texts["cz2026np"], 2026)}
    assert plan_2030["年接待游客超1亿人次"] == "超1亿人次"
