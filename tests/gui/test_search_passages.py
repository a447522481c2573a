"""The library search lists passages: nearby matches read once with each marked, every
passage shown whole and apart from the next, the counts those of a substring scan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextDocument

from core.library import find_report
from gui.search.library_search import HIT_COUNT_ROLE, REPORT_ID_ROLE
from gui.search.snippet_delegate import MARKS_ROLE, PADDING, snippet_html

SHARED = "焦化先进产能达到94%以上。新能源和清洁能源装机"


def _rows(model: Any) -> list[Any]:
    return [
        model.index(row, 0, model.index(group, 0))
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    ]


def test_nearby_matches_are_one_passage_and_the_counts_stay(window: Any, store: Any) -> None:
    panel = window.search_panel
    panel.search_now("能源")
    rows = _rows(panel.model)
    hits = store.search("能源")
    assert sum(row.data(HIT_COUNT_ROLE) for row in rows) == len(hits) > len(rows)
    assert panel.status.text() == f"{len(hits)} matches in 5 reports"
    report = find_report(store, "长治市2024年政府工作报告")
    count = store.report(report).text.count("能源")
    group = next(
        panel.model.index(g, 0)
        for g in range(panel.model.rowCount())
        if panel.model.index(g, 0).data(REPORT_ID_ROLE) == report
    )
    assert group.data().endswith(f"({count})")
    mine = [row for row in rows if row.data(REPORT_ID_ROLE) == report]
    assert sum(row.data(HIT_COUNT_ROLE) for row in mine) == count
    assert sum(SHARED in row.data() for row in rows) == 1  # the context is not repeated
    for row in rows:
        marks = row.data(MARKS_ROLE)
        assert len(marks) == row.data(HIT_COUNT_ROLE)
        assert all(row.data()[a:b] == "能源" for a, b in marks)


def _fits(view: Any, index: Any) -> bool:
    """Whether the row's passage is drawn whole: its text laid out in the row's width fits."""
    rect = view.visualRect(index)
    document = QTextDocument()
    document.setDefaultFont(view.font())
    document.setDocumentMargin(2)
    document.setHtml(snippet_html(index.data(), index.data(MARKS_ROLE)))
    document.setTextWidth(rect.width())
    return document.size().height() <= rect.height() - 2 * PADDING


def test_every_passage_is_shown_whole_and_apart(window: Any, qtbot: Any) -> None:
    window.resize(1300, 850)
    window.open_library_search()
    panel = window.search_panel
    panel.search_now("能源")
    view = panel.view
    rows = _rows(panel.model)
    qtbot.waitUntil(lambda: all(_fits(view, row) for row in rows[:3]), timeout=3000)
    # A rule under a passage that another follows.
    image = view.viewport().grab().toImage()
    rule = view.palette().color(QPalette.ColorRole.Mid).name()
    first = view.visualRect(rows[0])
    assert image.pixelColor(first.center().x(), first.bottom()).name() == rule
    assert image.pixelColor(first.center().x(), first.bottom() - 2).name() != rule
    # Narrower, the passages take more lines and are still whole.
    tall = first.height()
    narrower = window.search_dock.width() - 80
    window.resizeDocks([window.search_dock], [narrower], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: view.visualRect(rows[0]).height() > tall, timeout=3000)
    qtbot.waitUntil(lambda: all(_fits(view, row) for row in rows[:3]), timeout=3000)
