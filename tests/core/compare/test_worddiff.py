"""Word diff on literal token lists: whole-word replacements, cleanup of chance matches."""

from __future__ import annotations

from core.compare.worddiff import EQUAL, REPLACE, raw_diff, word_diff


def _edits(first: list[str], second: list[str]) -> list[tuple[list[str], list[str]]]:
    return [
        (first[c.a_start : c.a_end], second[c.b_start : c.b_end])
        for c in word_diff(first, second)
        if c.tag != EQUAL
    ]


def test_changed_number_is_one_replacement() -> None:
    first = ["GDP", "增长", "6%左右", "，", "在", "实际", "工作", "中"]
    second = ["GDP", "增长", "5.5%左右", "，", "在", "实际", "工作", "中"]
    assert _edits(first, second) == [(["6%左右"], ["5.5%左右"])]


def test_single_word_between_long_equal_runs_stays_single() -> None:
    first = ["加强", "国防", "动员", "和", "后备", "力量", "建设"]
    second = ["加强", "国防", "教育", "和", "后备", "力量", "建设"]
    assert _edits(first, second) == [(["动员"], ["教育"])]


def test_rewritten_sentence_is_one_replacement_not_shreds() -> None:
    first = ["我们", "要", "推进", "能源", "革命", "的", "发展"]
    second = ["大力", "发展", "文旅", "的", "产业", "要", "融合"]
    assert len(raw_diff(first, second)) > 1
    chunks = word_diff(first, second)
    assert [c.tag for c in chunks] == [REPLACE]


def test_same_text_cut_differently_is_no_change() -> None:
    first = ["地区", "生产总值"]
    second = ["地", "区生产总值"]
    assert _edits(first, second) == []


def test_insertion_and_deletion() -> None:
    assert _edits(["甲", "乙", "丙"], ["甲", "丙"]) == [(["乙"], [])]
    assert _edits(["甲", "丙"], ["甲", "乙", "丙"]) == [([], ["乙"])]
