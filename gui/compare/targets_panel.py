"""The two reports' main targets side by side by canonical indicator, each with its change.

Each target is a row of two lines (gui/compare/target_row.py): its indicator and verdict, then
``6%左右 → 6%以上``; a heading above says which report is which.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QWidget

from core.numbers.target_compare import TargetChange, TargetChangeKind
from gui.compare.target_row import (
    CHANGE_COLOURS,
    MARKED,
    NEWER_COLOURED,
    PADDING,
    STRIPE,
    TARGET_ROLE,
    VERDICT_ROLE,
    TargetRowDelegate,
)
from gui.placeholders import fill_placeholders

LEFT_START_ROLE = Qt.ItemDataRole.UserRole + 1  # core offset of the left target, or -1
RIGHT_START_ROLE = Qt.ItemDataRole.UserRole + 2


class TargetsModel(QStandardItemModel):
    """Rows of indicator, left target, right target and what changed.

    Two years of one place read as older and newer (a target new or dropped); two cities or
    two editions of one year only as left and right (a target on one side only).
    """

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

    def heading(self) -> str:
        """Which report a row's arrow goes from and to: ``Older → Newer``."""
        left, right = (self.headerData(column, Qt.Orientation.Horizontal) for column in (1, 2))
        return f"{left} → {right}"

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
            TargetChangeKind.REWORDED: self.tr("reworded"),
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
            word = self.change_word(target.change)
            # ``地区生产总值: 6%左右 → 6%以上`` in English, ``地区生产总值：6%左右 → …`` in Chinese.
            tip = fill_placeholders(self.tr("%1: %2"), target.label, target.movement())
            cells = [
                QStandardItem(target.label),
                QStandardItem(target.before_value or "—"),
                QStandardItem(target.after_value or "—"),
                QStandardItem(word),
            ]
            colour = CHANGE_COLOURS.get(target.change, "")
            for cell in cells:
                cell.setEditable(False)
                cell.setData(left_start, LEFT_START_ROLE)
                cell.setData(right_start, RIGHT_START_ROLE)
                cell.setToolTip(tip)
                if target.change in MARKED:
                    cell.setFont(bold)
            cells[0].setData(target, TARGET_ROLE)
            cells[0].setData(word, VERDICT_ROLE)
            if colour:
                cells[3].setForeground(QBrush(QColor(colour)))
                if target.change in NEWER_COLOURED:
                    cells[2].setForeground(QBrush(QColor(colour)))
            self.appendRow(cells)


class TargetsView(QTreeView):
    """The targets, one row each (the indicator and its verdict, then ``6%左右 → 6%以上``);
    a click or Enter shows both targets in their panes."""

    target_activated = Signal(int, int)  # left core offset, right core offset (-1: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTargets")
        self.setRootIsDecorated(False)
        self.setHeaderHidden(True)  # TargetsHeading says which side is which
        self.setUniformRowHeights(False)
        self.setItemDelegate(TargetRowDelegate(self))
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clicked.connect(self._emit)
        self.activated.connect(self._emit)

    def setModel(self, model: TargetsModel) -> None:  # type: ignore[override]
        """Use ``model``: a row is drawn from its first column, as wide as the panel (the
        others say the same for a screen reader and a test)."""
        super().setModel(model)
        header = self.header()
        for column in range(1, model.columnCount()):
            self.setColumnHidden(column, True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The rows' heights follow the panel's width: a narrower panel wraps more lines.
        header.sectionResized.connect(lambda *_section: self.scheduleDelayedItemsLayout())

    def _emit(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.target_activated.emit(
            int(index.data(LEFT_START_ROLE)), int(index.data(RIGHT_START_ROLE))
        )


class TargetsHeading(QLabel):
    """Above the targets: which report each row's arrow goes from and to (``较早 → 较新``)."""

    def __init__(self, model: TargetsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTargetsHeading")
        self.setContentsMargins(STRIPE + PADDING, 2, PADDING, 2)
        self.setToolTip(
            self.tr(
                "Each target: its indicator and what changed, then the target of one report "
                "→ the other's. Click one to show it in both texts."
            )
        )
        self._model = model
        model.headerDataChanged.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        self.setText(self._model.heading())
