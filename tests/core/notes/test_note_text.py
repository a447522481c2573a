"""A note's Markdown read as plain text: the marks left out, what they mark kept."""

from __future__ import annotations

import pytest

from core.notes.note_text import note_plain_lines, plain_line


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("**重点** 稳中求进、以进促稳", "重点 稳中求进、以进促稳"),
        ("*注意*与 __加粗__ 和 _斜体_ 及~~删去~~", "注意与 加粗 和 斜体 及删去"),
        ("***又粗又斜*** 与 **外 *内* 外**", "又粗又斜 与 外 内 外"),
        ("## 小标题 ##", "小标题"),
        ("> 引用 **原话**", "引用 原话"),
        ("见[国务院文件](https://www.gov.cn/x) 与 `GDP`", "见国务院文件 与 GDP"),
        (r"增长 5\*2 与 \*\*不是粗体\*\*", "增长 5*2 与 **不是粗体**"),
        ("- 第一条", "- 第一条"),
        ("1. 第一条", "1. 第一条"),
        ("-0.4个百分点", "-0.4个百分点"),
        ("2*3 与 a_b_c 之外", "2*3 与 a_b_c 之外"),
        ("---", ""),
    ],
)
def test_a_line_reads_as_the_text_markdown_shows(line: str, shown: str) -> None:
    assert plain_line(line) == shown


def test_a_note_keeps_its_lines_without_the_empty_ones() -> None:
    note = "# 要点\n\n**第一**：稳\n\n\n第二：进"
    assert note_plain_lines(note) == ["要点", "第一：稳", "第二：进"]
    assert note_plain_lines("") == []
