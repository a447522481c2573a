"""The words of a comparison's HTML report, in Chinese and in English.

The report is read by the person who made it, so its own words (the headings, the counts, the
legend, the kinds of change, why areas were paired) are in their language: the window's when
saved or printed from the window, the command line's when from ``reportlens compare --html``.
The reports' words (titles, headings, the text compared) are shown as the reports have them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.compare.pair_reasons import PairReason, reason_in_chinese, reason_in_plain_english
from core.compare.records import ChangeKind
from core.compare.section_labels import (
    CHINESE_SECTION_NAMES,
    ENGLISH_SECTION_NAMES,
    SectionNames,
)


@dataclass(frozen=True)
class HtmlWords:
    """The report's own words in one language.

    Attributes:
        lang: the language of these words (the ``lang`` attribute of the page's own words).
        kinds: each kind of change, as the window's change list names it.
        counts: the counts' headings: added, removed, reworded, moved, total, and the changed
            numbers counted among the passages (as the window's change list counts them).
        legend: the legend's names of deleted, inserted, reworded, a changed number and moved
            (as the window's legend names them).
        caret: what a caret says: the other side has text here that this side does not have.
        caret_count: the same of several, with ``{count}``.
        summary: a change in the change list: its ``{kind}``, its ``{where}`` and what it
            changes, ``{what}`` (as the window's change list puts it, after a colon).
        no_changes: the change list of two texts that read alike.
        change_list, side_by_side: the two sections' headings.
        reason: why two areas were paired, or one stands alone.
        why: a reason beside a part's heading, with ``{reason}``.
        by_hand: the note above an area paired or unpaired by hand, with ``{reason}``,
            ``{left}`` and ``{right}``.
        sections: the app's labels of stretches without a heading (``（开篇）``, ``(opening)``)
            and of the other side of a section added or removed.
    """

    lang: str
    kinds: dict[ChangeKind, str]
    counts: tuple[str, str, str, str, str, str]
    legend: tuple[str, str, str, str, str]
    caret: str
    caret_count: str
    summary: str
    no_changes: str
    change_list: str
    side_by_side: str
    reason: Callable[[PairReason], str]
    why: str
    by_hand: str
    sections: SectionNames


CHINESE_HTML_WORDS = HtmlWords(
    lang="zh-CN",
    kinds={
        ChangeKind.INSERTED: "新增",
        ChangeKind.DELETED: "删除",
        ChangeKind.REPLACED: "改写",
        ChangeKind.MOVED: "移动",
        ChangeKind.ADDED_SECTION: "新增章节",
        ChangeKind.REMOVED_SECTION: "删除章节",
    },
    counts=("新增", "删除", "改写", "移动", "合计", "其中数字变化"),
    legend=("删除", "新增", "改写", "数字变化", "移动"),
    caret="另一侧在此处有增删",
    caret_count="另一侧在此处有 {count} 处增删",
    summary="{kind} {where}：{what}",
    # In the window's words (its change list).
    no_changes="没有改动：两份文本内容一致。",
    change_list="改动列表",
    side_by_side="并排对比全文",
    reason=reason_in_chinese,
    why="（{reason}）",
    by_hand="{reason}：「{left}」↔「{right}」",
    sections=CHINESE_SECTION_NAMES,
)
"""The report's words in Chinese."""

ENGLISH_HTML_WORDS = HtmlWords(
    lang="en",
    kinds={
        ChangeKind.INSERTED: "Inserted",
        ChangeKind.DELETED: "Deleted",
        ChangeKind.REPLACED: "Reworded",
        ChangeKind.MOVED: "Moved",
        ChangeKind.ADDED_SECTION: "Added section",
        ChangeKind.REMOVED_SECTION: "Removed section",
    },
    counts=("Added", "Removed", "Reworded", "Moved", "Total", "Changed numbers among them"),
    legend=("Deleted", "Inserted", "Reworded", "Changed number", "Moved"),
    caret="The other side has text here that this side does not have",
    caret_count="The other side has {count} insertions or deletions here",
    summary="{kind} {where}: {what}",
    no_changes="No changes: the two texts read alike.",
    change_list="Changes",
    side_by_side="Side by side",
    reason=reason_in_plain_english,
    why=" ({reason})",
    by_hand="{reason}: “{left}” ↔ “{right}”",
    sections=ENGLISH_SECTION_NAMES,
)
"""The report's words in English."""


def html_words(chinese: bool) -> HtmlWords:
    """The report's words in Chinese or in English."""
    return CHINESE_HTML_WORDS if chinese else ENGLISH_HTML_WORDS
