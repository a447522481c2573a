"""The compare view's legend wraps when narrow: every swatch's name and count whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextEdit

from core.compare.records import ChangeCounts, ChangeKind
from gui.compare.compare_legend import CompareLegend


def test_a_narrow_legend_wraps_its_swatches_whole_and_keeps_the_status(qtbot: Any) -> None:
    legend = CompareLegend()
    qtbot.addWidget(legend)
    legend.show()
    counts = ChangeCounts(added=10, removed=17, changed=64, moved=2, numbers=12)
    legend.set_counts(counts, {kind: 3 for kind in ChangeKind})
    legend.show_status("91 changes")
    one_row = legend.sizeHint()
    legend.resize(one_row.width(), one_row.height())
    qtbot.wait(20)
    tops = {label.y() + label.parentWidget().y() for label in _names(legend)}
    assert len(tops) == 1  # room enough: one row
    narrow = legend.minimumSizeHint().width()
    assert narrow < one_row.width() // 2
    legend.resize(narrow, legend.heightForWidth(narrow))
    qtbot.wait(20)
    assert legend.height() > 2 * one_row.height()
    rows = {label.parentWidget().y() for label in _names(legend)}
    assert len(rows) > 2
    for label in _names(legend):
        assert label.width() >= label.sizeHint().width(), label.text()  # whole, not cut
        assert label.parentWidget().geometry().right() < legend.width()
    status = legend.status
    assert status.text() == "91 changes" and status.geometry().right() < legend.width()


def _names(legend: CompareLegend) -> list[QLabel]:
    return [
        label for label in legend.findChildren(QLabel) if label.objectName().startswith("legend_")
    ]


def test_a_narrow_legend_in_a_parent_that_asks_no_height_for_width_is_not_cut(
    qtbot: Any,
) -> None:
    # A splitter gives each side its minimum size and never asks a height for its width.
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    legend = CompareLegend(splitter)
    splitter.addWidget(legend)
    splitter.addWidget(QTextEdit(splitter))
    qtbot.addWidget(splitter)
    legend.set_counts(
        ChangeCounts(added=10, removed=17, changed=64, moved=2, numbers=12),
        {kind: 3 for kind in ChangeKind},
    )
    legend.show_status("91 changes")
    narrow = legend.minimumSizeHint().width()
    splitter.resize(narrow, 500)
    splitter.show()
    splitter.setSizes([0, 500])  # the legend as small as it lets itself be
    qtbot.waitUntil(lambda: legend.height() >= legend.heightForWidth(legend.width()))
    qtbot.wait(50)  # the layout settled: nothing moves after
    assert legend.width() < legend.sizeHint().width() // 2
    assert len({label.parentWidget().y() for label in _names(legend)}) > 2  # wrapped
    for item in [label.parentWidget() for label in _names(legend)] + [legend.status]:
        assert item.geometry().bottom() < legend.height(), item.objectName()
