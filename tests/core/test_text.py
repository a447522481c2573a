"""Normalisation: folded forms for parsing, offsets back to the text as read."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from core.text import (
    Subscript,
    normalise,
    normalise_query,
    searchable,
    subscripts,
)


def test_full_width_punctuation_and_digits_fold_to_ascii() -> None:
    norm = normalise("（一）增长６％左右，")
    assert norm.text == "(一)增长6%左右,"


def test_offsets_map_back_to_the_original() -> None:
    original = "甲（二）GDP增长５.５％"
    norm = normalise(original)
    start = norm.text.index("5.5%")
    a, b = norm.span_to_original(start, start + 4)
    assert original[a:b] == "５.５％"


def test_word_broken_across_a_blank_line_is_rejoined() -> None:
    original = (
        "全市常住人口城镇化率达到60.65%,全市经济总量进入前列,2025年全市地\n\n区生产总值增长5%。"
    )
    norm = normalise(original)
    assert "地区生产总值" in norm.text
    start = norm.text.index("地区生产总值")
    a, b = norm.span_to_original(start, start + 6)
    assert original[a:b] == "地\n\n区生产总值"


def test_a_line_is_never_joined_to_the_credits_or_a_page_number_below_it() -> None:
    # The interpretation's last figure stands above its credits; a long line without a full
    # stop looks like a word broken across the blank line, but the next line is noise.
    for noise in ("文字整理:桂滨", "版式设计:高琪 桂滨", "- 3 -"):
        norm = normalise(f"省政府安排的15件民生实事全部兑现落实\n\n{noise}\n")
        assert f"落实\n\n{noise}" in norm.text


def test_heading_after_a_short_line_is_not_glued() -> None:
    norm = normalise("一、2023年工作回顾\n\n过去一年，全市上下")
    assert "回顾\n\n过去" in norm.text


def test_sentence_end_keeps_the_break() -> None:
    line = "这是一个足够长的正文段落用来测试换行保留规则是否正确。"
    norm = normalise(f"{line}\n\n下一段开始了")
    assert "。\n\n下" in norm.text


def test_subscripts_are_flattened() -> None:
    original = "PM_{2.5}浓度降至30微克/立方米"
    norm = normalise(original)
    assert norm.text.startswith("PM2.5浓度")
    assert norm.span_to_original(0, 5) == (0, 7)


def test_subscripts_are_found_with_their_markup() -> None:
    text = "PM_{2.5}浓度降至30微克，CO_{2}排放下降，x_{这段花括号里的文字太长了}不算"
    found = subscripts(text)
    assert [text[s.body_start : s.body_end] for s in found] == ["2.5", "2"]
    assert [text[s.start : s.end] for s in found] == ["_{2.5}", "_{2}"]
    assert found[0] == Subscript(2, 4, 7, 8)
    assert subscripts("PM2.5浓度") == []
    # Within a stretch of a longer text, at that text's offsets (a compare area, say).
    assert subscripts(text, 9) == [found[1]]
    assert subscripts(text, 0, 7) == []  # "_{2.5}" does not end inside it


def test_character_outside_the_bmp_keeps_offsets() -> None:
    original = "𠮷野家（一）增长"
    norm = normalise(original)
    assert norm.text == "𠮷野家(一)增长"
    assert norm.to_original(norm.text.index("增")) == original.index("增")


def test_query_is_normalised_like_texts() -> None:
    assert normalise_query(" ＧＤＰ增长６％ ") == "gdp增长6%"


@given(st.text())
def test_any_text_maps_every_offset_inside_the_original(text: str) -> None:
    norm = normalise(text)
    for i in range(len(norm.text) + 1):
        assert 0 <= norm.to_original(i) <= len(text)
    # the map never runs backwards
    assert list(norm.origin) == sorted(norm.origin)


def test_a_long_heading_is_never_glued_to_its_body() -> None:
    heading = "（一）坚定不移打好产业转型攻坚战，推动高质量发展态势更加稳健"
    norm = normalise(f"{heading}\n坚持脱胎换骨抓转型。")
    assert "稳健\n坚持" in norm.text


def test_a_short_broken_line_of_the_targets_sentence_is_rejoined() -> None:
    original = "今年经济社会发展的主要预期目标是:地\n\n区生产总值增长6%左右。"
    assert "目标是:地区生产总值增长6%左右" in normalise(original).text


def test_expanding_characters_keep_offsets() -> None:
    original = "发展……（一）增长"
    norm = normalise(original)
    assert norm.text == "发展......(一)增长"
    assert original[norm.to_original(norm.text.index("增"))] == "增"


@given(
    st.text(
        alphabet=st.sampled_from("ＡＢab，。（）％０５㎡①ﬁ…\u3000 \n_{}2.5PM新质生产力高质量发展")
    )
)
def test_each_character_folds_as_nfkc_folds_it_alone(text: str) -> None:
    # The fast path (nothing removed, one character in and one out) and the general one
    # agree with folding every character of the text on its own.
    norm = searchable(text)
    if norm.in_step:
        assert list(norm.origin) == list(range(len(text) + 1))
        expected = "".join(unicodedata.normalize("NFKC", ch) for ch in text).lower()
        assert norm.text == expected
    for i, ch in enumerate(norm.text):
        source = text[norm.to_original(i)]
        assert ch in unicodedata.normalize("NFKC", source).lower()


def test_text_in_step_is_known_to_be() -> None:
    assert normalise("增长６％左右").in_step
    assert not normalise("发展……增长").in_step  # one character became three
    assert not normalise("PM_{2.5}浓度").in_step  # the subscript's braces are left out
