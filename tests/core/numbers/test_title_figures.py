"""Figures are read without running on from a title line across the blank line after it."""

from __future__ import annotations

from core.numbers.extract import extract_numbers
from core.numbers.scan_text import scan_text
from core.outline import parse_outline

OPENING = "各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n"


def test_the_scanning_copy_keeps_a_title_block_apart() -> None:
    title = "长治市2024年政府工作报告"
    speaker = "长治市人民政府市长\u3000某某"
    copy = scan_text(f"{title}\n\n{speaker}\n\n{OPENING}").text
    assert copy.startswith(f"{title}\n\n长治市人民政府市长 某某\n\n各位代表:")
    # A figure's broken word is still read whole.
    assert "地区生产总值" in scan_text("2025年全市主要预期目标是:地\n\n区生产总值增长5%。").text


def test_a_figure_in_a_title_counts_only_the_title_s_words() -> None:
    text = f"长治市2024年10件民生实事\n\n{OPENING}"
    (count,) = extract_numbers(text, parse_outline(text), 2024)
    assert (count.value, count.unit, count.indicator) == (10, "件", "民生实事")
    assert text[count.start : count.end] == "长治市2024年10件民生实事"
