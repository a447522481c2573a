"""Terminal tables padded by the columns a cell takes on screen (a Chinese character two)."""

from __future__ import annotations

from core.cli.table_columns import padded, table_lines
from core.text_width import display_width
from tests.core.cli.column_starts import column_starts, misaligned


def test_a_chinese_character_takes_two_columns_a_combining_mark_none() -> None:
    assert display_width("GDP") == 3
    assert display_width("地区生产总值") == 12
    assert display_width("3.7%（GDP 2.6%）") == 16  # fullwidth brackets
    assert display_width("e\u0301") == 1


def test_padding_counts_screen_columns() -> None:
    assert padded("长治", 6) == "长治  "
    assert padded("12", 5, right=True) == "   12"
    assert padded("不折不扣完成", 4) == "不折不扣完成"


def test_every_row_of_a_mixed_table_starts_its_columns_at_one_screen_column() -> None:
    rows = [
        ["Indicator", "Target", "Verdict", "Gap"],
        ["地区生产总值", "6%左右", "未完成（接近）", "-3.4个百分点"],
        ["城镇新增就业", "4.3万人以上", "met"],
        ["约束性指标", "不折不扣完成省下达的目标任务", "待下年报告", ""],
    ]
    lines = table_lines(rows, indent="  ")
    assert not misaligned(lines)
    assert column_starts(lines[0]) == [2, 16, 46, 62]
    assert all(line == line.rstrip() for line in lines)


def test_right_aligned_columns_end_together() -> None:
    lines = table_lines([["5", "长治市", "report"], ["12", "晋城", "newspaper"]], right_aligned={0})
    assert lines == [" 5  长治市  report", "12  晋城    newspaper"]
