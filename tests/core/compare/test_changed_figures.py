"""Changed numbers: a figure whose indicator stays, cut out of the rewrites around it."""

from __future__ import annotations

import pytest

from core.compare.changed_figures import Piece, cut_at_changed_figures
from core.compare.comparison import compare_reports
from core.compare.diff_tokens import NUMBER_PATTERN
from core.compare.records import (
    ChangeKind,
    CompareInput,
    CompareSettings,
    Comparison,
    Granularity,
)
from tests.core.compare.compare_inputs import ParagraphTokens, compare_input, compared_under_plan


def _changes(comparison: Comparison) -> list[tuple[str, str, bool]]:
    left, right = comparison.left.text, comparison.right.text
    return [
        (left[c.left_start : c.left_end], right[c.right_start : c.right_end], c.numbers_changed)
        for c in comparison.changes
    ]


def _numbers(comparison: Comparison) -> list[tuple[str, str]]:
    return [(a, b) for a, b, changed in _changes(comparison) if changed]


def _within(comparison: Comparison, left_start: int, left_end: int) -> list[tuple[str, str, bool]]:
    """The changes whose left side lies in ``[left_start, left_end)``."""
    left, right = comparison.left.text, comparison.right.text
    return [
        (left[c.left_start : c.left_end], right[c.right_start : c.right_end], c.numbers_changed)
        for c in comparison.changes
        if c.kind is not ChangeKind.MOVED and left_start <= c.left_start and c.left_end <= left_end
    ]


def _targets_sentence(text: str) -> tuple[int, int]:
    start = text.index("今年经济社会发展的主要预期目标是")
    return start, text.index("\n", start)


def test_targets_reworded_around_them_are_each_a_changed_number() -> None:
    left = compare_input(
        "一、2024年工作安排\n\n主要目标是：城镇新增就业4.3万人；"
        "居民消费价格指数控制在3%左右；各项约束性指标不折不扣完成省下达任务。\n"
    )
    right = compare_input(
        "一、2026年工作安排\n\n主要目标是：城镇新增就业4万人以上,"
        "居民消费价格涨幅控制在2%左右。约束性指标不折不扣完成省下达的目标任务。\n"
    )
    changes = _changes(compare_reports(left, right))
    assert ("4.3万人", "4万人以上", True) in changes, changes
    assert ("3%左右", "2%左右", True) in changes, changes
    assert all(changed == (a in ("4.3万人", "3%左右")) for a, _, changed in changes), changes


def test_a_figure_whose_indicator_changed_is_a_rewrite() -> None:
    left = compare_input("一、2024年工作安排\n\n今年，一般公共预算收入增长3%，其他不变。\n")
    right = compare_input("一、2024年工作安排\n\n今年，服务业增加值增长5%，其他不变。\n")
    changes = _changes(compare_reports(left, right))
    assert changes and not any(changed for _, _, changed in changes), changes


def test_a_changed_number_leaves_the_punctuation_after_it_to_a_change_of_its_own() -> None:
    left = compare_input(
        "一、2024年工作安排\n\n固定资产投资增长10.5%；社会消费品零售总额增长6%左右。\n"
    )
    right = compare_input(
        "一、2024年工作安排\n\n固定资产投资增长6%以上，社会消费品零售总额增长6%左右。\n"
    )
    assert _changes(compare_reports(left, right)) == [
        ("10.5%", "6%以上", True),
        ("；", "，", False),
    ]


def test_the_2026_targets_sentence_shows_each_of_its_four_changed_targets(
    inputs: dict[str, CompareInput],
) -> None:
    comparison = compare_reports(inputs["cz2024"], inputs["cz2026np"])
    changes = _within(comparison, *_targets_sentence(comparison.left.text))
    numbers = [(a, b) for a, b, changed in changes if changed]
    # 固定资产投资, 一般公共预算收入 and 居民消费价格 keep their places; 就业 moved after 价格,
    # its figure changed inside the move.
    assert numbers == [
        ("10.5%", "6%以上"),
        ("3%", "2%左右"),
        ("4.3万人", "4.3万人以上"),
        ("3%左右", "2%左右"),
    ], changes
    assert all("居民消费价格指数控制在3%左右" not in a for a, _, _ in changes), changes
    assert ("；", ",", False) in changes
    left, right = comparison.left.text, comparison.right.text
    (move,) = [c for c in comparison.changes if c.kind is ChangeKind.MOVED]
    assert left[move.left_start : move.left_end] == "城镇新增就业4.3万人"
    assert right[move.right_start : move.right_end] == "新增城镇就业4.3万人以上"
    inside = [c for c in comparison.changes if c.move_id == move.move_id and c is not move]
    assert any(c.numbers_changed for c in inside)
    # With the jobs target out of the way, the price target lines up with its new wording.
    assert ("价格指数", "价格涨幅", False) in changes, changes


def test_the_other_city_s_targets_count_only_figures_of_the_same_indicator(
    inputs: dict[str, CompareInput],
) -> None:
    comparison = compare_reports(inputs["cz2024"], inputs["jc2024"])
    changes = _within(comparison, *_targets_sentence(comparison.left.text))
    numbers = [(a, b) for a, b, changed in changes if changed]
    assert numbers == [("10.5%", "10％"), ("6%左右", "5.5％"), ("4.3万人", "3.9万人")], changes
    rewrite = next(c for c in changes if "一般公共预算收入增长3%" in c[0])
    assert "服务业增加值增长5％" in rewrite[1] and not rewrite[2]


