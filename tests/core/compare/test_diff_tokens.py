"""Diff tokens: numbers kept whole with unit and qualifier, layout folded, offsets as read."""

from __future__ import annotations

from core.compare.diff_tokens import build_tokens, fold_key, merge_numbers, number_spans
from core.model import Paragraph


def test_number_with_unit_and_qualifier_is_one_span() -> None:
    text = "增长6%左右，原煤1.7亿吨，七成以上"
    spans = [text[s:e] for s, e, _ in number_spans(text)]
    assert spans == ["6%左右", "1.7亿吨", "七成以上"]


def test_year_is_whole_but_not_a_figure() -> None:
    assert number_spans("2024年工作") == [(0, 5, False)]


def test_jieba_pieces_of_a_number_are_merged() -> None:
    text = "增长6%左右"
    merged = merge_numbers(["增长", "6", "%", "左右"], text)
    assert [(text[s:e], n) for s, e, n in merged] == [("增长", False), ("6%左右", True)]


def test_fold_key_ignores_width_and_whitespace() -> None:
    assert fold_key("，") == fold_key(",")
    assert fold_key("（一）") == "(一)"
    assert fold_key("％") == "%"
    assert fold_key(" \n") == ""
    assert fold_key("“") == fold_key("”")


def test_tokens_keep_offsets_into_the_text_as_read() -> None:
    text = "𠮷言\n\n(上接第一版)增长6%左右"
    paragraphs = [Paragraph(0, 0, 2), Paragraph(1, 4, len(text))]
    pieces = [["𠮷", "言"], ["(", "上接", "第一版", ")", "增长", "6", "%", "左右"]]
    tokens = build_tokens(text, paragraphs, pieces, ignored=[(4, 11)])
    assert [text[t.start : t.end] for t in tokens] == [t.text for t in tokens]
    assert [t.text for t in tokens] == ["𠮷", "言", "增长", "6%左右"]
    assert tokens[-1].is_number and tokens[-1].start == text.index("6")


def test_layout_is_kept_when_asked() -> None:
    text = "甲， 乙"
    tokens = build_tokens(text, [Paragraph(0, 0, 4)], [["甲", "，", " ", "乙"]], show_layout=True)
    assert [t.key for t in tokens] == ["甲", "，", " ", "乙"]
    folded = build_tokens(text, [Paragraph(0, 0, 4)], [["甲", "，", " ", "乙"]])
    assert [t.key for t in folded] == ["甲", ",", "乙"]


def test_noise_paragraph_is_left_out() -> None:
    text = "政府工作报告\n\n正文"
    paragraphs = [Paragraph(0, 0, 6, is_noise=True), Paragraph(1, 8, 10)]
    tokens = build_tokens(text, paragraphs, [["政府", "工作", "报告"], ["正文"]])
    assert [t.text for t in tokens] == ["正文"]
