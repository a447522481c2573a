"""Anchors: the quote with its context and section path; the match text and its offsets."""

from __future__ import annotations

import pytest

from core.model import Outline, Section
from core.notes.anchors import make_anchor, match_key, match_text
from core.notes.records import CONTEXT_CHARS, clean_tags


def test_anchor_keeps_quote_context_and_offsets() -> None:
    text = "一、总体要求\n今年𠮷市要推进新型工业化，建设现代化产业体系。"
    start = text.index("推进")
    end = text.index("，")
    outline = Outline((Section(1, "总体要求", 0, 6, len(text), "numeral"),))
    anchor = make_anchor(text, start, end, outline)
    assert anchor.quote == "推进新型工业化"
    assert anchor.prefix == text[:start]
    assert anchor.prefix.endswith("𠮷市要")
    assert anchor.suffix == "，建设现代化产业体系。"
    assert (anchor.start, anchor.end) == (start, end)
    assert anchor.section_path == ("总体要求",)


def test_context_is_limited() -> None:
    text = "甲" * 100 + "目标" + "乙" * 100
    anchor = make_anchor(text, 100, 102)
    assert anchor.prefix == "甲" * CONTEXT_CHARS
    assert anchor.suffix == "乙" * CONTEXT_CHARS


@pytest.mark.parametrize(("start", "end"), [(3, 3), (-1, 2), (0, 99), (5, 2)])
def test_an_empty_or_outside_span_is_refused(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="not a passage"):
        make_anchor("一二三四五六", start, end)


def test_match_text_folds_width_and_drops_whitespace_with_offsets_back() -> None:
    text = "增长５％，\n  𠮷市 GDP"
    matched = match_text(text)
    assert matched.key == "增长5%,𠮷市GDP"
    position = matched.key.index("𠮷")
    assert text[matched.origin[position]] == "𠮷"
    start, end = matched.span_to_original(position, position + 2)
    assert text[start:end] == "𠮷市"
    assert matched.from_original(text.index("𠮷")) == position
    assert match_key("５％，") == "5%,"


def test_clean_tags() -> None:
    assert clean_tags([" #就业 ", "就业", "", "目标", "#"]) == ("就业", "目标")