@pytest.mark.parametrize(
    "settings",
    [
        CompareSettings(),
        CompareSettings(granularity=Granularity.CHARACTER),
        CompareSettings(show_layout=True),
    ],
    ids=["words", "characters", "layout"],
)
@pytest.mark.parametrize(
    ("older", "newer"), [("cz2024", "cz2026np"), ("cz2024", "cz2024np"), ("cz2024", "jc2024")]
)
def test_no_changed_number_differs_in_words_beside_its_figures(
    inputs: dict[str, CompareInput], older: str, newer: str, settings: CompareSettings
) -> None:
    comparison = compare_reports(inputs[older], inputs[newer], settings)
    numbers = _numbers(comparison)
    assert numbers
    for old, new in numbers:
        assert NUMBER_PATTERN.sub("", old) == NUMBER_PATTERN.sub("", new) == "", (old, new)


def test_a_change_leaves_out_the_punctuation_both_sides_open_and_close_with() -> None:
    left = ParagraphTokens(["；", "城镇", "居民", "。"])
    right = ParagraphTokens(["；", "城乡", "。"])
    assert cut_at_changed_figures(left, range(4), right, range(3)) == [
        Piece(range(1, 3), range(1, 2), False)
    ]


def test_a_replacement_without_figures_on_both_sides_is_one_piece() -> None:
    left = ParagraphTokens(["增长", "6%左右"], frozenset({1}))
    right = ParagraphTokens(["较快", "增长"])
    assert cut_at_changed_figures(left, range(2), right, range(2)) == [
        Piece(range(2), range(2), False)
    ]


def test_a_target_opening_its_paragraph_is_read_apart_from_the_heading_before_it() -> None:
    # The clause around 4.3万人 is 城镇新增就业 on both sides, not the area's heading too.
    left = compare_input(
        "一、2024年工作安排\n\n（一）着力扩大有效益的投资夯实稳增长基础\n\n"
        "城镇新增就业4.3万人，居民收入稳步增长。\n"
    )
    right = compare_input(
        "一、2024年工作安排\n\n（一）坚持内需主导推动经济平稳运行取得实效\n\n"
        "城镇新增就业4.5万人，居民收入稳步增长。\n"
    )
    assert _numbers(compare_reports(left, right)) == [("4.3万人", "4.5万人")]


@pytest.mark.parametrize(
    ("old", "new"),
    [("4.3万人", "43000人"), ("6%左右", "6.0%左右"), ("1.2亿元", "12000万元")],
)
def test_a_figure_written_otherwise_with_its_value_kept_is_no_changed_number(
    old: str, new: str
) -> None:
    comparison = compared_under_plan(
        f"今年，城镇新增就业目标为{old}，全力以赴。", f"今年，城镇新增就业目标为{new}，全力以赴。"
    )
    assert _changes(comparison) == [(old, new, False)]


def test_a_figure_jieba_keeps_in_one_word_with_its_verb_is_one_changed_number() -> None:
    # 增加一倍 is one word: the 增加 on the right belongs to the changed number.
    comparison = compared_under_plan(
        "市级科技经费投入增加一倍、达到1亿元以上。", "市级科技经费投入增加50%、达到1亿元以上。"
    )
    assert _changes(comparison) == [("增加一倍", "增加50%", True)]
    assert comparison.summary.overall.added == 0


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("完成投资120亿", "完成投资120万"),
        ("完成投资5千万元", "完成投资5百万元"),
        ("新增就业4万以上", "新增就业4万左右"),
        ("人口自然增长率控制在5‰以内", "人口自然增长率控制在5‰以上"),
        ("服务业占比近三成", "服务业占比三成"),
        ("产值增加三倍", "产值增为三倍"),
    ],
)
def test_a_figure_read_only_in_part_is_compared_as_written(old: str, new: str) -> None:
    # The reading leaves out a bare 亿 or 千万, a ‰ and its qualifier, 近, 增加: those
    # figures are alike only as written, and these changed.
    comparison = compared_under_plan(f"今年，{old}，全力以赴。", f"今年，{new}，全力以赴。")
    assert len(_numbers(comparison)) == 1, _changes(comparison)


@pytest.mark.parametrize("broken", ["4.3\n万人", "4.\n3万人", "4.3 万人"])
def test_a_line_broken_inside_a_figure_is_layout_not_a_changed_number(broken: str) -> None:
    # A newspaper's line may break inside a figure. With layout shown, the tokens read the
    # figure and its unit apart: the break is one change of setting, no changed number.
    old, new = "今年，城镇新增就业4.3万人，全力以赴。", f"今年，城镇新增就业{broken}，全力以赴。"
    layout = CompareSettings(show_layout=True)
    assert _changes(compared_under_plan(old, new, layout)) == [("4.3万人", broken, False)]
    assert _changes(compared_under_plan(old, new)) == []


def test_a_line_broken_inside_a_figure_beside_half_width_marks_is_layout() -> None:
    old, new = "今年，城镇新增就业4.3万人；全力以赴。", "今年，城镇新增就业4.3\n万人;全力以赴。"
    layout = CompareSettings(show_layout=True)
    assert _changes(compared_under_plan(old, new, layout)) == [("4.3万人；", "4.3\n万人;", False)]


def test_a_line_broken_inside_a_figure_beside_a_reworded_word_is_no_changed_number() -> None:
    # The break ends the line's paragraph: the figure reads 4.3 on its line and 万人 on the
    # next, joined again to the figure beside the rewording of 新增.
    comparison = compared_under_plan(
        "城镇新增就业4.3万人，全力以赴。", "城镇新就业4.3\n万人，全力以赴。"
    )
    assert [changed for *_, changed in _changes(comparison)] == [False]
