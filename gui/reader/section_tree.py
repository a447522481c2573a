"""The section tree of the open report: follows the reader's scroll, scrolls it on click."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QWidget

from core.model import Outline, Section
from gui.empty_hint import EmptyHint
from gui.one_column_tree import OneColumnTree

START_ROLE = Qt.ItemDataRole.UserRole + 1
END_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3


def _section_key(section: Section) -> tuple[int, int]:
    return section.start, section.level


class SectionTreeModel(QStandardItemModel):
    """The headings of one outline as a tree; each item carries its section's offsets."""

    def __init__(self, outline: Outline | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Sections")])
        self._outline = Outline(())
        self._item_of: dict[tuple[int, int], QStandardItem] = {}
        if outline is not None:
            self.set_outline(outline)

    def set_outline(self, outline: Outline) -> None:
        """Show ``outline``'s tree."""
        self.removeRows(0, self.rowCount())
        self._outline = outline
        self._item_of = {}
        for section in outline.sections:
            self._add(self.invisibleRootItem(), section)

    def _add(self, parent: QStandardItem, section: Section) -> None:
        item = QStandardItem(section.title)
        item.setEditable(False)
        item.setToolTip(section.title)
        item.setData(section.start, START_ROLE)
        item.setData(section.end, END_ROLE)
        item.setData(section.level, LEVEL_ROLE)
        parent.appendRow(item)
        self._item_of[_section_key(section)] = item
        for child in section.children:
            self._add(item, child)

    def index_at_offset(self, offset: int) -> QModelIndex:
        """The index of the innermost section containing ``offset`` (invalid when none)."""
        path = self._outline.path_at(offset)
        if not path:
            return QModelIndex()
        item = self._item_of.get(_section_key(path[-1]))
        return item.index() if item is not None else QModelIndex()


class SectionTreeView(OneColumnTree):
    """A tree of headings; clicking one asks the reader to scroll there. A heading too long
    for the panel is cut at its end (its tooltip shows it whole)."""

    section_activated = Signal(int, int)  # core start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self._emit_activated)
        self.activated.connect(self._emit_activated)
        self._following = False
        self._hint = EmptyHint(self, self._hint_text)

    def _hint_text(self) -> str:
        if self.model() is None:
            return self.tr("Open a report to see its sections.")
        return self.tr("This report has no section headings.")

    def setModel(self, model: QAbstractItemModel | None) -> None:  # type: ignore[override]
        """Show another report's sections (None: no report open)."""
        super().setModel(model)
        self._hint.watch(model)

    def _emit_activated(self, index: QModelIndex) -> None:
        if self._following or not index.isValid():
            return
        self.section_activated.emit(int(index.data(START_ROLE)), int(index.data(END_ROLE)))

    def follow_offset(self, offset: int) -> None:
        """Select the section being read at ``offset`` without scrolling the reader."""
        model = self.model()
        if not isinstance(model, SectionTreeModel):
            return
        index = model.index_at_offset(offset)
        if index == self.currentIndex():
            return
        self._following = True
        try:
            self.setCurrentIndex(index)
            if index.isValid():
                self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            else:
                self.clearSelection()
        finally:
            self._following = False
