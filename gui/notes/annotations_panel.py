"""The annotations panel: this report's annotations by section, or every report's; filtered."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.model import ReportId
from core.notes.palette import colour_of
from core.notes.records import Annotation, PaletteColour
from core.store.annotations import annotations_of
from gui.notes.note_editor import colour_icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # annotation id (group rows: none)
REPORT_ROLE = Qt.ItemDataRole.UserRole + 2
SPAN_ROLE = Qt.ItemDataRole.UserRole + 3  # (start, end)


class AnnotationsModel(QStandardItemModel):
    """Annotations grouped under their report (library-wide) or their section (one report)."""

    def set_annotations(
        self,
        annotations: Sequence[Annotation],
        palette: Sequence[PaletteColour],
        titles: dict[int, str],
        by_report: bool,
    ) -> None:
        """Show ``annotations``; ``by_report`` groups by report, otherwise by section."""
        self.clear()
        groups: dict[Any, QStandardItem] = {}
        for annotation in annotations:
            if by_report:
                key: Any = annotation.report_id
                label = titles.get(int(annotation.report_id), str(annotation.report_id))
            else:
                key = annotation.anchor.section_path
                label = " › ".join(key) or "—"
            group = groups.get(key)
            if group is None:
                group = QStandardItem(label)
                group.setEditable(False)
                groups[key] = group
                self.appendRow(group)
            colour = colour_of(palette, annotation.colour)
            text = " ".join(annotation.anchor.quote.split())[:80]
            if annotation.is_orphaned:
                text = "⚠ " + text
            item = QStandardItem(colour_icon(colour.colour), text)
            item.setEditable(False)
            tip = [annotation.anchor.quote[:300]]
            if annotation.note:
                tip.append(annotation.note[:500])
            if annotation.tags:
                tip.append(" ".join(f"#{t}" for t in annotation.tags))
            item.setToolTip("\n\n".join(tip))
            item.setData(int(annotation.id), ID_ROLE)
            item.setData(int(annotation.report_id), REPORT_ROLE)
            item.setData((annotation.anchor.start, annotation.anchor.end), SPAN_ROLE)
            note = annotation.note.splitlines()[0] if annotation.note.strip() else ""
            detail = QStandardItem(" ".join([note, *(f"#{t}" for t in annotation.tags)]).strip())
            detail.setEditable(False)
            group.appendRow([item, detail])


class AnnotationsPanel(QWidget):
    """Lists annotations of the open report (or, switched, of every report); search and filter.

    Signals:
        passage_requested(report_id, start, end): the user picked an annotation.
        edit_requested(annotation_id): the user double-clicked an annotation.
    """

    passage_requested = Signal(int, int, int)
    edit_requested = Signal(int)

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.store = store
        self.report_id: ReportId | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes, quotes and tags"))
        self.search.setClearButtonEnabled(True)
        self.colour = QComboBox(self)
        self.tag = QComboBox(self)
        self.everywhere = QCheckBox(self.tr("All reports"), self)
        self.model = AnnotationsModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.clicked.connect(self._activated)
        self.tree.doubleClicked.connect(self._double_clicked)
        filters = QHBoxLayout()
        filters.addWidget(self.colour, 1)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.everywhere)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.colour.currentIndexChanged.connect(self.refresh)
        self.tag.currentIndexChanged.connect(self.refresh)
        self.everywhere.toggled.connect(self.refresh)
        self._fill_filters()

    def _fill_filters(self) -> None:
        notes = annotations_of(self.store)
        for combo in (self.colour, self.tag):
            combo.blockSignals(True)
        current_colour, current_tag = self.colour.currentData(), self.tag.currentData()
        self.colour.clear()
        self.colour.addItem(self.tr("All colours"), "")
        for colour in notes.palette():
            self.colour.addItem(
                colour_icon(colour.colour), colour.meaning or colour.key, colour.key
            )
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for tag, count in notes.tag_counts():
            self.tag.addItem(f"{tag} ({count})", tag)
        self.colour.setCurrentIndex(max(0, self.colour.findData(current_colour)))
        self.tag.setCurrentIndex(max(0, self.tag.findData(current_tag)))
        for combo in (self.colour, self.tag):
            combo.blockSignals(False)

    def set_report(self, report_id: ReportId | None) -> None:
        """Show the annotations of ``report_id`` (None: no report open)."""
        self.report_id = report_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the annotations shown (after a change, a filter or a new report)."""
        self._fill_filters()
        notes = annotations_of(self.store)
        found = notes.search(
            self.search.text(),
            colour=self.colour.currentData() or None,
            tag=self.tag.currentData() or None,
        )
        everywhere = self.everywhere.isChecked()
        if not everywhere:
            found = [a for a in found if a.report_id == self.report_id]
        titles = {int(s.id): s.meta.title for s in self.store.list_reports()} if everywhere else {}
        self.model.set_annotations(found, notes.palette(), titles, everywhere)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _activated(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        report = index.data(REPORT_ROLE)
        span = index.data(SPAN_ROLE)
        if report is not None and span is not None:
            self.passage_requested.emit(int(report), int(span[0]), int(span[1]))

    def _double_clicked(self, index: QModelIndex) -> None:
        annotation_id = index.siblingAtColumn(0).data(ID_ROLE)
        if annotation_id is not None:
            self.edit_requested.emit(int(annotation_id))
