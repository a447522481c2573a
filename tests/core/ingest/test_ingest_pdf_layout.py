"""PDF page lines back to paragraphs: page numbers, running heads, broken lines."""

from __future__ import annotations

import pytest

from core.ingest.pdf_layout import (
    agreeing_marks,
    display_width,
    is_page_number,
    join_lines,
    pages_to_text,
    running_heads,
    strip_page_furniture,
)
from core.ingest.pdf_lines import PageLine


def unplaced(page: str) -> list[PageLine]:
    """A page's lines as text alone, with no places (as when pypdf reports none)."""
    return [PageLine(line.strip()) for line in page.splitlines() if line.strip()]


@pytest.mark.parametrize(
    "line", ["12", "- 12 -", "—3—", "第 3 页", "第3页 共10页", "3/10", "Page 4", "１２"]
)
def test_page_numbers(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2023年工作回顾", "一、", "12个项目", "增长6%", "（一）"])
def test_not_page_numbers(line: str) -> None:
    assert not is_page_number(line)


def test_display_width_counts_ascii_as_half() -> None:
    assert display_width("报告") == 2
    assert display_width("GDP增长6%") == 4.5
    assert display_width("𠮷a") == 1.5


def test_running_heads_need_half_the_pages() -> None:
    pages = [["政府工作报告", "正文甲"], ["政府工作报告", "正文乙"], ["正文丙"], ["正文丁"]]
    assert running_heads(pages) == {"政府工作报告"}
    assert running_heads([*pages, ["正文戊"]]) == set()


def test_running_heads_with_changing_numbers_are_one_head() -> None:
    pages = [
        [f"长治日报 2024年1月{day}日 第{day}版", f"正文{name}"]
        for day, name in zip((5, 6, 7), "甲乙丙", strict=True)
    ]
    assert running_heads(pages) == {"长治日报 #年#月#日 第#版"}


def test_furniture_goes_only_at_page_edges() -> None:
    body = [f"第{name}行正文，内容足够长，用来占满页面中间的位置。" for name in "甲乙丙丁戊己庚辛"]
    pages = [
        "\n".join(["政府工作报告", *body[:4], "1"]),
        "\n".join(["政府工作报告", "12", *body[4:], "2"]),
    ]
    kept = strip_page_furniture([unplaced(page) for page in pages])
    assert [[line.text for line in page] for page in kept] == [body[:4], body[4:]]


def test_a_lone_number_inside_the_page_is_kept() -> None:
    lines = ["页眉", "甲", "乙", "丙", "7", "丁", "戊", "己", "页脚"]
    assert PageLine("7") in strip_page_furniture([unplaced("\n".join(lines))])[0]


def test_lines_broken_by_the_page_width_are_rejoined() -> None:
    lines = [
        "一、2023年工作回顾",
        "过去一年，在市委的坚强领导下，全市上下坚持以习近",
        "平新时代中国特色社会主义思想为指导，攻坚克难。",
        "（一）坚持抓项目、帮企业，经济运行向上向好。突出",
        "项目“第一支撑”，实施重点项目1920个，带动固定资产",
        "投资完成963.5亿元。",
        "二是完善政策。",
    ]
    assert join_lines(lines) == [
        "一、2023年工作回顾",
        "过去一年，在市委的坚强领导下，全市上下坚持以习近平新时代中国特色社会主义思想为指导，攻坚克难。",
        "（一）坚持抓项目、帮企业，经济运行向上向好。突出项目“第一支撑”，实施重点项目1920个，带动固定资产投资完成963.5亿元。",
        "二是完善政策。",
    ]


def test_a_full_line_ending_a_sentence_joins_unless_a_heading_follows() -> None:
    full = "全市上下坚持以习近平新时代中国特色社会主义思想为指导。"
    item = "一是坚持以习近平新时代中国特色社会主义思想为指导，"
    assert join_lines([full, full, item, "短句。"]) == [full + full, item + "短句。"]
    assert join_lines([full, "（二）坚持强产业。", full]) == [full, "（二）坚持强产业。", full]


def test_latin_words_broken_by_a_line_get_a_space() -> None:
    lines = ["The government work report was delivered on", "Monday to the people's congress."]
    assert join_lines(lines) == [
        "The government work report was delivered on Monday to the people's congress."
    ]


def test_pages_to_text_joins_across_pages() -> None:
    first = "第一页的最后一行写满了整整一行文字，句子还没有结束"
    second = "第二页接着写完这句话。"
    pages = [unplaced(f"页眉\n{first}\n1"), unplaced(f"页眉\n{second}\n2")]
    assert pages_to_text(pages) == first + second


def test_a_line_marked_by_the_layout_starts_a_paragraph_after_a_full_line() -> None:
    full = "全市上下坚持以习近平新时代中国特色社会主义思想为指导。"
    lines = [full, full, "营造一流创新生态。", full]
    assert join_lines(lines) == [full + full + "营造一流创新生态。", full]
    assert join_lines(lines, [False, False, True, False]) == [
        full + full,
        "营造一流创新生态。",
        full,
    ]


def test_layout_marks_count_only_where_most_follow_a_short_line() -> None:
    ends_short = [False, True, False, False, True, False]
    agreeing = [False, False, True, False, True, False]
    assert agreeing_marks(agreeing, ends_short) == agreeing
    assert agreeing_marks([False, True, False, True, False, True], ends_short) == [False] * 6
    assert agreeing_marks([False] * 6, ends_short) == [False] * 6
