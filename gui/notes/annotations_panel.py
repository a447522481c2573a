"""The annotations panel: this report's annotations by section, or every report's; filtered.

It assembles the filter bar above (``annotations_filter_bar``), the list below
(``annotations_model``, filled by ``annotations_listing``) and the actions on a row's
annotation (``annotations_panel_actions``). Orphans (annotations whose passage was lost in a
re-imported edition) are counted above the list and shown alone with "Needs placing".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from core.model import ReportId
from core.notes.records import Annotation, AnnotationId
from gui.empty_hint import EmptyHint
from gui.notes.annotation_events import annotation_events
from gui.notes.annotations_filter_bar import AnnotationsFilterBar
from gui.notes.annotations_listing import AnnotationsListing
from gui.notes.annotations_model import ID_ROLE, REPORT_ROLE, SPAN_ROLE, AnnotationsModel
from gui.notes.annotations_panel_actions import AnnotationsPanelActions
from gui.one_column_tree import OneColumnTree

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
        self.report_id: ReportId | None = None
        self.eager_limit = EAGER_LIMIT
        self._reader_source: ReaderSource = self._window_reader
        self.filter_bar = bar = AnnotationsFilterBar(self)
        # The bar's widgets, as the window and its tests reach them.
        self.search, self.colour, self.tag = bar.search, bar.colour, bar.tag
        self.everywhere, self.needs_placing = bar.everywhere, bar.needs_placing
        self.palette_button, self.export_button = bar.palette_button, bar.export_button
        self.model = AnnotationsModel(self)
        # The one column is as wide as the list: a row's text is cut with "…" at the panel's
        # edge (its tooltip holds it whole), never run off it to be read by scrolling sideways.
        self.tree = OneColumnTree(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        # A row with a note or tags has a second line for them (a report's annotations are
        # listed when its row is opened, so the rows measured stay few).
        self.tree.setUniformRowHeights(False)
        self.tree.clicked.connect(self.show_passage)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("annotationsCount")
        self.count_label.hide()
        self.listing = AnnotationsListing(self)
        self.empty_hint = EmptyHint(self.tree, self.listing.hint)  # nothing listed: why
        self.row_actions = AnnotationsPanelActions(self)
        self.delete_action = self.row_actions.delete_action
        bar.palette_button.clicked.connect(self.edit_palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.tree, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        bar.typed.connect(self._debounce.start)
        bar.changed.connect(self.refresh)
        events = annotation_events()
        events.report_changed.connect(self._changed_somewhere)
        events.palette_changed.connect(self._changed_somewhere)
        self.listing.fill_filters()

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
        self.listing.list_anew()

    def show_passage(self, index: QModelIndex) -> None:
        """Ask for the passage of the annotation at ``index`` to be shown in its report."""
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

    # Reaching the reader ------------------------------------------------------------------

    def set_reader_source(self, source: ReaderSource) -> None:
        """Say how to reach the current reader's annotations (for "Place here").

        Args:
            source: returns the ``ReaderAnnotations`` of the reader shown, or None.
        """
        self._reader_source = source

    def reader(self) -> Any:
        """The ``ReaderAnnotations`` of the reader shown (None: no report is read)."""
        return self._reader_source()

    def _window_reader(self) -> Any:
        current = getattr(self.window(), "current_reader", None)
        tab = current() if callable(current) else None
        return getattr(tab, "notes", None)

    # Rows and the actions on their annotations (``AnnotationsPanelActions``) --------------

    def row_of(self, annotation_id: int) -> QModelIndex:
        """An annotation's row in the list (invalid: it is not listed)."""
        return self.model.row_of(annotation_id)

    def select_annotation(self, annotation_id: int) -> bool:
        """Make an annotation's row the current one (False: it is not listed)."""
        index = self.row_of(annotation_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of the annotation at ``index`` (None: not an annotation's row)."""
        return self.row_actions.context_menu(index)

    def delete_current(self) -> bool:
        """Delete the annotation of the row chosen, undoably (False: nothing deleted)."""
        return self.row_actions.delete_current()

    def edit(self, annotation_id: AnnotationId) -> None:
        """Open the note editor on an annotation listed, of any report."""
        self.row_actions.edit(annotation_id)

    def carry(self, annotation_id: AnnotationId) -> Annotation | None:
        """Copy an annotation to another report (a dialog); the copy, if made."""
        return self.row_actions.carry(annotation_id)

    def place_here(self, annotation_id: AnnotationId) -> Annotation | None:
        """Place an orphaned annotation on the text selected in its report's reader."""
        return self.row_actions.place_here(annotation_id)

    def edit_palette(self) -> None:
        """Open the palette editor (every change is saved at once)."""
        self.row_actions.edit_palette()
