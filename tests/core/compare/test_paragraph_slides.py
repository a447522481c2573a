"""Sliding inserted and deleted runs to whole paragraphs, on tiny literal diffs."""

from __future__ import annotations

from core.compare.paragraph_slides import slide_to_paragraphs
from core.compare.worddiff import DELETE, EQUAL, INSERT, DiffChunk, word_diff

# Three paragraphs: ``甲。`` ``乙丙。`` ``丁``; the middle one deleted.
FIRST = ["甲", "。", "乙", "丙", "。", "丁"]
SECOND = ["甲", "。", "丁"]
FIRST_OPENINGS = frozenset({0, 2, 5, 6})
SECOND_OPENINGS = frozenset({0, 2, 3})


def test_a_deleted_paragraph_is_slid_to_start_at_its_own_opening() -> None:
    # The matcher deletes ``。乙丙``: the first paragraph's 。 and the second without its own.
    chunks = [
        DiffChunk(EQUAL, 0, 1, 0, 1),
        DiffChunk(DELETE, 1, 4, 1, 1),
        DiffChunk(EQUAL, 4, 6, 1, 3),
    ]
    assert slide_to_paragraphs(chunks, FIRST, SECOND, FIRST_OPENINGS, SECOND_OPENINGS) == [
        DiffChunk(EQUAL, 0, 2, 0, 2),
        DiffChunk(DELETE, 2, 5, 2, 2),
        DiffChunk(EQUAL, 5, 6, 2, 3),
    ]


def test_an_inserted_paragraph_is_slid_likewise() -> None:
    chunks = [
        DiffChunk(EQUAL, 0, 1, 0, 1),
        DiffChunk(INSERT, 1, 1, 1, 4),
        DiffChunk(EQUAL, 1, 3, 4, 6),
    ]
    assert slide_to_paragraphs(chunks, SECOND, FIRST, SECOND_OPENINGS, FIRST_OPENINGS) == [
        DiffChunk(EQUAL, 0, 2, 0, 2),
        DiffChunk(INSERT, 2, 2, 2, 5),
        DiffChunk(EQUAL, 2, 3, 5, 6),
    ]


def test_the_engine_s_diff_deletes_the_paragraph_itself() -> None:
    chunks = word_diff(FIRST, SECOND)
    slid = slide_to_paragraphs(chunks, FIRST, SECOND, FIRST_OPENINGS, SECOND_OPENINGS)
    [deleted] = [c for c in slid if c.tag == DELETE]
    assert FIRST[deleted.a_start : deleted.a_end] == ["乙", "丙", "。"]


def test_a_run_that_reaches_no_paragraph_bound_stays() -> None:
    chunks = [
        DiffChunk(EQUAL, 0, 1, 0, 1),
        DiffChunk(DELETE, 1, 4, 1, 1),
        DiffChunk(EQUAL, 4, 6, 1, 3),
    ]
    assert slide_to_paragraphs(chunks, FIRST, SECOND, frozenset({0, 6}), SECOND_OPENINGS) == (
        chunks
    )


def test_an_equal_run_cut_into_other_words_gives_no_room() -> None:
    # ``。`` before the deletion is one token on the left and two (a split) on the right:
    # not token for token, so nothing slides past it.
    first = ["甲乙", "。", "乙", "丙", "。", "丁"]
    second = ["甲", "乙。", "丁"]
    chunks = [
        DiffChunk(EQUAL, 0, 2, 0, 2),
        DiffChunk(DELETE, 2, 5, 2, 2),
        DiffChunk(EQUAL, 5, 6, 2, 3),
    ]
    assert slide_to_paragraphs(chunks, first, second, frozenset({1}), SECOND_OPENINGS) == chunks
