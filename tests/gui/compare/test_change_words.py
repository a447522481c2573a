"""Each kind of change has one name in each language: the window's legend and change list,
the HTML report (its counts, legend and change list) and the command line's lines say the same
words."""

from __future__ import annotations

import re
from typing import Any

import pytest

from core.cli.change_line_words import CHINESE_LINE_WORDS, ENGLISH_LINE_WORDS
from core.compare.comparison import compare_reports
from core.compare.html_report import render_html
from core.compare.html_words import html_words
from core.compare.records import ChangeCounts, ChangeKind, CompareInput
from core.library import LoadedReport
from gui.compare.change_list import ChangeListModel
from gui.compare.change_styles import Look, kind_name, look_name
from gui.compare.compare_legend import CompareLegend

COUNTS = ChangeCounts(added=2, removed=3, changed=1, moved=4, numbers=5)
"""Counts each group by a number of its own, to tell which word stands beside which."""


@pytest.fixture(params=["en", "zh"])
def in_chinese(request: pytest.FixtureRequest, qapp: Any) -> bool:
    """The window in English, or with its Chinese translation installed."""
    if request.param == "zh":
        request.getfixturevalue("chinese")
    return request.param == "zh"


def test_each_kind_of_change_is_named_alike_in_the_window_the_html_and_the_command_line(
    in_chinese: bool,
) -> None:
    html = html_words(in_chinese)
    line_words = CHINESE_LINE_WORDS if in_chinese else ENGLISH_LINE_WORDS
    for kind in ChangeKind:
        name = kind_name(kind)  # the change list's
        assert html.kinds[kind] == name
        # The command line writes English in lower case, as its other words.
        assert line_words.kinds[kind.value] == (name if in_chinese else name.lower())
    assert html.kinds[ChangeKind.REPLACED] == ("改写" if in_chinese else "Reworded")
    assert html.kinds[ChangeKind.ADDED_SECTION] == ("新增章节" if in_chinese else "Added section")
    # The HTML legend names the colours as the window's legend does.
    looks = (Look.DELETED, Look.INSERTED, Look.REPLACED, Look.NUMBER, Look.MOVED)
    assert html.legend == tuple(look_name(look) for look in looks)
    if not in_chinese:
        assert html.caret == "The other side has text here that this side does not have"


def test_the_counts_are_headed_alike_in_the_window_the_html_and_the_command_line(
    in_chinese: bool,
) -> None:
    # The window's change list: ``改写 1 · 新增 2 · 删除 3 · 移动 4 · 数字变化 5``.
    phrases = ChangeListModel().counts_text(COUNTS).split(" · ")
    words = [re.sub(r"\s*\d+\s*", "", phrase) for phrase in phrases]
    assert words[0] == ("改写" if in_chinese else "reworded")
    html = html_words(in_chinese)
    added, removed, reworded, moved = html.counts[:4]
    assert [w.lower() for w in (reworded, added, removed, moved)] == words[:4]
    line_words = CHINESE_LINE_WORDS if in_chinese else ENGLISH_LINE_WORDS
    line = line_words.counts.format(
        left="甲",
        right="乙",
        added=COUNTS.added,
        removed=COUNTS.removed,
        changed=COUNTS.changed,
        moved=COUNTS.moved,
        numbers=line_words.numbers.format(count=COUNTS.numbers),
    )
    for phrase in phrases[:4]:
        assert phrase in line, (phrase, line)


def test_the_legend_counts_whole_sections_in_the_plural(in_chinese: bool, qtbot: Any) -> None:
    legend = CompareLegend()
    qtbot.addWidget(legend)
    kinds = dict.fromkeys(ChangeKind, 1) | {
        ChangeKind.ADDED_SECTION: 11,
        ChangeKind.REMOVED_SECTION: 18,
    }
    legend.set_counts(COUNTS, kinds)
    added = legend.label(Look.ADDED_SECTION).text()
    removed = legend.label(Look.REMOVED_SECTION).text()
    if in_chinese:
        assert (added, removed) == ("新增章节 11", "删除章节 18")
    else:
        assert (added, removed) == ("Added sections 11", "Removed sections 18")
    # The same words as the change list's, which names one change at a time.
    assert added.startswith(kind_name(ChangeKind.ADDED_SECTION))
    assert legend.label(Look.REPLACED).text() == f"{kind_name(ChangeKind.REPLACED)} 1"


def test_a_change_is_put_after_its_kind_with_the_language_s_colon(
    in_chinese: bool, loaded: dict[str, LoadedReport]
) -> None:
    comparison = compare_reports(
        *(CompareInput.from_loaded(loaded[name]) for name in ("cz2024", "cz2026np"))
    )
    model = ChangeListModel()
    model.set_comparison(comparison)
    groups = [model.item(row) for row in range(model.rowCount())]
    rows = [group.child(row).text() for group in groups for row in range(group.rowCount())]
    colon = "：" if in_chinese else ": "
    kinds = tuple(kind_name(kind) + colon for kind in ChangeKind)
    assert len(rows) == len(comparison.changes) and all(row.startswith(kinds) for row in rows)
    # The HTML report's change list puts it the same way, after the section it stands in.
    page = render_html(comparison, words=html_words(in_chinese))
    items = re.findall(r"<li[^>]*><a [^>]*>([^<]*)</a> <small>[^<]*</small>(.)", page)
    assert items and {after for _, after in items} == {colon[0]}
