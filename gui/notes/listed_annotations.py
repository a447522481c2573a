"""A report's annotations changed from the annotations panel's list, where no text view holds
them: the note editor opens there, the undo history's commands write, and every view of the
report repaints, as in a reader.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from core.model import ReportId
from core.notes.records import Annotation, AnnotationId
from core.store.annotations import AnnotationStore, annotations_of
from gui.library_changes import change_library
from gui.notes.annotation_commands import Edited, delete_annotation
from gui.notes.annotation_events import annotation_events
from gui.notes.note_editor import NoteEditor


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

    @property
    def report_text(self) -> str:
        """The report's text (core's), to read its quotes on (``shown_quote``): the library's,
        read when asked, as no view holds it."""
        return str(self.store.report(self.report_id).text)

    def changed_here(self) -> None:
        """Tell every view of the report (readers, compare panes, the panel) to repaint."""
        annotation_events().report_changed.emit(self.store, int(self.report_id))

    def edit(self, annotation_id: AnnotationId, parent: QWidget | None = None) -> None:
        """Open the note editor on an annotation; save or delete as the user chooses, undoable
        from the window's history (the editor stays open, what was typed in it kept, while the
        library refuses)."""
        before = self.notes.get(annotation_id)
        editor = NoteEditor(
            before,
            self.notes.palette(),
            parent or self.view,
            self.report_text,
            keep=lambda editor: self._keep_edit(before, editor),
        )
        editor.exec()
        editor.deleteLater()

    def _keep_edit(self, before: Annotation, editor: NoteEditor) -> bool:
        if editor.deleted:
            return self.delete(before.id, parent=editor)
        after = change_library(
            editor,
            lambda: self.notes.update(
                before.id,
                colour=editor.chosen_colour(),
                note=editor.note.toPlainText(),
                tags=editor.chosen_tags(),
            ),
        )
        if after is None:
            return False
        self.undo_stack.push(Edited(self, before, after))
        self.changed_here()
        return True

    def delete(self, annotation_id: AnnotationId, parent: QWidget | None = None) -> bool:
        """Delete an annotation (undoable); False when the library refused it."""
        return delete_annotation(self, annotation_id, parent or self.view)
