"""A sentence or list item too short for a likeness (under ``MIN_MOVE_CHARS``) is moved when
written alike on both sides and found once in each report (``moves._short_moves``); a stock
phrase, or a few characters, stays a removal and an addition."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare.comparison import compare_reports
from core.compare.moves import MIN_EXACT_MOVE_CHARS, MIN_MOVE_CHARS
from core.compare.records import ChangeKind, CompareSettings, Comparison, Granularity
from tests.core.compare.compare_inputs import compare_input

SENTENCE = "泽州县委、县政府整体入驻丹河新城。"
"""A sentence of 晋城's review (城乡建设展现新面貌), found once in the report."""
NEW_PLACE = "先进产能占比达到91％。"
"""Where it is moved to: another area of the review (着力推动产业转型)."""


@pytest.fixture(scope="module")
def report(samples: dict[str, Path]) -> str:
    text = samples["jc2024"].read_text(encoding="utf-8")
    assert text.count(SENTENCE) == 1 and text.count(NEW_PLACE) == 1
    return text


def _moved(text: str, sentence: str = SENTENCE) -> str:
    without = text.replace(sentence, "", 1)
    return without.replace(NEW_PLACE, NEW_PLACE + sentence, 1)


def _kinds(comparison: Comparison) -> list[ChangeKind]:
    return [c.kind for c in comparison.changes]


@pytest.mark.parametrize("granularity", list(Granularity))
def test_a_short_sentence_moved_to_another_area_is_one_move(
    report: str, granularity: Granularity
) -> None:
    assert len(SENTENCE) < MIN_MOVE_CHARS
    moved = _moved(report)
    settings = CompareSettings(granularity=granularity)
    for left, right in ((report, moved), (moved, report)):
        comparison = compare_reports(compare_input(left), compare_input(right), settings)
        [move] = comparison.changes
        assert move.kind is ChangeKind.MOVED
        assert move.left_path != move.right_path
        for text, start, end in (
            (left, move.left_start, move.left_end),
            (right, move.right_start, move.right_end),
        ):
            assert text[start:end].strip("。") == SENTENCE.strip("。")


def test_a_short_sentence_found_elsewhere_too_is_not_moved(report: str) -> None:
    # The same words stand unchanged in a third place on both sides: a stock phrase, whose
    # removal and addition are not known to be one passage.
    closing = "以优异成绩迎接中华人民共和国成立75周年"
    assert report.count(closing) == 1
    with_copy = report.replace(closing, SENTENCE + closing, 1)
    comparison = compare_reports(compare_input(with_copy), compare_input(_moved(with_copy)))
    assert sorted(_kinds(comparison)) == sorted([ChangeKind.DELETED, ChangeKind.INSERTED])


def test_a_few_words_moved_stay_removed_and_added(report: str) -> None:
    # Under MIN_EXACT_MOVE_CHARS characters a passage says too little to be linked by its
    # words alone, even found once in each report.
    words = "整体入驻丹河新城"
    shorter = report.replace("泽州县委、县政府整体入驻丹河新城", "泽州县委、县政府" + "丹河新城", 1)
    short = "整体入驻"
    assert len(short) < MIN_EXACT_MOVE_CHARS <= len(words)
    moved = shorter.replace(NEW_PLACE, NEW_PLACE + short, 1)
    assert moved.count(short) == 1
    comparison = compare_reports(compare_input(report), compare_input(moved))
    assert ChangeKind.MOVED not in _kinds(comparison)


def test_a_moved_figure_keeps_its_unit_and_a_name_its_quotes(report: str) -> None:
    # Only the marks a sentence or clause ends with stay out of the move: % and quotation
    # marks are part of what moved.
    for sentence in ("晋钢集团入围“中国企业500强”。", "“太行一号”区域公用品牌正式发布。"):
        assert report.count(sentence) == 1
        moved = _moved(report, sentence)
        [move] = compare_reports(compare_input(report), compare_input(moved)).changes
        assert move.kind is ChangeKind.MOVED
        assert report[move.left_start : move.left_end] == sentence.rstrip("。")
        assert moved[move.right_start : move.right_end] == sentence.rstrip("。")


@pytest.mark.parametrize("written", ["一般公共预算收入增长3%；", "一般公共预算收入增长3‰；"])
def test_a_target_moved_keeps_its_unit_and_moves_only_written_alike(
    samples: dict[str, Path], written: str
) -> None:
    # 长治's revenue target moved to another area: the move holds its %; written 3‰ there, it
    # is not the same words, and no move links them.
    text = samples["cz2024"].read_text(encoding="utf-8")
    target, place = "一般公共预算收入增长3%；", "严格落实“田长制”。"
    assert text.count(target) == 1 and text.count(place) == 1
    moved = text.replace(target, "", 1).replace(place, place + written, 1)
    changes = compare_reports(compare_input(text), compare_input(moved)).changes
    kinds = [c.kind for c in changes]
    if written == target:
        [move] = changes
        assert text[move.left_start : move.left_end] == "一般公共预算收入增长3%"
        assert moved[move.right_start : move.right_end] == "一般公共预算收入增长3%"
    else:
        assert ChangeKind.MOVED not in kinds
