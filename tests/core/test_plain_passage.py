"""A passage in plain text as the reader shows it: broken words whole, marks left out."""

from __future__ import annotations

from core.plain_passage import passage_on_one_line, plain_passage, plain_phrase


def _read(passage: str, before: str = "", after: str = "") -> str:
    text = before + passage + after
    return plain_passage(text, len(before), len(before) + len(passage))


def test_a_passage_reads_with_its_broken_words_whole_and_its_paragraphs_apart() -> None:
    before = "今年经济社会发展的主要预期目标是:"
    assert _read("地\n\n区生产总值增长6%", before) == "地区生产总值增长6%"
    assert _read("增长6%。\n\n保持投资强度。") == "增长6%。\n\n保持投资强度。"
    assert _read("（一）坚持抓项目\n\n统筹抓好项目") == "（一）坚持抓项目\n\n统筹抓好项目"
    # A short line is a title unless the text before shows it to be the end of a long one.
    assert _read("地\n\n区生产总值") == "地\n\n区生产总值"
    assert _read("工作报告\n\n各位代表", before="\n政府") == "工作报告\n\n各位代表"
    assert _read("没有换行") == "没有换行"
    # A passage that ends at the break: the word goes on after it.
    assert _read("目标是:地\n\n", "今年经济社会发展的主要预期", "区生产总值") == "目标是:地"


def test_markdown_marks_and_subscript_markup_are_left_out() -> None:
    text = "### 八个方面工作成效\n\n增长  \n**2.6%**\n\nPM_{2.5}浓度"
    assert plain_passage(text, 0, len(text)) == "八个方面工作成效\n\n增长  \n2.6%\n\nPM2.5浓度"
    # A bold mark the passage cuts in half is left out too: the text around tells it is one.
    cut = text.index("**2.6") + 1
    assert plain_passage(text, 0, cut) == "八个方面工作成效\n\n增长  \n"
    assert plain_passage(text, cut + 1, text.index("%**") + 2) == "2.6%"
    assert plain_passage(text, 3, 3) == ""


def test_a_passage_on_one_line_reads_each_line_break_as_one_space() -> None:
    text = (
        "### 八个方面工作成效\n\n地区生产总值完成  \n**2593.4亿元**\n\n"
        "今年经济社会发展的主要预期目标是:地\n\n区生产总值增长6%"
    )
    bold = text.index("地区")
    assert passage_on_one_line(text, bold, text.index("元**") + 1) == "地区生产总值完成 2593.4亿元"
    assert passage_on_one_line(text, 0, bold) == "八个方面工作成效"
    assert passage_on_one_line(text, text.index("地\n"), len(text)) == "地区生产总值增长6%"
    assert passage_on_one_line("没有换行", 0, 4) == "没有换行"


def test_a_phrase_reads_as_the_reader_shows_it() -> None:
    assert plain_phrase("PM_{2.5}浓度降至30微克/立方米") == "PM2.5浓度降至30微克/立方米"
    assert plain_phrase("增长**2.6%**") == "增长2.6%"
    assert plain_phrase("1374公里  \n太行一号旅游公路") == "1374公里 太行一号旅游公路"
    assert plain_phrase("PM2.5浓度") == "PM2.5浓度"
