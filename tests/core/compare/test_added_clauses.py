"""A clause put in or taken out beside a reworded one is an addition or a removal of its own,
not hidden in one rewording of both (``core.compare.added_clauses``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.compare.records import CompareInput, CompareSettings, Comparison, Granularity
from tests.core.compare.compare_inputs import compare_input, compared_under_plan, library_input

TARGETS = "城镇新增就业4.3万人；居民消费价格指数控制在3%左右；各项约束性指标完成省下达任务。"
WITH_GRAIN = (
    "城镇新增就业4.3万人；粮食产量稳定在20亿斤以上；居民消费价格涨幅控制在3%左右；"
    "各项约束性指标完成省下达任务。"
)

SHARED = "一般公共预算收入增长3%；城镇新增就业4.3万人；各项约束性指标完成省下达任务。"


def _changes(comparison: Comparison) -> list[tuple[str, str, str]]:
    left, right = comparison.left.text, comparison.right.text
    return [
        (c.kind.value, left[c.left_start : c.left_end], right[c.right_start : c.right_end])
        for c in comparison.changes
    ]


@pytest.mark.parametrize("read", [compare_input, library_input])
def test_a_target_put_in_before_a_reworded_one_is_added(
    read: Callable[[str], CompareInput],
) -> None:
    comparison = compared_under_plan(TARGETS, WITH_GRAIN, read=read)
    assert _changes(comparison) == [
        ("inserted", "", "粮食产量稳定在20亿斤以上；"),
        ("replaced", "居民消费价格指数", "居民消费价格涨幅"),
    ]
    assert comparison.summary.overall.added == 1


def test_a_target_taken_out_before_a_reworded_one_is_removed() -> None:
    comparison = compared_under_plan(WITH_GRAIN, TARGETS)
    assert _changes(comparison) == [
        ("deleted", "粮食产量稳定在20亿斤以上；", ""),
        ("replaced", "居民消费价格涨幅", "居民消费价格指数"),
    ]


def test_a_target_put_in_after_a_reworded_one_is_added() -> None:
    comparison = compared_under_plan(
        "城镇新增就业4.3万人；居民消费价格指数；各项约束性指标完成省下达任务。",
        "城镇新增就业4.3万人；居民消费价格涨幅；粮食产量稳定在20亿斤以上；各项约束性指标完成省下达任务。",
    )
    [reworded, added] = _changes(comparison)
    assert reworded[0] == "replaced" and reworded[2].endswith("涨幅")
    assert added == ("inserted", "", "；粮食产量稳定在20亿斤以上")


def test_a_clause_put_in_before_a_rewritten_opening_in_character_mode() -> None:
    comparison = compared_under_plan(
        "今年经济社会发展的主要预期目标是：GDP增长6%左右；" + SHARED,
        "综合考虑各方面因素，今年地区生产总值增长6%左右；" + SHARED,
        CompareSettings(Granularity.CHARACTER),
    )
    assert _changes(comparison)[0] == ("inserted", "", "综合考虑各方面因素，")


def test_a_sentence_added_after_a_reworded_one_stays_one_rewording() -> None:
    # The rest, 下达的目标任务。围绕上述目标, is not within one sentence: no clause is cut off.
    comparison = compared_under_plan(
        "各项约束性指标完成省下达任务。",
        "各项约束性指标完成省下达的目标任务。围绕上述目标，重点抓好以下十一个方面工作：",
    )
    assert [kind for kind, _, _ in _changes(comparison)] == ["replaced"]


def test_a_rewording_whose_sides_share_no_end_stays_whole() -> None:
    comparison = compared_under_plan(
        "城镇新增就业4.3万人；居民消费价格指数控制在3%左右。",
        "城镇新增就业4.3万人；粮食产量稳定在20亿斤以上；物价总水平控制在3%左右。",
    )
    assert [kind for kind, _, _ in _changes(comparison)] == ["replaced"]
