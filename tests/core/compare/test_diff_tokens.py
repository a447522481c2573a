"""Diff tokens: numbers kept whole with unit and qualifier, layout folded, offsets as read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.compare.diff_tokens import (
    DiffTokens,
    build_tokens,
    fold_key,
    number_spans,
    whole_spans,
)
from core.model import Paragraph
from tests.property.mutations import PROPERTY_SETTINGS


def _texts(text: str, tokens: DiffTokens) -> list[str]:
    return [text[start:end] for start, end in zip(tokens.starts, tokens.ends, strict=True)]


def test_number_with_unit_and_qualifier_is_one_span() -> None:
    text = "增长6%左右，原煤1.7亿吨，七成以上"
    spans = [text[s:e] for s, e, _ in number_spans(text)]
    assert spans == ["6%左右", "1.7亿吨", "七成以上"]


def test_a_range_and_counts_in_jin_and_head_are_one_span() -> None:
    text = "增长5%~6%，产量25亿斤以上，养殖1.5亿只，增长5-6%，3至5个"
    spans = [text[s:e] for s, e, _ in number_spans(text)]
    assert spans == ["5%~6%", "25亿斤以上", "1.5亿只", "5-6%", "3至5个"]
    # A percent sign before 至 or 到 ends the figure: what follows may be a year.
    text = "增长5%到2030年"
    assert [text[s:e] for s, e, _ in number_spans(text)] == ["5%", "2030年"]


def test_year_is_whole_but_not_a_figure() -> None:
    assert number_spans("2024年工作") == [(0, 5, False)]


def test_jieba_pieces_of_a_number_are_merged() -> None:
    text = "增长6%左右"
    tokens = build_tokens(text, [Paragraph(0, 0, len(text))], [["增长", "6", "%", "左右"]])
    assert _texts(text, tokens) == ["增长", "6%左右"] and tokens.numbers == {1}


def test_a_heading_s_bracketed_number_is_one_token_and_no_figure() -> None:
    text = "（七）着力深化重点改革"
    pieces = ["（", "七", "）", "着力", "深化", "重点", "改革"]
    tokens = build_tokens(text, [Paragraph(0, 0, len(text))], [pieces])
    assert _texts(text, tokens)[:2] == ["（七）", "着力"] and tokens.keys[0] == "(七)"
    assert tokens.numbers == frozenset()
    other = "(十二)增长6%"
    assert [(other[s:e], figure) for s, e, figure in whole_spans(other)] == [
        ("(十二)", False),
        ("6%", True),
    ]


def test_numbers_are_looked_for_in_a_stretch_at_the_text_s_offsets() -> None:
    text = "2024年增长6%，2025年增长5%"
    assert number_spans(text, 10) == [(10, 15, False), (17, 19, True)]
    assert number_spans(text, 0, 8) == [(0, 5, False), (7, 8, True)]


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
    assert _texts(text, tokens) == ["𠮷", "言", "增长", "6%左右"]
    assert tokens.keys == ["𠮷", "言", "增长", "6%左右"]
    assert tokens.numbers == {3} and tokens.starts[3] == text.index("6")


def test_layout_is_kept_when_asked() -> None:
    text = "甲， 乙"
    tokens = build_tokens(text, [Paragraph(0, 0, 4)], [["甲", "，", " ", "乙"]], show_layout=True)
    assert tokens.keys == ["甲", "，", " ", "乙"]
    folded = build_tokens(text, [Paragraph(0, 0, 4)], [["甲", "，", " ", "乙"]])
    assert folded.keys == ["甲", ",", "乙"]
    assert folded.starts == [0, 1, 3]


def test_noise_paragraph_is_left_out() -> None:
    text = "政府工作报告\n\n正文"
    paragraphs = [Paragraph(0, 0, 6, is_noise=True), Paragraph(1, 8, 10)]
    tokens = build_tokens(text, paragraphs, [["政府", "工作", "报告"], ["正文"]])
    assert _texts(text, tokens) == ["正文"]


def test_page_furniture_within_page_furniture_is_left_out_whole() -> None:
    # A page header holding a page-jump marker is two spans, one within the other.
    text = "政府（接第2版）工作报告\n正文"
    paragraphs = [Paragraph(0, 0, 12), Paragraph(1, 13, 15)]
    pieces = [["政府", "（", "接", "第", "2", "版", "）", "工作", "报告"], ["正文"]]
    tokens = build_tokens(text, paragraphs, pieces, ignored=[(0, 12), (2, 8)])
    assert _texts(text, tokens) == ["正文"]


def _tokens_piece_by_piece(
    text: str,
    paragraphs: list[Paragraph],
    paragraph_pieces: list[list[str]],
    show_layout: bool,
    ignored: list[tuple[int, int]],
) -> list[tuple[int, int, str, bool]]:
    """The diff tokens made the plain way: walk each paragraph's pieces; a piece that overlaps
    a number not yet ended starts a token that takes every piece until the number's end; a
    token within any span of page furniture is left out."""
    tokens = []
    for paragraph, pieces in zip(paragraphs, paragraph_pieces, strict=True):
        if paragraph.is_noise and not show_layout:
            continue
        body = text[paragraph.start : paragraph.end]
        numbers = whole_spans(body)
        bounds = [0]
        for piece in pieces:
            bounds.append(bounds[-1] + len(piece))
        spans = []
        index = 0
        while index < len(pieces):
            start, end = bounds[index], bounds[index + 1]
            overlapping = [n for n in numbers if n[1] > start and n[0] < end]
            if overlapping:
                number_end, is_figure = overlapping[0][1], overlapping[0][2]
                while index + 1 < len(pieces) and bounds[index + 1] < number_end:
                    index += 1
                spans.append((start, bounds[index + 1], is_figure))
            else:
                spans.append((start, end, False))
            index += 1
        for start, end, is_number in spans:
            first, last = paragraph.start + start, paragraph.start + end
            key = text[first:last] if show_layout else fold_key(text[first:last])
            inside = any(s <= first and last <= e for s, e in ignored)
            if not show_layout and (inside or not key):
                continue
            tokens.append((first, last, key, is_number))
    return tokens


_PIECE = st.sampled_from(
    [
        "增长",
        "6",
        "%",
        "左右",
        "5.5",
        "亿",
        "吨",
        "2024",
        "年",
        "2024年",
        "20",
        "24年",
        "七",
        "成",
        "以上",
        "，",
        " ",
        "\n",
        "３",
        "．",
        "个百分点",
        "至",
        "8",
        "元",
        "（",
        "一",
        "）",
        "能源",
        "PM",
        "多",
    ]
)


@PROPERTY_SETTINGS
@given(
    st.lists(
        st.tuples(st.lists(_PIECE, min_size=1, max_size=12), st.booleans(), st.booleans()),
        min_size=1,
        max_size=5,
    ),
    st.booleans(),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=4),
)
def test_tokens_are_those_made_piece_by_piece(
    drawn: list[tuple[list[str], bool, bool]],
    show_layout: bool,
    ignored_at: list[tuple[int, int]],
) -> None:
    # Paragraphs noise or not, each after a line break or straight after the one before.
    text = ""
    paragraphs = []
    paragraph_pieces = []
    for index, (pieces, is_noise, after_break) in enumerate(drawn):
        text += "\n" if after_break else ""
        start = len(text)
        text += "".join(pieces)
        paragraphs.append(Paragraph(index, start, len(text), is_noise=is_noise))
        paragraph_pieces.append(pieces)
    # Page furniture: apart, touching, overlapping or one within another.
    ignored = [(start, start + length) for start, length in ignored_at]
    tokens = build_tokens(
        text, paragraphs, paragraph_pieces, show_layout=show_layout, ignored=ignored
    )
    made = list(
        zip(
            tokens.starts,
            tokens.ends,
            tokens.keys,
            [index in tokens.numbers for index in range(len(tokens.keys))],
            strict=True,
        )
    )
    assert made == _tokens_piece_by_piece(text, paragraphs, paragraph_pieces, show_layout, ignored)
