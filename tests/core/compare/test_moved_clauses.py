"""Clauses that changed places within a sentence: a move, with its changed number inside."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare.changed_figures import Piece
from core.compare.comparison import compare_reports
from core.compare.diff_tokens import NUMBER_PATTERN
from core.compare.moved_clauses import Clause, ClauseMove, edits_without
from core.compare.records import (
    ChangeKind,
    CompareInput,
    CompareSettings,
    Comparison,
    Granularity,
)
from core.compare.serialise import comparison_to_data
from tests.core.compare.compare_inputs import (
    ParagraphTokens,
    compare_input,
    compared_under_plan,
    library_input,
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
    comparison = compared_under_plan(
        "主要目标是：地区生产总值增长5%左右；城镇新增就业4.3万人；居民消费价格涨幅3%左右。",
        "主要目标是：地区生产总值增长5%左右，居民消费价格涨幅2%左右，新增城镇就业4.5万人以上。",
    )
    assert _moves(comparison) == [("城镇新增就业4.3万人", "新增城镇就业4.5万人以上")]
    move_id = next(c.move_id for c in comparison.changes if c.kind is ChangeKind.MOVED)
    assert _numbers(comparison) == [("4.3万人", "4.5万人以上", move_id), ("3%左右", "2%左右", None)]
    overall = comparison.summary.overall
    assert (overall.moved, overall.numbers) == (1, 2)


def test_a_target_listed_elsewhere_unchanged_is_a_move_without_edits() -> None:
    comparison = compared_under_plan(
        "主要目标是：城镇新增就业4.3万人；居民消费价格涨幅3%左右；粮食产量稳定在25亿斤。",
        "主要目标是：居民消费价格涨幅2%左右；粮食产量稳定在25亿斤；城镇新增就业4.3万人。",
    )
    assert _moves(comparison) == [("城镇新增就业4.3万人", "城镇新增就业4.3万人")]
    assert _changes(comparison) == [("3%左右", "2%左右")]
    move = next(c for c in comparison.changes if c.kind is ChangeKind.MOVED)
    inside = [c for c in comparison.changes if c.move_id == move.move_id and c is not move]
    assert not any(c.numbers_changed for c in inside)


def test_a_bare_figure_or_another_indicator_elsewhere_is_no_move() -> None:
    bare = compared_under_plan(
        "今年，增长6%；城镇新增就业4.3万人；其他不变。",
        "今年，城镇新增就业4.3万人；增长7%；其他不变。",
    )
    assert _moves(bare) == []
    other = compared_under_plan(
        "今年，一般公共预算收入增长3%；城镇新增就业4.3万人；其他不变。",
        "今年，城镇新增就业4.3万人；服务业增加值增长5%；其他不变。",
    )
    assert _moves(other) == []


def test_the_json_links_the_changed_number_to_its_move() -> None:
    comparison = compared_under_plan(
        "主要目标是：地区生产总值增长5%左右；城镇新增就业4.3万人；居民消费价格涨幅3%左右。",
        "主要目标是：地区生产总值增长5%左右，居民消费价格涨幅2%左右，新增城镇就业4.5万人以上。",
    )
    changes = comparison_to_data(comparison)["changes"]
    [move] = [c for c in changes if c["kind"] == "moved"]
    linked = [c for c in changes if c["move_id"] == move["move_id"] and c is not move]
    assert any(c["numbers_changed"] and c["left"]["text"] == "4.3万人" for c in linked)
    assert changes.index(move) < min(changes.index(c) for c in linked)


_TARGETS = (
    "GDP增长6%左右",
    "固定资产投资增长10.5%",
    "社会消费品零售总额增长6%左右",
    "一般公共预算收入增长3%",
    "城镇新增就业4.3万人",
    "居民消费价格指数控制在3%左右",
)


@pytest.mark.parametrize("target", _TARGETS)
def test_each_target_of_the_2024_plan_moved_with_a_new_figure_is_one_move(
    inputs: dict[str, CompareInput], target: str
) -> None:
    text = inputs["cz2024"].text
    start = text.index("今年经济社会发展的主要预期目标是")
    sentence = text[start : text.index("\n", start)]
    figure = NUMBER_PATTERN.search(target)
    assert figure is not None
    changed = target.replace(figure.group(), "9.9%" if "%" in figure.group() else "9.9万人")
    kept = sentence.replace(target, "", 1)
    if target.startswith("居民消费价格"):  # the last target goes first
        edited = kept.replace("目标是：", f"目标是：{changed}，")
    else:
        edited = kept.replace("各项约束性指标", f"{changed}；各项约束性指标")
    comparison = compare_reports(inputs["cz2024"], compare_input(text.replace(sentence, edited)))
    assert _moves(comparison) == [(target, changed)]
    [move] = [c for c in comparison.changes if c.kind is ChangeKind.MOVED]
    inside = [
        (comparison.left.text[c.left_start : c.left_end], c.numbers_changed)
        for c in comparison.changes
        if c.move_id == move.move_id and c is not move
    ]
    assert (figure.group(), True) in inside, inside


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("一般公共预算收入增长3%", "一般公共预算支出增长5%"),
        ("单位GDP能耗下降3%", "单位GDP二氧化碳排放下降4%"),
        ("税收收入增长5%", "非税收入增长12%"),
        ("太原市增长5.2%", "长治市增长6.1%"),
        ("其中制造业增长8.2%", "其中采矿业增长3.1%"),
        ("货物出口增长4%", "货物进口增长6%"),
        ("服务业增加值增长5%", "规上工业增加值增长6%"),
        ("第一产业增加值增长4%", "第二产业增加值增长6%"),
        ("进出口总额增长5%", "出口总额增长8%"),
        ("全省地区生产总值增长5%", "全市地区生产总值增长6%"),
        ("上半年地区生产总值增长5%", "下半年地区生产总值增长6%"),
        ("2023年地区生产总值增长5%", "2024年地区生产总值增长6%"),
        ("去年粮食产量增长5%", "今年粮食产量增长6%"),
    ],
)
def test_a_near_named_other_indicator_elsewhere_is_no_move(old: str, new: str) -> None:
    comparison = compared_under_plan(
        f"目标是：地区生产总值增长6%左右；{old}；城镇新增就业4.3万人；粮食产量稳定在25亿斤。",
        f"目标是：地区生产总值增长6%左右；城镇新增就业4.3万人；粮食产量稳定在25亿斤；{new}。",
    )
    assert _moves(comparison) == []
    assert _numbers(comparison) == []


def test_a_figure_in_another_sentence_is_no_move() -> None:
    # Last year's result is not this year's target, though it names the same indicator.
    comparison = compared_under_plan(
        "过去一年，粮食产量达到25亿斤，创历史新高。我们要巩固成果，稳定生产。",
        "过去一年，创历史新高。我们要巩固成果，稳定生产，粮食产量达到26亿斤。",
    )
    assert _moves(comparison) == []
    assert _numbers(comparison) == []


def test_a_target_moved_to_another_sentence_of_a_rewritten_passage_is_no_move() -> None:
    comparison = compared_under_plan(
        "一是着力推动产业转型。全年煤炭产量1.47亿吨，先进产能占比达到91％。建成全国首个薄煤层气"
        "大规模开发项目，煤层气产量及增量保持全省第一。4个化工园区通过省级认定。",
        "一是产业转型取得新进展。建成首个薄煤层气开发项目，先进产能占比提高到93％，4个化工园区"
        "通过认定。煤层气产量保持全省第一，全年煤炭产量1.5亿吨。",
    )
    assert _moves(comparison) == []
    assert all("4个化工园区" not in old for old, _ in _changes(comparison))


def test_a_move_that_would_leave_less_matched_than_the_diff_did_is_not_made() -> None:
    left = ParagraphTokens(
        ["城镇新增就业", "4.3万人", "；", "甲", "乙", "丙", "。"], frozenset({1})
    )
    right = ParagraphTokens(
        ["丁", "戊", "己", "；", "城镇新增就业", "4.5万人", "。"], frozenset({5})
    )
    clause = Clause(range(0, 2), range(0, 3)), Clause(range(4, 6), range(3, 6))
    move = ClauseMove(*clause, 0.8)
    # Edits as a diff would give them that had matched 甲乙丙 with 丁戊己: diffed again
    # without the clause, the three stand unmatched, and the move is not made.
    edits = [Piece(range(0, 3), range(0, 0), False), Piece(range(6, 6), range(3, 6), False)]
    assert edits_without(edits, edits, [move], left, right) is None
    # Matched as they read, the move stands and nothing else changed.
    alike = ParagraphTokens(
        ["城镇新增就业", "4.3万人", "；", "丁", "戊", "己", "。"], frozenset({1})
    )
    assert edits_without(edits, edits, [move], alike, right) == []


def test_a_target_opening_its_paragraph_can_move() -> None:
    comparison = compared_under_plan(
        "城镇新增就业4.3万人；居民消费价格指数控制在3%左右；粮食产量稳定在25亿斤。",
        "居民消费价格指数控制在3%左右；粮食产量稳定在25亿斤；城镇新增就业4.5万人。",
    )
    assert _moves(comparison) == [("城镇新增就业4.3万人", "城镇新增就业4.5万人")]


def test_a_sentence_s_end_beside_a_moved_clause_stays_and_shows() -> None:
    # The jobs target closed its sentence; moved first, the two sentences are one.
    comparison = compared_under_plan(
        "目标是：居民消费价格涨幅3%左右；城镇新增就业4.3万人。今年要努力。",
        "目标是：新增城镇就业4.5万人；居民消费价格涨幅2%左右；今年要努力。",
    )
    assert _moves(comparison) == [("城镇新增就业4.3万人", "新增城镇就业4.5万人")]
    assert ("。", "") in _changes(comparison)


def test_the_paragraph_before_a_clause_keeps_its_full_stop() -> None:
    comparison = compared_under_plan(
        "推进项目建设。\n\n加强民生保障。\n\n"
        "城镇新增就业4.3万人；地区生产总值增长5%左右；居民消费价格涨幅3%左右。",
        "推进项目建设。\n\n地区生产总值增长5%左右；居民消费价格涨幅2%左右；新增城镇就业4.5万人。",
    )
    assert _moves(comparison) == [("城镇新增就业4.3万人", "新增城镇就业4.5万人")]
    changes = _changes(comparison)
    assert ("加强民生保障。", "") in changes, changes
    assert all(old.strip("；;，,") or new.strip("；;，,") for old, new in changes), changes


def test_two_neighbouring_targets_swapped_are_one_move_and_nothing_else() -> None:
    # Nothing is left matched between the two: the diff gives one replacement of both.
    comparison = compared_under_plan(
        "目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内，居民收入增长与经济增长同步。",
        "目标是：城镇调查失业率5.5%以内，地区生产总值增长5%左右，居民收入增长与经济增长同步。",
    )
    assert _moves(comparison) == [("地区生产总值增长5%左右", "地区生产总值增长5%左右")]
    assert _changes(comparison) == []
    assert comparison.summary.overall.moved == 1


def test_a_target_swapped_with_its_neighbour_keeps_its_changed_number() -> None:
    comparison = compared_under_plan(
        "目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内。",
        "目标是：城镇调查失业率5.5%以内，地区生产总值增长6%左右。",
    )
    assert _moves(comparison) == [("城镇调查失业率5.5%以内", "城镇调查失业率5.5%以内")]
    assert _numbers(comparison) == [("5%左右", "6%左右", None)]


def test_a_target_taken_from_the_head_of_a_list_to_its_end_is_one_move() -> None:
    comparison = compared_under_plan(
        "目标是：规模以上工业企业增加值增长5%左右，粮食产量25亿斤，新增就业4万人。",
        "目标是：粮食产量25亿斤，新增就业4万人，规模以上工业企业增加值增长5%左右。",
    )
    moved = "规模以上工业企业增加值增长5%左右"
    assert _moves(comparison) == [(moved, moved)]
    assert _changes(comparison) == []


def test_sentences_swapped_within_one_edit_are_no_move() -> None:
    comparison = compared_under_plan(
        "地区生产总值增长5%左右。城镇调查失业率5.5%以内。",
        "城镇调查失业率5.5%以内。地区生产总值增长5%左右。",
    )
    assert _moves(comparison) == []


def test_a_target_swapped_with_a_reworded_one_is_no_move() -> None:
    # 控制在 added: the two clauses no longer cross as the same two.
    comparison = compared_under_plan(
        "目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内。",
        "目标是：城镇调查失业率控制在5.5%以内，地区生产总值增长5%左右。",
    )
    assert _moves(comparison) == []


def test_targets_swapped_behind_a_lead_word_they_share_are_one_move() -> None:
    # Both open with 新, which the diff matched: neither clause was whole in the edit.
    comparison = compared_under_plan(
        "明年，新培育省市创新平台10家以上，新立项省级科技计划项目10项以上。",
        "明年，新立项省级科技计划项目10项以上，新培育省市创新平台10家以上。",
    )
    assert len(_moves(comparison)) == 1
    [(old, new)] = _moves(comparison)
    assert old == new and old.startswith("新") and old.endswith("以上")
    assert _changes(comparison) == []


def test_a_target_between_two_changed_marks_stays_where_it_is() -> None:
    # The marks on each side of the middle target changed; the target did not move. (Read
    # with the library's words, 社会消费品零售总额 one of them.)
    comparison = compared_under_plan(
        "目标是：固定资产投资增长10.5%；社会消费品零售总额增长6%左右；一般公共预算收入增长3%。",
        "目标是：固定资产投资增长6%以上,社会消费品零售总额增长6%左右,一般公共预算收入增长2%左右。",
        read=library_input,
    )
    assert _moves(comparison) == []
    assert [(old, new) for old, new, _ in _numbers(comparison)] == [
        ("10.5%", "6%以上"),
        ("3%", "2%左右"),
    ]


def test_the_2026_targets_sentence_moves_only_its_jobs_target(samples: dict[str, Path]) -> None:
    # Read as the library reads it: 社会消费品零售总额 is one word, its clause a few tokens
    # between two marks that changed (；→,): it stays in its place.
    left, right = (
        library_input(samples[name].read_text(encoding="utf-8"), name)
        for name in ("cz2024", "cz2026np")
    )
    assert _moves(compare_reports(left, right)) == [
        ("城镇新增就业4.3万人", "新增城镇就业4.3万人以上")
    ]


def test_the_clause_moved_of_a_swap_is_the_same_in_character_mode() -> None:
    left = "目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内。"
    right = "目标是：城镇调查失业率5.5%以内，地区生产总值增长5%左右。"
    by_words = _moves(compared_under_plan(left, right))
    by_characters = _moves(
        compared_under_plan(left, right, CompareSettings(granularity=Granularity.CHARACTER))
    )
    assert by_words == by_characters == [("地区生产总值增长5%左右", "地区生产总值增长5%左右")]
