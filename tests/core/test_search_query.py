"""A search box's text read into terms: spaces separate them, quotes keep a phrase."""

from __future__ import annotations

import pytest

from core.search_query import parse_query, shown_term


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("增长 6%", ("增长", "6%")),
        ("增长\u30006%", ("增长", "6%")),  # a full-width space separates as well
        ("  增长   6%\t左右 ", ("增长", "6%", "左右")),
        ('"增长 6%"', ("增长 6%",)),
        ("“增长 6%”", ("增长 6%",)),
        ('GDP "增长 6%" 左右', ("GDP", "增长 6%", "左右")),
        ('就业 "稳 就业', ("就业", "稳 就业")),  # a quote still being typed runs to the end
        ("增长 增长", ("增长",)),
        (" \u3000 ", ()),
        ("", ()),
        ('"增长"', ("增长",)),  # straight quotes round a word: the word
    ],
)
def test_terms_are_read_as_a_search_box_reads_them(typed: str, terms: tuple[str, ...]) -> None:
    assert parse_query(typed).terms == terms


@pytest.mark.parametrize(
    "typed", ["增长", " 就业 ", "6%", "PM_{2.5}", "“十五五”规划", "“新质生产力”", '""', '"']
)
def test_a_single_term_is_searched_as_typed(typed: str) -> None:
    query = parse_query(typed)
    assert query.terms == (typed,) and not query.several


def test_text_pasted_over_a_paragraph_break_stays_one_phrase() -> None:
    pasted = "稳中求进。\n\n一、2023年 工作回顾"
    assert parse_query(pasted).terms == (pasted,)


def test_a_phrase_is_named_in_quotes() -> None:
    assert [shown_term(t) for t in ("增长", "增长 6%")] == ["增长", "“增长 6%”"]
