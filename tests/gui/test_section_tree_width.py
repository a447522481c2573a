"""The section tree's one column follows its panel's width: a heading too long for it is cut
at its end, whole in its tooltip, and never scrolled sideways out of sight."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from core.library import find_report


def _headings(tree: Any, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:  # noqa: B008
    model = tree.model()
    rows = [model.index(row, 0, parent) for row in range(model.rowCount(parent))]
    return [heading for row in rows for heading in (row, *_headings(tree, row))]


def test_the_section_tree_s_column_follows_its_panel(qtbot: Any, window: Any, store: Any) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    tree = window.section_tree
    tree.expandAll()
    for width in (60, 400, 180):  # as narrow as the left column goes, wide, between
        window.resizeDocks([window.sections_dock], [width], Qt.Orientation.Horizontal)
        qtbot.wait(50)
        assert tree.columnWidth(0) == tree.viewport().width(), width
        assert tree.horizontalScrollBar().maximum() == 0, width
    # A heading longer than the panel is cut; its tooltip says it whole.
    metrics = tree.fontMetrics()
    cut = [
        heading
        for heading in _headings(tree)
        if tree.visualRect(heading).left() + metrics.horizontalAdvance(heading.data())
        > tree.viewport().width()
    ]
    assert cut
    assert all(heading.data(Qt.ItemDataRole.ToolTipRole) == heading.data() for heading in cut)
