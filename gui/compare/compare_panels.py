"""The panels beside a comparison: its list of changes (all, or one kind: changed numbers,
rewordings, additions, removals, moves), the sections of either side, and the targets of both
years side by side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QComboBox, QTabWidget, QVBoxLayout, QWidget

from core.compare.change_filter import ChangeFilter, count
from core.compare.records import Comparison
from core.model import Outline
from gui.compare.change_list import ChangeListModel, ChangeListView
from gui.compare.targets_panel import TargetsHeading, TargetsModel, TargetsView
from gui.empty_hint import EmptyHint
from gui.placeholders import fill_placeholders
from gui.reader.section_tree import START_ROLE, SectionTreeModel, SectionTreeView


class ComparePanels(QTabWidget):
    """Changes, Sections (of the side chosen) and Targets, as tabs; each tells what was
    chosen in it, and the view scrolls there."""

    change_activated = Signal(int)  # index of the change in the comparison
    section_activated = Signal(bool, int, int)  # left side, core start, end
    target_activated = Signal(int, int)  # left core offset, right core offset (-1: none)
    section_menu_requested = Signal(bool, int, QPoint)  # left side, core start, global point
    filter_changed = Signal(str)  # the ChangeFilter value chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanels")
        self.change_model = ChangeListModel(self)
        self.change_list = ChangeListView(self)
        self.change_list.setModel(self.change_model)
        self.change_list.change_activated.connect(self.change_activated)
        self._comparison: Comparison | None = None
        self.change_hint = EmptyHint(self.change_list, self._no_changes_text)
        self.change_filter = QComboBox(self)
        self.change_filter.setObjectName("changeFilter")
        self.change_filter.setToolTip(
            self.tr("Which changes the list shows and Next/Previous change visit")
        )
        for which in ChangeFilter:
            self.change_filter.addItem(self._filter_name(which), which.value)
        self.change_filter.currentIndexChanged.connect(self._filter_chosen)
        changes = self._page(self.change_filter, self.change_list)
        self.section_models = [SectionTreeModel(None, self), SectionTreeModel(None, self)]
        self.section_side = QComboBox(self)
        self.section_side.currentIndexChanged.connect(self._show_section_side)
        self.section_tree = SectionTreeView(self)
        self.section_tree.section_activated.connect(
            lambda start, end: self.section_activated.emit(self.shows_left(), start, end)
        )
        self.section_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.section_tree.customContextMenuRequested.connect(self._tree_menu_requested)
        sections = self._page(self.section_side, self.section_tree)
        self.targets_model = TargetsModel(self)
        self.targets_view = TargetsView(self)
        self.targets_view.setModel(self.targets_model)
        self.targets_view.target_activated.connect(self.target_activated)
        targets = self._page(TargetsHeading(self.targets_model, self), self.targets_view)
        self.addTab(changes, self.tr("Changes"))
        self.addTab(sections, self.tr("Sections"))
        self.addTab(targets, self.tr("Targets"))

    def show_reports(self, labels: tuple[str, str], outlines: tuple[Outline, Outline]) -> None:
        """The two reports compared (left, right): their names and section trees."""
        for model, outline in zip(self.section_models, outlines, strict=True):
            model.set_outline(outline)
        self.section_side.blockSignals(True)
        self.section_side.clear()
        self.section_side.addItems(list(labels))
        self.section_side.blockSignals(False)
        self._show_section_side(0)

    def show_comparison(self, comparison: Comparison, targets: Sequence[Any]) -> None:
        """The changes of ``comparison`` and the targets compared."""
        self._comparison = comparison
        overall = comparison.summary.overall
        for row, which in enumerate(ChangeFilter):
            self.change_filter.setItemText(
                row,
                fill_placeholders(
                    self.tr("%1 (%2)"), self._filter_name(which), count(overall, which)
                ),
            )
        self._show_changes()
        self.targets_model.set_targets(targets)

    def clear_comparison(self) -> None:
        """Show no changes (a new comparison is on its way)."""
        self._comparison = None
        self._show_changes()

    def current_filter(self) -> ChangeFilter:
        """The changes followed: all, or one kind."""
        return ChangeFilter(self.change_filter.currentData() or ChangeFilter.ALL.value)

    def _page(self, choice: QWidget, view: QWidget) -> QWidget:
        """A tab's page: a choice above the view it governs."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(choice)
        layout.addWidget(view, 1)
        return page

    def set_filter(self, which: ChangeFilter) -> None:
        """Follow ``which`` changes (as if chosen in the list's menu)."""
        self.change_filter.setCurrentIndex(self.change_filter.findData(which.value))

    def _filter_name(self, which: ChangeFilter) -> str:
        """A choice's name: additions and removals named by both the legend's words they
        count (passages and whole sections), so that no word stands for two counts."""
        return {
            ChangeFilter.ALL: self.tr("All changes"),
            ChangeFilter.NUMBERS: self.tr("Changed numbers"),
            ChangeFilter.CHANGED: self.tr("Reworded"),
            ChangeFilter.ADDED: self.tr("Inserted and added sections"),
            ChangeFilter.REMOVED: self.tr("Deleted and removed sections"),
            ChangeFilter.MOVED: self.tr("Moved"),
        }[which]

    def _no_changes_text(self) -> str:
        """Why the change list is empty: comparing, the two texts alike, or none of the kind
        chosen."""
        if self._comparison is None:
            return self.tr("Comparing…")
        which = self.current_filter()
        if which is ChangeFilter.ALL:
            return self.tr("No changes: the two texts read alike.")
        return fill_placeholders(
            self.tr("No changes of this kind (%1). Choose “%2” to see every change."),
            self._filter_name(which),
            self._filter_name(ChangeFilter.ALL),
        )

    def _filter_chosen(self) -> None:
        self._show_changes()
        self.filter_changed.emit(self.current_filter().value)

    def _show_changes(self) -> None:
        self.change_model.set_comparison(self._comparison, self.current_filter())
        self.change_list.expandAll()
        self.change_hint.refresh()  # its words depend on the filter, rows or none

    def follow_change(self, index: int) -> None:
        """Select the change at ``index`` in the list, scrolled into view."""
        self.change_list.follow(index)

    def shows_left(self) -> bool:
        """Whether the section tree shows the left report's sections."""
        return self.section_side.currentIndex() <= 0

    def _show_section_side(self, index: int) -> None:
        self.section_tree.setModel(self.section_models[max(0, index)])
        self.section_tree.expandToDepth(0)

    def _tree_menu_requested(self, point: QPoint) -> None:
        index = self.section_tree.indexAt(point)
        if index.isValid():
            where = self.section_tree.viewport().mapToGlobal(point)
            self.section_menu_requested.emit(self.shows_left(), int(index.data(START_ROLE)), where)
