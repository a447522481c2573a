"""Word diff on literal token lists: whole-word replacements, cleanup of chance matches."""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import pairwise

from core.compare.worddiff import (
    DELETE,
    EQUAL,
    INSERT,
    REPLACE,
    SENTENCE_FIRST,
    DiffChunk,
    raw_diff,
    word_diff,
)


def raw_diff_by_tokens(first: list[str], second: list[str]) -> list[DiffChunk]:
    """What one matcher over the whole of both gives (keys compared as they are)."""
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    return [DiffChunk(*opcode) for opcode in matcher.get_opcodes()]


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


def _long_text(sentences: int) -> list[str]:
    """Sentences of prose in the common words that make a matcher slow, each one different."""
    tokens: list[str] = []
    for number in range(sentences):
        tokens += ["推进", f"项目{number}", "建设", "，", "加快", "的", "发展", "，"]
        tokens += ["落实", f"任务{number}", "的", "要求", "。"]
    return tokens


def test_a_long_text_is_diffed_sentence_by_sentence_with_the_changes_a_word_diff_finds() -> None:
    first = _long_text(40)  # 520 tokens: over the length diffed sentence by sentence first
    assert len(first) >= SENTENCE_FIRST
    second = list(first)
    second[3 * 13 + 1] = "工程3"  # a word changed in the fourth sentence
    del second[20 * 13 + 5]  # a word dropped from the twenty-first
    second[30 * 13 + 3 : 30 * 13 + 3] = ["全力"]  # one added in the thirty-first (one is gone)
    chunks = raw_diff(first, second)
    assert chunks == raw_diff_by_tokens(first, second)
    assert [(c.tag, c.a_start, c.a_end) for c in chunks if c.tag != EQUAL] == [
        (REPLACE, 40, 41),
        (DELETE, 265, 266),
        (INSERT, 394, 394),
    ]
    # Chunks cover both sequences end to end, one after another.
    assert chunks[0].a_start == chunks[0].b_start == 0
    assert (chunks[-1].a_end, chunks[-1].b_end) == (len(first), len(second))
    for before, after in pairwise(chunks):
        assert (before.a_end, before.b_end) == (after.a_start, after.b_start)
        assert not before.tag == after.tag == EQUAL


def test_a_sentence_moved_in_a_long_text_is_deleted_and_inserted() -> None:
    first = _long_text(30)
    moved = first[5 * 13 : 6 * 13]
    second = first[: 5 * 13] + first[6 * 13 : 25 * 13] + moved + first[25 * 13 :]
    edits = _edits(first, second)
    assert (moved, []) in edits and ([], moved) in edits


def test_a_long_sentence_moved_past_short_ones_is_found_whole() -> None:
    """The sentence matcher counts sentences, not words: it would keep three short sentences
    and lose one long one moved past them. The long one stands, the short ones move."""
    long_sentence = [f"词{number}" for number in range(209)] + ["。"]
    short = [["甲", "乙", "。"], ["丙", "丁", "。"], ["戊", "己", "。"]]
    first = long_sentence + [token for sentence in short for token in sentence]
    second = [token for sentence in short for token in sentence] + long_sentence
    chunks = raw_diff(first, second)
    assert [(c.tag, c.a_end - c.a_start, c.b_end - c.b_start) for c in chunks] == [
        (INSERT, 0, 9),
        (EQUAL, 210, 210),
        (DELETE, 9, 0),
    ]
