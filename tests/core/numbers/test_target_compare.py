"""Two reports' targets side by side: 长治 2024 vs 2026, 长治 vs 晋城 2024."""

from __future__ import annotations

from core.model import Outline
from core.numbers.extract import extract_numbers
from core.numbers.target_compare import TargetChangeKind, compare_targets
from core.outline import parse_outline


def numbers(text: str, year: int) -> list:  # type: ignore[type-arg]
    return extract_numbers(text, parse_outline(text), year)


def plan(sentence: str) -> str:
    head = "一、2023年工作回顾\n\n过去一年很好。\n\n二、2024年工作安排\n\n"
    return f"{head}今年主要预期目标是：{sentence}\n"


def test_literal_changes() -> None:
    before = numbers(plan("GDP增长6%左右；固定资产投资增长8%；城镇新增就业4万人。"), 2024)
    after = numbers(plan("地区生产总值增长6%以上；固定资产投资增长8%；粮食产量25亿斤以上。"), 2024)
    changes = {
        c.key: (c.change, c.before_value, c.after_value) for c in compare_targets(before, after)
    }
    assert changes == {
        "gdp": (TargetChangeKind.CHANGED, "6%左右", "6%以上"),
        "fixed_asset_investment": (TargetChangeKind.SAME, "8%", "8%"),
        "urban_new_jobs": (TargetChangeKind.REMOVED, "4万人", ""),
        "grain_output": (TargetChangeKind.ADDED, "", "25亿斤以上"),
    }
    assert compare_targets(before, after)[0].describe() == "地区生产总值: 6%左右 → 6%以上"
    assert compare_targets([], []) == []
    # A text stating no main targets dropped none and added none.
    assert {
        c.change for c in compare_targets(extract_numbers("GDP增长6%", Outline(()), 2024), before)
    } == {TargetChangeKind.UNSTATED}


def test_an_interpretation_states_no_targets_and_drops_none(
    sample_texts: dict[str, str],
) -> None:
    changes = compare_targets(
        numbers(sample_texts["cz2024"], 2024), numbers(sample_texts["cz2025i"], 2025)
    )
    assert len(changes) >= 9
    assert {c.change for c in changes} == {TargetChangeKind.UNSTATED}
    assert all(c.before is not None and c.after is None for c in changes)


def test_changzhi_2024_against_2026(sample_texts: dict[str, str]) -> None:
    changes = compare_targets(
        numbers(sample_texts["cz2024"], 2024), numbers(sample_texts["cz2026np"], 2026)
    )
    by_key = {c.key: c for c in changes}
    assert (by_key["gdp"].change, by_key["gdp"].after_value) == (TargetChangeKind.SAME, "6%左右")
    investment = by_key["fixed_asset_investment"]
    assert (investment.change, investment.before_value, investment.after_value) == (
        TargetChangeKind.CHANGED,
        "10.5%",
        "6%以上",
    )
    assert (by_key["cpi"].before_value, by_key["cpi"].after_value) == (
        "控制在3%左右",
        "控制在2%左右",
    )
    assert (by_key["urban_income"].before_value, by_key["urban_income"].after_value) == (
        "同步",
        "高于",
    )
    binding = by_key["binding_indicators"]  # no figure, the same qualifier: other words
    assert (binding.change, binding.before_value, binding.after_value) == (
        TargetChangeKind.REWORDED,
        "不折不扣完成省下达任务",
        "不折不扣完成省下达的目标任务",
    )


def test_changzhi_against_jincheng_2024(sample_texts: dict[str, str]) -> None:
    changes = compare_targets(
        numbers(sample_texts["cz2024"], 2024), numbers(sample_texts["jc2024"], 2024)
    )
    kinds = {c.key: c.change for c in changes}
    assert kinds["public_budget_revenue"] is TargetChangeKind.REMOVED
    assert kinds["services_value_added"] is TargetChangeKind.ADDED
    assert kinds["registered_unemployment"] is TargetChangeKind.ADDED
    assert kinds["gdp"] is TargetChangeKind.SAME
    assert kinds["binding_indicators"] is TargetChangeKind.REWORDED  # 按照省定要求全面完成
    assert [c.key for c in changes][:2] == ["gdp", "fixed_asset_investment"]


def test_a_target_in_other_words_is_reworded_in_other_punctuation_the_same() -> None:
    older = (
        "地区生产总值增长6%左右；城镇新增就业不少于5万人；约束性指标完成省下达任务（含“双控”）。"
    )
    punctuated = (
        '地区生产总值增长6％左右；城镇新增就业 不少于5万人；约束性指标完成省下达任务(含"双控")。'
    )
    reworded = "地区生产总值增长6%左右；城镇新增就业5万人以上；约束性指标全面完成省下达的目标任务。"
    before = numbers(plan(older), 2024)
    kinds = {c.key: c.change for c in compare_targets(before, numbers(plan(punctuated), 2024))}
    assert set(kinds.values()) == {TargetChangeKind.SAME}
    changes = {
        c.key: (c.change, c.before_value, c.after_value)
        for c in compare_targets(before, numbers(plan(reworded), 2024))
    }
    assert changes == {
        "gdp": (TargetChangeKind.SAME, "6%左右", "6%左右"),
        # The same floor in the report's other words.
        "urban_new_jobs": (TargetChangeKind.REWORDED, "不少于5万人", "5万人以上"),
        "binding_indicators": (
            TargetChangeKind.REWORDED,
            "完成省下达任务（含“双控”）",
            "全面完成省下达的目标任务",
        ),
    }
