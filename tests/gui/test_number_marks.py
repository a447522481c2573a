"""Marks: the stretches the reader paints for numbers, each once, with the numbers covering it."""

from __future__ import annotations

from typing import NamedTuple

from gui.reader.number_marks import NumberMark, number_marks


class Span(NamedTuple):
    name: str
    start: int
    end: int


def _marks(*spans: Span) -> list[tuple[int, int, str]]:
    return [
        (mark.start, mark.end, "".join(s.name for s in mark.statements))
        for mark in number_marks(spans)
    ]


def test_apart_numbers_are_one_mark_each() -> None:
    assert _marks(Span("b", 5, 8), Span("a", 0, 3)) == [(0, 3, "a"), (5, 8, "b")]


def test_numbers_of_one_span_share_one_mark() -> None:
    assert _marks(Span("a", 2, 9), Span("b", 2, 9), Span("c", 2, 9)) == [(2, 9, "abc")]


def test_overlapping_numbers_split_where_one_starts_or_ends() -> None:
    assert _marks(Span("a", 0, 6), Span("b", 4, 10)) == [(0, 4, "a"), (4, 6, "ab"), (6, 10, "b")]
    assert _marks(Span("a", 0, 10), Span("b", 3, 5)) == [(0, 3, "a"), (3, 5, "ab"), (5, 10, "a")]


def test_numbers_that_touch_do_not_share_a_mark() -> None:
    assert _marks(Span("a", 0, 4), Span("b", 4, 6)) == [(0, 4, "a"), (4, 6, "b")]


def test_an_empty_span_is_no_mark() -> None:
    assert number_marks([Span("a", 3, 3)]) == []
    assert number_marks([]) == []
    assert number_marks([Span("a", 1, 2)]) == [NumberMark(1, 2, (Span("a", 1, 2),))]
