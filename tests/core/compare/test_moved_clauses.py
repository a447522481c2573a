"""Clauses that changed places within a sentence: a move, with its changed number inside."""

from __future__ import annotations

from core.compare.comparison import compare_reports
from core.compare.records import ChangeKind, Comparison
from core.compare.serialise import comparison_to_data
from tests.core.compare.compare_inputs import compare_input

_HEADING = "一、2024年工作安排\n\n"


def _compared(left: str, right: str) -> Comparison:
    return compare_reports(
        compare_input(_HEADING + left + "\n"), compare_input(_HEADING + right + "\n")
    )


def _moves(comparison: Comparison) -> list[tuple[str, str]]:
    left, right = comparison.left.text, comparison.right.text
    return [
        (left[c.left_start : c.left_end], right[c.right_start : c.right_end])
        for c in comparison.changes
        if c.kind is ChangeKind.MOVED
    ]


def _changes(comparison: Comparison) -> list[tuple[str, str]]:
    """Every change but the moves, as its two texts."""
    left, right = comparison.left.text, comparison.right.text
    return [
        (left[c.left_start : c.left_end], right[c.right_start : c.right_end])
        for c in comparison.changes
        if c.kind is not ChangeKind.MOVED
    ]


def _numbers(comparison: Comparison) -> list[tuple[str, str, int | None]]:
    left, right = comparison.left.text, comparison.right.text
    return [
        (left[c.left_start : c.left_end], right[c.right_start : c.right_end], c.move_id)
        for c in comparison.changes
        if c.numbers_changed
    ]


def test_a_target_listed_elsewhere_with_a_new_figure_is_a_move_with_its_changed_number() -> None:
    comparison = _compared(
        "主要目标是：地区生产总值增长5%左右；城镇新增就业4.3万人；居民消费价格涨幅3%左右。",
        "主要目标是：地区生产总值增长5%左右，居民消费价格涨幅2%左右，新增城镇就业4.5万人以上。",
    )
    assert _moves(comparison) == [("城镇新增就业4.3万人", "新增城镇就业4.5万人以上")]
    move_id = next(c.move_id for c in comparison.changes if c.kind is ChangeKind.MOVED)
    assert _numbers(comparison) == [("4.3万人", "4.5万人以上", move_id), ("3%左右", "2%左右", None)]
    overall = comparison.summary.overall
    assert (overall.moved, overall.numbers) == (1, 2)


def test_a_target_listed_elsewhere_unchanged_is_a_move_without_edits() -> None:
    comparison = _compared(
        "主要目标是：城镇新增就业4.3万人；居民消费价格涨幅3%左右；粮食产量稳定在25亿斤。",
        "主要目标是：居民消费价格涨幅2%左右；粮食产量稳定在25亿斤；城镇新增就业4.3万人。",
    )
    assert _moves(comparison) == [("城镇新增就业4.3万人", "城镇新增就业4.3万人")]
    assert _changes(comparison) == [("3%左右", "2%左右")]
    move = next(c for c in comparison.changes if c.kind is ChangeKind.MOVED)
    inside = [c for c in comparison.changes if c.move_id == move.move_id and c is not move]
    assert not any(c.numbers_changed for c in inside)


def test_a_bare_figure_or_another_indicator_elsewhere_is_no_move() -> None:
    bare = _compared(
        "今年，增长6%；城镇新增就业4.3万人；其他不变。",
        "今年，城镇新增就业4.3万人；增长7%；其他不变。",
    )
    assert _moves(bare) == []
    other = _compared(
        "今年，一般公共预算收入增长3%；城镇新增就业4.3万人；其他不变。",
        "今年，城镇新增就业4.3万人；服务业增加值增长5%；其他不变。",
    )
    assert _moves(other) == []


def test_the_json_links_the_changed_number_to_its_move() -> None:
    comparison = _compared(
        "主要目标是：地区生产总值增长5%左右；城镇新增就业4.3万人；居民消费价格涨幅3%左右。",
        "主要目标是：地区生产总值增长5%左右，居民消费价格涨幅2%左右，新增城镇就业4.5万人以上。",
    )
    changes = comparison_to_data(comparison)["changes"]
    [move] = [c for c in changes if c["kind"] == "moved"]
    linked = [c for c in changes if c["move_id"] == move["move_id"] and c is not move]
    assert any(c["numbers_changed"] and c["left"]["text"] == "4.3万人" for c in linked)
    assert changes.index(move) < min(changes.index(c) for c in linked)
