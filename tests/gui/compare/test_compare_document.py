"""The compare view's documents: a comparison is marked on a copy of the plain document."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtGui import QFont

from core.compare.comparison import compare_reports
from core.compare.records import CompareInput
from core.library import LoadedReport
from gui.compare.compare_document import copy_document, mark_changes, plain_document
from gui.offsets import OffsetMap


def test_a_copy_marks_exactly_as_a_fresh_build_and_outlives_its_original(
    qtbot: Any, loaded: dict[str, LoadedReport]
) -> None:
    left, right = loaded["cz2024"], loaded["cz2024np"]
    comparison = compare_reports(CompareInput.from_loaded(left), CompareInput.from_loaded(right))
    font = QFont()
    font.setPointSizeF(15)
    for is_left, report in ((True, left), (False, right)):
        offsets = OffsetMap(report.text)

        def build(report: LoadedReport = report, offsets: OffsetMap = offsets) -> Any:
            return plain_document(report.text, report.outline, report.paragraphs, offsets, font)

        fresh, original = build(), build()
        copy = copy_document(original)
        assert copy.toHtml() == fresh.toHtml()  # the first block's formats included
        assert copy.defaultFont() == fresh.defaultFont()
        assert copy.documentMargin() == fresh.documentMargin()
        del original
        gc.collect()  # a clone() would be deleted with it
        mark_changes(fresh, offsets, comparison, is_left, ())
        mark_changes(copy, offsets, comparison, is_left, ())
        assert copy.toHtml() == fresh.toHtml()
        assert copy.toPlainText() == fresh.toPlainText()


def test_comparing_again_shows_the_marks_of_the_new_result_only(
    qtbot: Any, open_view: Any, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    by_words = [pane.document().toHtml() for pane in (view.left_pane, view.right_pane)]
    for _ in range(2):  # punctuation and spacing shown, then not: each marked on an unmarked copy
        with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
            view.layout_action.trigger()
        shown = [pane.document().toHtml() for pane in (view.left_pane, view.right_pane)]
        assert (shown == by_words) is not view.layout_action.isChecked()
