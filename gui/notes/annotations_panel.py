"""The annotations panel: this report's annotations by section, or every report's; filtered.

Every report's annotations, when there are more than ``EAGER_LIMIT``, are listed as reports
with their counts, each report's read when its row is opened: a library with years of notes
lists them at once.

Orphans (annotations whose passage was lost in a re-imported edition) are counted above the
list and shown alone with "Needs placing"; the context menu of an annotation edits it, copies
it to another report, places an orphan on the text selected in the reader, or deletes it (the
Delete key too), undoable from the window's history as a deletion in the reader is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.model import ReportId
from core.notes.records import Annotation, AnnotationId
from core.notes.shown_quote import texts_of_reports
from core.store.annotations import annotations_of
from gui.counts import counted
from gui.flow_layout import FlowLayout
from gui.notes.annotation_events import annotation_events
from gui.notes.annotations_model import (
    GROUP_REPORT_ROLE,
    ID_ROLE,
    ORPHAN_ROLE,
    REPORT_ROLE,
    SPAN_ROLE,
    AnnotationsModel,
)
from gui.notes.listed_annotations import ListedAnnotations
from gui.notes.note_editor import colour_icon

ReaderSource = Callable[[], Any]  # returns the current reader's ReaderAnnotations, or None

# Up to this many annotations of every report are listed at once, all groups open; beyond it
# only the reports are listed, and a report's annotations are read when its row is opened.
EAGER_LIMIT = 500


class AnnotationsPanel(QWidget):
    """Lists annotations of the open report (or, switched, of every report); search and filter.

    Signals:
        passage_requested(report_id, start, end): the user picked an annotation.
        carried(annotation_id): an annotation was copied to another report (the new one).
    """

    passage_requested = Signal(int, int, int)
    carried = Signal(int)

    def __init__(
        self, store: Any, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.store = store
        # The window's history (None: the panel keeps its own), where a deletion goes.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._owners: dict[ReportId, ListedAnnotations] = {}
        self.report_id: ReportId | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes, quotes and tags"))
        self.search.setClearButtonEnabled(True)
        self.colour = QComboBox(self)
        self.tag = QComboBox(self)
        self.everywhere = QCheckBox(self.tr("All reports"), self)
        self.needs_placing = QCheckBox(self.tr("Needs placing"), self)
        self.needs_placing.setObjectName("needsPlacing")
        self.needs_placing.setToolTip(
            self.tr(
                "Annotations whose passage was not found in the report's new text. Select the "
                "passage in the reader, then choose Place here in the annotation's menu."
            )
        )
        self.palette_button = QToolButton(self)
        self.palette_button.setText(self.tr("Colours…"))
        self.palette_button.setToolTip(self.tr("Rename colour meanings and change colours"))
        self.palette_button.clicked.connect(self.edit_palette)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportAnnotations")
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export every annotation as Markdown or CSV"))
        self._reader_source: ReaderSource = self._window_reader
        self.model = AnnotationsModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        # A row with a note or tags has a second line for them (a report's annotations are
        # listed when its row is opened, so the rows measured stay few).
        self.tree.setUniformRowHeights(False)
        self.tree.clicked.connect(self._activated)
        self.tree.expanded.connect(self._expanded)
        self.eager_limit = EAGER_LIMIT
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.delete_action = QAction(self.tr("&Delete highlight"), self.tree)
        self.delete_action.setShortcuts(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.setEnabled(False)
        self.delete_action.triggered.connect(self.delete_current)
        self.tree.addAction(self.delete_action)
        self.tree.selectionModel().currentChanged.connect(
            lambda current, _previous: self.delete_action.setEnabled(
                current.siblingAtColumn(0).data(ID_ROLE) is not None
            )
        )
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.palette_button)
        # The colour and the tag share their row; in a narrow dock the tag wraps below.
        filters_row = QWidget(self)
        filters = FlowLayout(filters_row, spacing=6)
        filters.setContentsMargins(0, 0, 0, 0)
        for box in (self.colour, self.tag):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())
            filters.addWidget(box)
        # The switches wrap in a narrow dock rather than hold the window's text to less room.
        switches_row = QWidget(self)
        switches = FlowLayout(switches_row, spacing=6, last_to_the_right=True)
        switches.setContentsMargins(0, 0, 0, 0)
        switches.addWidget(self.everywhere)
        switches.addWidget(self.needs_placing)
        switches.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(search_row)
        layout.addWidget(filters_row)
        layout.addWidget(switches_row)
        layout.addWidget(self.tree, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.colour.currentIndexChanged.connect(self.refresh)
        self.tag.currentIndexChanged.connect(self.refresh)
        self.everywhere.toggled.connect(self.refresh)
        self.needs_placing.toggled.connect(self.refresh)
        events = annotation_events()
        events.report_changed.connect(self._changed_somewhere)
        events.palette_changed.connect(self._changed_somewhere)
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
            self.tag.addItem(counted(tag, count), tag)
        self.colour.setCurrentIndex(max(0, self.colour.findData(current_colour)))
        self.tag.setCurrentIndex(max(0, self.tag.findData(current_tag)))
        for combo in (self.colour, self.tag):
            combo.blockSignals(False)

    def stop(self) -> None:
        """Drop a search still waiting to run (the window is closing; the library next)."""
        self._debounce.stop()

    def set_report(self, report_id: ReportId | None) -> None:
        """Show the annotations of ``report_id`` (None: no report open). Every report's listed
        stay as they are, the row chosen too: a click on one opens its report, and the list
        made anew under the pointer would lose the double click that edits it."""
        self.report_id = report_id
        if not self.everywhere.isChecked():
            self.refresh()

    def refresh(self) -> None:
        """Re-read the annotations shown (after a change, a filter or a new report)."""
        self._fill_filters()
        notes = annotations_of(self.store)
        everywhere = self.everywhere.isChecked()
        filters = {
            "colour": self.colour.currentData() or None,
            "tag": self.tag.currentData() or None,
        }
        text = self.search.text()
        if everywhere:
            counts = notes.report_counts(text, **filters)
            self._show_orphan_count(sum(c.orphans for c in counts))
            titles = self.store.titles()
            if (
                not self.needs_placing.isChecked()
                and sum(c.count for c in counts) > self.eager_limit
            ):
                opened = self._opened_reports()
                self.model.set_report_groups(counts, titles)
                for row in range(self.model.rowCount()):  # keep open what the user opened
                    index = self.model.index(row, 0)
                    if index.data(GROUP_REPORT_ROLE) in opened:
                        self.tree.expand(index)
                self.tree.resizeColumnToContents(0)
                return
            found = notes.search(text, orphaned=self.needs_placing.isChecked(), **filters)
        elif self.report_id is None:
            found = []  # no report open: nothing of "this report" to show
            titles = {}
            self._show_orphan_count(0)
        else:
            found = notes.search(text, report=self.report_id, **filters)
            self._show_orphan_count(sum(1 for a in found if a.is_orphaned))
            if self.needs_placing.isChecked():
                found = [a for a in found if a.is_orphaned]
            titles = {}
        texts = self._report_texts(found)
        self.model.set_annotations(found, notes.palette(), titles, everywhere, texts)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _opened_reports(self) -> set[int]:
        """The reports whose group rows are open (listing every report's annotations)."""
        opened = set()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            report = index.data(GROUP_REPORT_ROLE)
            if report is not None and self.tree.isExpanded(index):
                opened.add(int(report))
        return opened

    def _expanded(self, index: QModelIndex) -> None:
        """A report's group opened: read its annotations now, if they are not yet."""
        report = self.model.needs_filling(index)
        if report is None:
            return
        notes = annotations_of(self.store)
        found = notes.search(
            self.search.text(),
            colour=self.colour.currentData() or None,
            tag=self.tag.currentData() or None,
            report=report,
        )
        self.model.fill_report(index, found, notes.palette(), self._report_texts(found).get(report))

    def _report_texts(self, annotations: Sequence[Annotation]) -> dict[ReportId, str]:
        """The text of each report listed, to read the quotes on: the reader's own for the
        report it shows, the others' read from the library once for the listing."""
        reader = self._reader_source()
        at_hand = {reader.report_id: reader.report_text} if reader is not None else {}
        others = [a for a in annotations if a.report_id not in at_hand]
        return {**at_hand, **texts_of_reports(self.store, others)}

    def _activated(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        report = index.data(REPORT_ROLE)
        span = index.data(SPAN_ROLE)
        if report is not None and span is not None:
            self.passage_requested.emit(int(report), int(span[0]), int(span[1]))

    def _double_clicked(self, index: QModelIndex) -> None:
        annotation_id = index.siblingAtColumn(0).data(ID_ROLE)
        if annotation_id is not None:
            self.edit(AnnotationId(int(annotation_id)))

    def _changed_somewhere(self, store: Any, report: int | None = None) -> None:
        # Synchronous: a timer could fire after the library was closed.
        shown = report is None or self.everywhere.isChecked() or report == self.report_id
        if store is self.store and shown:
            self.refresh()

    def _show_orphan_count(self, orphans: int) -> None:
        """Make the "Needs placing" switch prominent while there are orphans."""
        if orphans:
            self.needs_placing.setText(self.tr("Needs placing (%1)").replace("%1", str(orphans)))
            self.needs_placing.setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            self.needs_placing.setText(self.tr("Needs placing"))
            self.needs_placing.setStyleSheet("")

    # Reaching the reader ------------------------------------------------------------------

    def set_reader_source(self, source: ReaderSource) -> None:
        """Say how to reach the current reader's annotations (for "Place here").

        Args:
            source: returns the ``ReaderAnnotations`` of the reader shown, or None.
        """
        self._reader_source = source

    def _window_reader(self) -> Any:
        current = getattr(self.window(), "current_reader", None)
        tab = current() if callable(current) else None
        return getattr(tab, "notes", None)

    # Actions on one annotation -----------------------------------------------------------

    def _context_menu(self, point: QPoint) -> None:
        menu = self.context_menu(self.tree.indexAt(point))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(point))
            menu.deleteLater()

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of the annotation at ``index`` (None: not an annotation's row); its row
        becomes the current one, the one Delete highlight acts on."""
        index = index.siblingAtColumn(0)
        annotation_id = index.data(ID_ROLE)
        if annotation_id is None:
            return None
        self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit note…"), lambda: self.edit(AnnotationId(annotation_id)))
        menu.addAction(
            self.tr("&Copy to another report…"),
            lambda: self.carry(AnnotationId(annotation_id)),
        )
        if index.data(ORPHAN_ROLE):
            menu.addAction(
                self.tr("&Place here (on the text selected in the reader)"),
                lambda: self.place_here(AnnotationId(annotation_id)),
            )
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def delete_current(self) -> bool:
        """Delete the annotation of the row chosen (its menu's Delete highlight, or the Delete
        key); the row after it is chosen next. Undoable, with its note and tags, from the
        window's history, as the reader's Delete highlight is; False when nothing was deleted
        (no annotation chosen, or the library refused)."""
        index = self.tree.currentIndex().siblingAtColumn(0)
        annotation_id = index.data(ID_ROLE)
        if annotation_id is None:
            return False
        owner = self._owner(ReportId(int(index.data(REPORT_ROLE))))
        following = self._neighbour(index)
        # The panel hears of the deletion (``annotation_events``) and lists anew.
        if not owner.delete(AnnotationId(int(annotation_id)), self):
            return False
        if following is not None:
            self.select_annotation(following)
        return True

    def edit(self, annotation_id: AnnotationId) -> None:
        """Open the note editor on an annotation listed, of any report, open or not: saved
        (or deleted) at once, undoable from the window's history as an edit in the reader is;
        its row stays the current one."""
        report = annotations_of(self.store).get(annotation_id).report_id
        # The panel hears of the change (``annotation_events``) and lists anew.
        self._owner(report).edit(annotation_id, self)
        self.select_annotation(annotation_id)

    def _owner(self, report: ReportId) -> ListedAnnotations:
        """Who changes ``report``'s annotations for the panel: the reader showing it (its text
        at hand), else the panel's own owner for the report, kept for the history's commands."""
        reader = self._reader_source()
        if reader is not None and reader.report_id == report:
            return reader
        owner = self._owners.get(report)
        if owner is None:
            owner = ListedAnnotations(self, report, self.store, self.undo_stack)
            self._owners[report] = owner
        return owner

    def _neighbour(self, index: QModelIndex) -> int | None:
        """The annotation listed after ``index`` in its group (or before it, the last)."""
        for row in (index.row() + 1, index.row() - 1):
            found = index.siblingAtRow(row).data(ID_ROLE) if row >= 0 else None
            if found is not None:
                return int(found)
        return None

    def row_of(self, annotation_id: int) -> QModelIndex:
        """An annotation's row in the list (invalid: it is not listed)."""
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if index.data(ID_ROLE) == annotation_id:
                    return index
        return QModelIndex()

    def select_annotation(self, annotation_id: int) -> bool:
        """Make an annotation's row the current one (False: it is not listed)."""
        index = self.row_of(annotation_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def carry(self, annotation_id: AnnotationId) -> Annotation | None:
        """Open the dialog that copies an annotation to another report; the copy, if made."""
        from gui.notes.carry_dialog import CarryDialog

        dialog = CarryDialog(self.store, annotation_id, self)
        dialog.exec()
        dialog.deleteLater()
        if dialog.carried is None:
            return None
        self.refresh()
        self.carried.emit(int(dialog.carried.id))
        return dialog.carried

    def place_here(self, annotation_id: AnnotationId) -> Annotation | None:
        """Place an orphaned annotation on the text selected in its report's reader."""
        notes = self._reader_source()
        annotation = annotations_of(self.store).get(annotation_id)
        if (
            notes is None
            or notes.report_id != annotation.report_id
            or notes.selection_span() is None
        ):
            QMessageBox.information(
                self,
                self.tr("Place annotation"),
                self.tr(
                    "Open the annotation's report, select the passage it belongs to, "
                    "then choose Place here again."
                ),
            )
            return None
        placed = notes.place_selection(annotation_id)
        self.refresh()
        return placed

    def edit_palette(self) -> None:
        """Open the palette editor (every change is saved at once)."""
        from gui.notes.palette_editor import PaletteEditor

        editor = PaletteEditor(self.store, self)
        editor.exec()
        editor.deleteLater()
        self.refresh()
