"""Markdown marks: where the hashes and bold marks are, and stretches read without them."""

from __future__ import annotations

from core.markup import markdown_marks, without_marks
from core.outline import parse_outline

MARKDOWN = (
    "# 攻坚克难\n\n### 八个方面工作成效 ##\n\n地区生产总值完成  \n**2593.4亿元**  \n\n# 2024\n"
)


def test_heading_hashes_and_bold_marks_of_a_markdown_text() -> None:
    markup = markdown_marks(MARKDOWN, parse_outline(MARKDOWN))
    marks = [MARKDOWN[start:end] for start, end in markup.marks]
    assert marks == ["# ", "### ", " ##", "**", "**", "# "]
    assert [MARKDOWN[start:end] for start, end in markup.bold] == ["2593.4亿元"]


def test_a_plain_report_has_no_heading_marks() -> None:
    text = "一、2023年工作回顾\n\n# 这一行不是标题\n\n完成**15**件实事。"
    markup = markdown_marks(text, parse_outline(text))
    assert [text[start:end] for start, end in markup.marks] == ["**", "**"]
    assert [text[start:end] for start, end in markup.bold] == ["15"]


def test_lone_or_spaced_asterisks_are_not_bold_marks() -> None:
    text = "增长 ** 5%，a*b，** 开头"
    assert markdown_marks(text, parse_outline(text)).marks == ()


def test_without_marks_reads_a_stretch_as_the_reader_shows_it() -> None:
    markup = markdown_marks(MARKDOWN, parse_outline(MARKDOWN))
    assert without_marks(MARKDOWN, 0, len(MARKDOWN), markup) == (
        "攻坚克难\n\n八个方面工作成效\n\n地区生产总值完成  \n2593.4亿元  \n\n2024\n"
    )
    bold = MARKDOWN.index("**2593")
    assert without_marks(MARKDOWN, bold + 1, bold + 6, markup) == "2593"  # starts inside a mark
    heading = MARKDOWN.index("###")
    assert without_marks(MARKDOWN, heading + 2, heading + 8, markup) == "八个方面"
    assert without_marks(MARKDOWN, 3, 3, markup) == ""


def test_the_interpretation_sample_reads_without_marks(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2025i"]
    markup = markdown_marks(text, parse_outline(text))
    plain = without_marks(text, 0, len(text), markup)
    assert "**" not in plain
    assert not [line for line in plain.splitlines() if line.lstrip().startswith("#")]
    assert "八个方面工作成效" in plain and "2593.4亿元" in plain
