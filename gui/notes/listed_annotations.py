"""A report's annotations changed from the annotations panel's list, where no text view holds
them: the undo history's commands write, and every view of the report repaints, as in a reader.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from core.model import ReportId
from core.store.annotations import AnnotationStore, annotations_of
from gui.notes.annotation_events import annotation_events


class ListedAnnotations(QObject):
    """The owner of the panel's annotation commands for one report: where their refusals are
    told, the library, the window's history. ``ReaderAnnotations``, a text view's owner, is one
    that also paints them.

    Args:
        view: the widget a refusal is told over (the panel).
        report_id: the report whose annotations change.
        store: the library.
        undo_stack: the window's undo stack.
    """

    def __init__(
        self, view: QWidget, report_id: ReportId, store: Any, undo_stack: QUndoStack
    ) -> None:
        super().__init__(view)
        self.view = view
        self.report_id = report_id
        self.store = store
        self.notes: AnnotationStore = annotations_of(store)
        self.undo_stack = undo_stack

    def changed_here(self) -> None:
        """Tell every view of the report (readers, compare panes, the panel) to repaint."""
        annotation_events().report_changed.emit(self.store, int(self.report_id))
