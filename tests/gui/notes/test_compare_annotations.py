"""Annotations in the compare view: drawn in both panes apart from the change marks, and made."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCharFormat, QTextCursor, QUndoStack

from core.library import load_report
from core.model import ReportId
from core.notes.library_notes import annotate
from core.store.annotations import annotations_of
from gui.compare.compare_view import CompareView


def report_id(store: Any, title: str) -> ReportId:
    return next(r.id for r in store.list_reports() if r.meta.title == title)


def test_compare_panes_draw_existing_annotations_and_make_new_ones(qtbot: Any, store: Any) -> None:
    left_id = report_id(store, "长治市2024年政府工作报告")
    right_id = report_id(store, "长治市2024年政府工作报告（报纸版）")
    left_text = store.report(left_id).text
    start = left_text.index("新质生产力")
    existing = annotate(store, left_id, start, start + 5, "red", "已有")
    view = CompareView(load_report(store, left_id), load_report(store, right_id))
    qtbot.addWidget(view)
    undo = QUndoStack(view)
    view.attach_annotations(store, undo)
    view.resize(1300, 800)
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.show()

    # Drawn after the comparison re-marked the documents, as a wavy underline.
    layer = view.left_pane.layer("annotations")
    assert [(h.start, h.end) for h in layer] == [
        view.left_pane.offsets.span_to_qt(start, start + 5)
    ]
    assert view.right_pane.layer("annotations") == []
    waves = [
        s
        for s in view.left_pane.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert len(waves) == 1 and waves[0].cursor.selectedText() == "新质生产力"
    assert waves[0].format.background().color().alpha() < 100  # the change marks show through
    assert view.pane_annotations(True).annotation_at(start).id == existing.id

    # A selection in the right pane becomes an annotation of the right report.
    right_text = store.report(right_id).text
    quote = "城镇新增就业"
    at = right_text.index(quote)
    cursor = QTextCursor(view.right_pane.document())
    cursor.setPosition(view.right_pane.offsets.to_qt(at))
    cursor.setPosition(
        view.right_pane.offsets.to_qt(at + len(quote)), QTextCursor.MoveMode.KeepAnchor
    )
    view.right_pane.setTextCursor(cursor)
    made = view.pane_annotations(False).highlight_selection("green")
    assert made is not None and made.report_id == right_id
    assert [(a.anchor.quote, a.colour) for a in annotations_of(store).for_report(right_id)] == [
        (quote, "green")
    ]
    assert len(view.right_pane.layer("annotations")) == 1
    # The current change mark and the annotations are drawn together.
    view.go_to_change(0)
    assert len(view.left_pane.extraSelections()) == 2
    undo.undo()
    assert annotations_of(store).for_report(right_id) == []
    assert view.right_pane.layer("annotations") == []


def test_a_file_compared_without_the_library_has_no_annotations(qtbot: Any, store: Any) -> None:
    left = load_report(store, report_id(store, "长治市2024年政府工作报告"))
    right = load_report(store, report_id(store, "长治市2026年政府工作报告（报纸版）"))
    from dataclasses import replace

    view = CompareView(left, replace(right, report_id=None))
    qtbot.addWidget(view)
    view.attach_annotations(store, QUndoStack(view))
    assert view.pane_annotations(True) is not None
    assert view.pane_annotations(False) is None
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.show()
