"""Noise recognition: page-jump markers, page headers, page numbers, credits."""

from __future__ import annotations

import itertools

import pytest

from core.noise import line_noise_kind, noise_spans


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(上接第一版)", "page_jump"),
        ("（下转第四版）", "page_jump"),
        ("(上接第一版)完成营造林13万亩。", "page_jump"),
        ("推动高新大道全线贯通, (下转第四版)", "page_jump"),
        ("政府工作报告", "page_header"),
        ("  政 府 工 作 报 告  ", "page_header"),
        ("1", "page_number"),
        ("12\n", "page_number"),
        ("- 3 -", "page_number"),
        ("第 3 版", "page_number"),
        ("# 2024", "page_number"),
        ("文字整理:桂滨", "credits"),
        ("版式设计：高琪 桂滨", "credits"),
        ("一、2023年工作回顾", None),
        ("(一)着力扩大有效益的投资,夯实稳增长基础。", None),
        ("长治市2024年政府工作报告", None),
        ("保持投资强度。统筹抓好2265个项目建设。", None),
        ("", None),
        ("   ", None),
    ],
)
def test_line_noise_kind(line: str, kind: str | None) -> None:
    assert line_noise_kind(line) == kind


def test_marker_opening_a_body_line_is_reported_alone() -> None:
    text = "前文。\n\n(上接第一版)完成营造林13万亩。\n"
    spans = noise_spans(text)
    assert len(spans) == 1
    start, end, kind = spans[0]
    assert (text[start:end], kind) == ("(上接第一版)", "page_jump")


def test_marker_closing_a_line_and_offsets_after_a_wide_character() -> None:
    text = "𠮷推动高新大道全线贯通, (下转第四版)\n"
    [(start, end, kind)] = noise_spans(text)
    assert text[start:end] == "(下转第四版)"
    assert kind == "page_jump"
    assert start == text.index("(")


def test_whole_line_kinds_cover_the_line_content_only() -> None:
    text = "正文第一段。\n\n  政府工作报告  \n\n3\n\n文字整理:桂滨\n"
    found = [(text[s:e], k) for s, e, k in noise_spans(text)]
    assert found == [
        ("政府工作报告", "page_header"),
        ("3", "page_number"),
        ("文字整理:桂滨", "credits"),
    ]


def test_a_short_line_repeated_three_times_is_a_running_head() -> None:
    text = "长治日报\n正文一。\n长治日报\n正文二。\n长治日报\n正文三。\n"
    found = [(text[s:e], k) for s, e, k in noise_spans(text)]
    assert found == [("长治日报", "page_header")] * 3


def test_a_line_repeated_twice_or_a_sentence_is_not_a_running_head() -> None:
    text = "增长\n正文。\n增长\n好。\n好。\n好。\n"
    assert noise_spans(text) == []


def test_spans_are_sorted_and_disjoint() -> None:
    text = "(上接第二版)正文。\n\n2\n\n正文。 (下转第八版)\n"
    spans = noise_spans(text)
    assert [k for _s, _e, k in spans] == ["page_jump", "page_number", "page_jump"]
    for (_s1, end1, _k1), (start2, _e2, _k2) in itertools.pairwise(spans):
        assert end1 <= start2


def test_newspaper_samples_have_header_and_both_page_jumps(sample_texts: dict[str, str]) -> None:
    for name in ("cz2024np", "cz2026np"):
        text = sample_texts[name]
        found = [(text[s:e], k) for s, e, k in noise_spans(text)]
        assert found == [
            ("政府工作报告", "page_header"),
            ("(上接第一版)", "page_jump"),
            ("(下转第四版)", "page_jump"),
        ]


def test_interpretation_sample_panel_numbers_credits_and_label(
    sample_texts: dict[str, str],
) -> None:
    text = sample_texts["cz2025i"]
    found = [(text[s:e], k) for s, e, k in noise_spans(text)]
    assert found == [(n, "page_number") for n in "15263748"] + [
        ("文字整理:桂滨", "credits"),
        ("版式设计:高琪 桂滨", "credits"),
        ("# 2024", "page_number"),
    ]


def test_full_reports_have_no_noise(sample_texts: dict[str, str]) -> None:
    assert noise_spans(sample_texts["cz2024"]) == []
    assert noise_spans(sample_texts["jc2024"]) == []
