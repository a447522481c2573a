"""PDF page lines back to paragraphs: page numbers, running heads, broken lines."""

from __future__ import annotations

import pytest

from core.ingest.pdf_layout import (
    display_width,
    is_page_number,
    join_lines,
    pages_to_text,
    running_heads,
    strip_page_furniture,
)


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
    kept = strip_page_furniture(pages)
    assert kept == [body[:4], body[4:]]


def test_a_lone_number_inside_the_page_is_kept() -> None:
    lines = ["页眉", "甲", "乙", "丙", "7", "丁", "戊", "己", "页脚"]
    assert "7" in strip_page_furniture(["\n".join(lines)])[0]


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
    assert pages_to_text([f"页眉\n{first}\n1", f"页眉\n{second}\n2"]) == first + second
