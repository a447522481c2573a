"""The annotations panel keeps the row chosen and where it was scrolled to while its list is
made anew: an annotation added in another report, or in the report listed."""

from __future__ import annotations

from typing import Any

from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.records import Annotation
from gui.notes.annotation_events import annotation_events
from gui.notes.annotations_model import ID_ROLE

QUOTES = ("城镇新增就业", "新质生产力", "乡村振兴", "高质量发展", "营商环境", "生态环境")


def _mark(store: Any, report: int, quote: str, occurrence: int = 0) -> Annotation:
    text = store.report(ReportId(report)).text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return annotate(store, ReportId(report), start, start + len(quote), "yellow", "笔记", ["标签"])


def _many(store: Any, report: int) -> list[Annotation]:
    """Enough annotations of a report that the panel's list scrolls."""
    made = []
    for quote in QUOTES:
        occurrences = store.report(ReportId(report)).text.count(quote)
        made.extend(_mark(store, report, quote, n) for n in range(min(occurrences, 5)))
    return made


def _panel_shown(window: Any) -> Any:
    window.resize(1000, 600)
    window.annotations_dock.show()
    window.annotations_dock.raise_()
    return window.annotations_panel


def test_an_annotation_added_in_another_report_leaves_the_list_where_it_was(
    window: Any, store: Any, qtbot: Any
) -> None:
    made = _many(store, 1)
    panel = _panel_shown(window)
    panel.everywhere.setChecked(True)
    qtbot.waitExposed(panel.tree)
    chosen = made[len(made) // 2]
    assert panel.select_annotation(chosen.id)
    bar = panel.tree.verticalScrollBar()
    assert bar.maximum() > 0, "the list is long enough to scroll"
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    _mark(store, 3, "新质生产力")
    annotation_events().report_changed.emit(store, 3)  # as the reader tells it
    assert panel.tree.currentIndex().data(ID_ROLE) == chosen.id
    assert bar.value() == scrolled


def test_a_highlight_made_in_the_report_listed_keeps_the_row_chosen(
    window: Any, store: Any, qtbot: Any
) -> None:
    made = _many(store, 1)
    window.open_report(ReportId(1))
    panel = _panel_shown(window)
    qtbot.waitExposed(panel.tree)
    chosen = made[-1]
    assert panel.select_annotation(chosen.id)
    bar = panel.tree.verticalScrollBar()
    scrolled = bar.value()
    assert scrolled > 0, "the row chosen is scrolled to"
    _mark(store, 1, "各位代表")
    annotation_events().report_changed.emit(store, 1)
    assert panel.tree.currentIndex().data(ID_ROLE) == chosen.id
    assert bar.value() == scrolled


def test_another_report_opened_is_listed_from_its_top(window: Any, store: Any, qtbot: Any) -> None:
    _many(store, 1)
    _many(store, 3)
    window.open_report(ReportId(1))
    panel = _panel_shown(window)
    qtbot.waitExposed(panel.tree)
    bar = panel.tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    window.open_report(ReportId(3))
    assert bar.value() == 0
    assert not panel.tree.currentIndex().isValid()
