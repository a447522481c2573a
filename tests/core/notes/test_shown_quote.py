"""A quote's Markdown marks are judged on its whole line: none is quoted as text for a cut."""

from __future__ import annotations

import pytest

from core.notes.records import CONTEXT_CHARS, Anchor
from core.notes.shown_quote import quote_on_context, shown_quote
from core.plain_passage import plain_passage

# One long line of bold figures, as an interpretation lays them out.
LINE = (
    "2024年，全市地区生产总值增长**5.2%**，一般公共预算收入增长**3.1%**，城镇新增就业"
    "**4.5万人**，城乡居民人均可支配收入分别增长**4.6%**和**6.5%**，粮食总产量**30.5亿斤**，"
    "规上工业增加值增长**8.1%**。"
)
TEXT = "# 2024年成绩单\n\n" + LINE + "\n\n下一段。\n"


def _anchor(text: str, quote: str) -> Anchor:
    """The anchor an annotation of ``quote`` keeps: the passage and its context."""
    start = text.index(quote)
    end = start + len(quote)
    prefix = text[max(0, start - CONTEXT_CHARS) : start]
    return Anchor(quote, prefix, text[end : end + CONTEXT_CHARS], start, end)


@pytest.mark.parametrize(
    "quote",
    ["上工业增加值增长**8.1%**", "工业增加值增长**8.1%**。", "**6.5%**，粮食总产量**30.5亿斤**"],
)
def test_a_quote_whose_context_cuts_a_bold_pair_reads_without_marks(quote: str) -> None:
    anchor = _anchor(TEXT, quote)
    assert "**" in anchor.prefix[:8]  # the context starts between the marks of a pair
    as_shown = plain_passage(TEXT, anchor.start, anchor.end)
    assert "*" not in as_shown
    assert shown_quote(anchor, TEXT) == as_shown
    assert quote_on_context(anchor) == as_shown  # its passage gone from the report
    assert shown_quote(anchor, TEXT.replace("8.1%", "8.2%")) == as_shown


def test_asterisks_that_pair_with_nothing_on_a_whole_line_are_quoted() -> None:
    text = "第一行\n评分 ** 不是标记，乘号 2*3\n第三行\n"
    anchor = _anchor(text, "评分 ** 不是标记，乘号 2*3")
    assert shown_quote(anchor, text) == quote_on_context(anchor) == "评分 ** 不是标记，乘号 2*3"
