"""In a small window (800×600) the text keeps a readable line and the panels give way."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QRectF, QSize

from core.library import find_report
from gui.numbers.numbers_model import NumbersModel
from gui.reader.reader_view import READABLE_CHARS
from gui.scorecard.trend_chart import trend_layout

SMALL = QSize(800, 600)


def _characters_on_a_line(pane: Any) -> float:
    em = pane.fontMetrics().horizontalAdvance("中")
    line = pane.viewport().width() - 2 * pane.document().documentMargin()
    return float(line / em)


def test_a_small_window_keeps_the_reading_line_and_the_value_column(
    qtbot: Any, window: Any, store: Any
) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    window.resize(SMALL)
    qtbot.waitUntil(lambda: window.width() == SMALL.width())
    qtbot.wait(50)
    view = window.tabs.currentWidget().view
    assert _characters_on_a_line(view) >= READABLE_CHARS
    table = window.numbers_panel.table
    value = NumbersModel.COLUMNS.index("value")
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(value) == 0
    assert header.sectionSize(value) <= table.viewport().width()
    assert header.sectionSize(value) >= table.sizeHintForColumn(value) or (
        header.sectionSize(value) >= 80
    )


def test_a_small_window_keeps_both_compared_texts_readable(
    qtbot: Any, window: Any, store: Any
) -> None:
    window.resize(SMALL)
    older = find_report(store, "长治市2024年政府工作报告")
    newer = find_report(store, "长治市2026年政府工作报告（报纸版）")
    view = window.comparisons.open(older, newer)
    qtbot.waitUntil(lambda: view.comparison() is not None, timeout=120_000)
    qtbot.wait(50)
    for pane in (view.left_pane, view.right_pane):
        assert _characters_on_a_line(pane) >= READABLE_CHARS - 1, pane.objectName()
    # A wide window gives the change list its room again.
    window.resize(QSize(1400, 900))
    qtbot.waitUntil(lambda: view.splitter.sizes()[0] > 300)


def test_year_labels_never_overlap_in_a_narrow_chart() -> None:
    series = [(2024, 6.0, 2.6), (2025, None, None), (2026, 6.0, None)]
    for width in (90.0, 120.0, 150.0, 400.0):
        layout = trend_layout(QRectF(0, 0, width, 60), series, label_width=26.0)
        assert layout is not None
        xs = [x for _text, x in layout.ticks]
        assert layout.ticks[0][0] == "2024"
        assert all(b - a >= 26.0 for a, b in pairwise(xs)), (width, xs)
