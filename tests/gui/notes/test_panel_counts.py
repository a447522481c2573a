"""The annotations panel says how many annotations it lists (of how many, when filtered) and,
when it lists none, why: no report open, none made yet, or none matching the filters."""

from __future__ import annotations

from typing import Any

from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.records import Annotation


def _mark(store: Any, report: int, quote: str, colour: str, tags: list[str]) -> Annotation:
    start = store.report(ReportId(report)).text.index(quote)
    return annotate(store, ReportId(report), start, start + len(quote), colour, "", tags)


def _annotated(store: Any) -> None:
    _mark(store, 1, "城镇新增就业", "green", ["就业", "目标"])
    _mark(store, 1, "新质生产力", "yellow", ["新提法"])
    _mark(store, 1, "乡村振兴", "red", [])
    _mark(store, 3, "新质生产力", "yellow", ["新提法"])
    _mark(store, 3, "城镇新增就业", "green", ["就业"])


def _said(panel: Any) -> str:
    return panel.count_label.text() if panel.count_label.isVisibleTo(panel) else ""


def _hint(panel: Any) -> str:
    label = panel.empty_hint.label
    return label.text() if label.isVisibleTo(panel.tree) else ""


def test_the_count_says_how_many_are_listed_and_in_how_many_reports(
    window: Any, store: Any
) -> None:
    _annotated(store)
    window.open_report(ReportId(1))
    panel = window.annotations_panel
    assert _said(panel) == "3 annotations in this report"
    panel.everywhere.setChecked(True)
    assert _said(panel) == "5 annotations in 2 reports"
    panel.tag.setCurrentIndex(panel.tag.findData("就业"))
    assert _said(panel) == "Found 2 of 5 annotations"
    panel.everywhere.setChecked(False)
    assert _said(panel) == "Found 1 of 3 annotations"
    assert _hint(panel) == ""


def test_every_reports_annotations_read_report_by_report_are_counted(
    window: Any, store: Any
) -> None:
    _annotated(store)
    panel = window.annotations_panel
    panel.eager_limit = 1
    panel.everywhere.setChecked(True)
    assert _said(panel) == "5 annotations in 2 reports"
    panel.search.setText("新质生产力")
    panel.refresh()
    assert _said(panel) == "Found 2 of 5 annotations"


def test_the_tag_filter_offers_every_tag_with_its_count(window: Any, store: Any) -> None:
    _annotated(store)
    panel = window.annotations_panel
    offered = [panel.tag.itemText(i) for i in range(panel.tag.count())]
    assert offered == ["All tags", "就业 (2)", "新提法 (2)", "目标 (1)"]


def test_an_empty_list_says_why(window: Any, store: Any) -> None:
    panel = window.annotations_panel
    assert _hint(panel).startswith("Open a report to see its annotations")
    window.open_report(ReportId(1))
    assert _hint(panel).startswith("No annotations in this report yet")
    assert _said(panel) == ""
    _annotated(store)
    panel.refresh()
    assert _hint(panel) == ""
    panel.search.setText("没有这句话")
    panel.refresh()
    assert _hint(panel) == "No annotation matches the search and filters above."
    assert _said(panel) == "Found 0 of 3 annotations"
    panel.search.clear()
    panel.refresh()
    assert _hint(panel) == "" and _said(panel) == "3 annotations in this report"
