"""A target's row in lines: breaks between words, never inside a figure or a Latin word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.numbers.target_compare import TargetChange, TargetChangeKind
from core.numbers.target_lines import indicator_lines, line_pieces, value_lines, wrap_pieces


def at_most(characters: int) -> Callable[[str], bool]:
    """Lines of up to ``characters`` characters (a monospaced panel)."""
    return lambda line: len(line) <= characters


def change(label: str, before: str, after: str) -> TargetChange:
    kind = TargetChangeKind.SAME if before == after else TargetChangeKind.CHANGED
    return TargetChange("key", label, None, None, kind, before, after)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("6%左右", ["6%左右"]),
        ("4.3万人以上", ["4.3万人以上"]),
        ("控制在3%左右", ["控", "制", "在", "3%左右"]),
        ("不少于5万人", ["不", "少", "于", "5万人"]),
        ("5%~6%", ["5%~6%"]),
        ("七成以上", ["七成以上"]),
        ("畜禽养殖达到1.5亿只", ["畜", "禽", "养", "殖", "达", "到", "1.5亿只"]),
        ("25亿斤以上", ["25亿斤以上"]),
        # The figure is 3个: the words after it break as words (a comparison keeps the same).
        ("建成3个绿电园区", ["建", "成", "3个", "绿", "电", "园", "区"]),
        ("2026年", ["2026年"]),
        ("同步", ["同", "步"]),
        ("PM2.5浓度", ["PM2.5", "浓", "度"]),
        ("单位GDP能耗", ["单", "位", "GDP", "能", "耗"]),
        ("增长6%，力争7%", ["增", "长", "6%，", "力", "争", "7%"]),
        ("（报纸版）收入", ["（报", "纸", "版）", "收", "入"]),
        ("6%左右 → 6%以上", ["6%左右 ", "→ ", "6%以上"]),
        ("", []),
    ],
)
def test_pieces_keep_figures_and_latin_words_whole(text: str, pieces: list[str]) -> None:
    assert line_pieces(text) == pieces
    assert "".join(pieces) == text


def test_wrapping_fills_lines_and_cuts_a_piece_only_wider_than_a_line() -> None:
    pieces = line_pieces("控制在3%左右")
    assert wrap_pieces(pieces, at_most(10)) == ["控制在3%左右"]
    assert wrap_pieces(pieces, at_most(5)) == ["控制在", "3%左右"]
    assert wrap_pieces(pieces, at_most(2)) == ["控制", "在", "3%", "左右"]  # a last resort
    assert wrap_pieces(["a ", "b"], at_most(1)) == ["a", "b"]  # no trailing space kept
    assert wrap_pieces([], at_most(3)) == [""]


def test_the_two_targets_share_a_line_or_break_at_the_arrow() -> None:
    cpi = change("居民消费价格涨幅", "控制在3%左右", "控制在2%左右")
    assert value_lines(cpi, at_most(20)) == ["控制在3%左右 → 控制在2%左右"]
    assert value_lines(cpi, at_most(12)) == ["控制在3%左右", "→ 控制在2%左右"]
    # Narrower still, a target breaks before its figure, never inside it.
    assert value_lines(cpi, at_most(8)) == ["控制在3%左右", "→ 控制在", "2%左右"]
    jobs = change("城镇新增就业", "4.3万人", "4.3万人以上")
    for width in range(8, 20):
        lines = value_lines(jobs, at_most(width))
        assert "4.3万人以上" in "".join(lines) and any("4.3万人以上" in x for x in lines)
        assert all(len(line) <= width for line in lines)
    # A figure as wide as the line: the arrow ends the line before it.
    assert value_lines(jobs, at_most(8)) == ["4.3万人 →", "4.3万人以上"]
    assert value_lines(change("", "4.3万人以上", "4.5万人以上"), at_most(8)) == [
        "4.3万人以上",
        "→",
        "4.5万人以上",
    ]
    # A target one report does not have reads as the dash.
    added = TargetChange("k", "粮食产量", None, None, TargetChangeKind.ADDED, "", "25亿斤以上")
    assert value_lines(added, at_most(20)) == ["— → 25亿斤以上"]
    assert value_lines(added, at_most(20), none="无") == ["无 → 25亿斤以上"]


def test_words_break_between_characters() -> None:
    duty = change("约束性指标", "不折不扣完成省下达任务", "不折不扣完成省下达的目标任务")
    assert value_lines(duty, at_most(14)) == [
        "不折不扣完成省下达任务",
        "→ 不折不扣完成省下达的目标",
        "任务",
    ]
    assert indicator_lines(change("城镇居民人均可支配收入", "同步", "高于"), at_most(8)) == [
        "城镇居民人均可支",
        "配收入",
    ]
