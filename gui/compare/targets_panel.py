"""The two reports' main targets side by side by canonical indicator, each with its change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from core.numbers.target_compare import TargetChange, TargetChangeKind

LEFT_START_ROLE = Qt.ItemDataRole.UserRole + 1  # core offset of the left target, or -1
RIGHT_START_ROLE = Qt.ItemDataRole.UserRole + 2

_CHANGE_COLOURS = {
    TargetChangeKind.CHANGED: "#e06c00",
    TargetChangeKind.ADDED: "#2e7d32",
    TargetChangeKind.REMOVED: "#b71c1c",
    TargetChangeKind.SAME: "",
    TargetChangeKind.UNSTATED: "",
}


_INDICATOR_WIDTHS = ("地区生产总值", "社会消费品零售总额")


class TargetsModel(QStandardItemModel):
    """Rows of indicator, left target, right target and what changed.

    Two years of one place read as older and newer (a target new or dropped); two cities or
    two editions of one year only as left and right (a target on one side only).
    """

    targets_set = Signal()  # the rows were filled with another comparison's targets

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self._in_time_order = True
        self._targets: Sequence[TargetChange] = ()
        self._label_columns()

    def _label_columns(self) -> None:
        if self._in_time_order:
            left, right = self.tr("Older"), self.tr("Newer")
        else:
            left, right = self.tr("Left"), self.tr("Right")
        self.setHorizontalHeaderLabels([self.tr("Indicator"), left, right, self.tr("Change")])

    def set_time_order(self, in_time_order: bool) -> None:
        """Whether the left report is the older (two years) or only the left one."""
        if in_time_order != self._in_time_order:
            self._in_time_order = in_time_order
            self._label_columns()
            self.set_targets(self._targets)

    def change_word(self, change: TargetChangeKind) -> str:
        """The word shown for a kind of target change."""
        if not self._in_time_order and change is TargetChangeKind.ADDED:
            return self.tr("right only")
        if not self._in_time_order and change is TargetChangeKind.REMOVED:
            return self.tr("left only")
        return {
            TargetChangeKind.SAME: self.tr("same"),
            TargetChangeKind.CHANGED: self.tr("changed"),
            TargetChangeKind.ADDED: self.tr("new"),
            TargetChangeKind.REMOVED: self.tr("dropped"),
            TargetChangeKind.UNSTATED: self.tr("not stated there"),
        }[change]

    def set_targets(self, targets: Sequence[TargetChange]) -> None:
        """Show ``targets`` (changed ones first in bold, in the left report's order)."""
        self._targets = targets
        self.removeRows(0, self.rowCount())
        bold = QFont()
        bold.setBold(True)
        for target in targets:
            left_start = target.before.start if target.before is not None else -1
            right_start = target.after.start if target.after is not None else -1
            cells = [
                QStandardItem(target.label),
                QStandardItem(target.before_value or "—"),
                QStandardItem(target.after_value or "—"),
                QStandardItem(self.change_word(target.change)),
            ]
            colour = _CHANGE_COLOURS[target.change]
            for cell in cells:
                cell.setEditable(False)
                cell.setData(left_start, LEFT_START_ROLE)
                cell.setData(right_start, RIGHT_START_ROLE)
                cell.setToolTip(target.describe())
                if target.change not in (TargetChangeKind.SAME, TargetChangeKind.UNSTATED):
                    cell.setFont(bold)
            if colour:
                cells[3].setForeground(QBrush(QColor(colour)))
                if target.change is TargetChangeKind.CHANGED:
                    cells[2].setForeground(QBrush(QColor(colour)))
            self.appendRow(cells)
        self.targets_set.emit()


QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size


class _CellsInTheirColumns(QStyledItemDelegate):
    """Sizes a cell for its column's width, so that a long target wraps onto more lines: a
    tree view asks its cells' heights without their columns' widths."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The cell's size when its text wraps within its column."""
        in_column = QStyleOptionViewItem(option)
        # (``rect`` is a copy: set whole. A text as long as the column is wide at most.)
        width = self._view.header().sectionSize(index.column())
        in_column.rect = QRect(0, 0, width, QWIDGETSIZE_MAX)
        return super().sizeHint(in_column, index)


class TargetsView(QTreeView):
    """The targets table; a click shows both targets in their panes."""

    target_activated = Signal(int, int)  # left core offset, right core offset (-1: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTargets")
        self.setRootIsDecorated(False)
        # A target too long for its column wraps onto a second line rather than ending in
        # "…": the values are what the table is read for (the panel is narrow beside two texts).
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(_CellsInTheirColumns(self))
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self._emit)
        self.activated.connect(self._emit)

    def setModel(self, model: TargetsModel) -> None:  # type: ignore[override]
        """Use ``model``; its columns always fit the panel (no sideways scrolling): the two
        targets share the room, a long one wraps, and each row's tooltip says it whole."""
        super().setModel(model)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._fit_indicators()
        model.targets_set.connect(self._fit_indicators)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # The rows' heights follow their columns' widths: a narrower column wraps more lines.
        header.sectionResized.connect(lambda *_section: self.scheduleDelayedItemsLayout())

    def _fit_indicators(self) -> None:
        """The indicator column as wide as its longest indicator, from ``地区生产总值`` up to
        ``社会消费品零售总额``: the targets keep most of the room."""
        model = self.model()
        bold = QFont(self.font())
        bold.setBold(True)  # changed targets' rows are bold: measured in bold
        metrics = QFontMetrics(bold)
        indicators = (str(model.index(row, 0).data() or "") for row in range(model.rowCount()))
        widest = max((metrics.horizontalAdvance(text) for text in indicators), default=0)
        narrowest, broadest = (metrics.horizontalAdvance(t) for t in _INDICATOR_WIDTHS)
        self.header().resizeSection(0, min(max(widest, narrowest), broadest) + 12)

    def _emit(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.target_activated.emit(
            int(index.data(LEFT_START_ROLE)), int(index.data(RIGHT_START_ROLE))
        )
