"""Find in one report: what a plain scan of the searchable text finds, at the text's offsets."""

from __future__ import annotations

from core.find_in_text import find_in_text


def test_widths_case_and_broken_words_are_found_at_the_text_s_offsets() -> None:
    text = "增长6％，GDP增长，地\n\n区生产总值增长6%左右。（一）与(一)"
    found = {
        query: [text[s:e] for s, e in find_in_text(text, query)]
        for query in (
            "6%",
            "gdp",
            "地区生产总值",
            "(一)",
            "增长",
        )
    }
    assert found == {
        "6%": ["6％", "6%"],
        "gdp": ["GDP"],
        "地区生产总值": ["地\n\n区生产总值"],
        "(一)": ["（一）", "(一)"],
        "增长": ["增长", "增长", "增长"],
    }


def test_blank_queries_and_the_limit() -> None:
    assert find_in_text("发展发展", "  ") == []
    assert find_in_text("发展发展发展", "发展", limit=2) == [(0, 2), (2, 4)]
    assert find_in_text("", "发展") == []
