"""Annotations in a reader tab: painted as a background layer, made from a selection, edited.

Select text and press Ctrl+1…Ctrl+9 (or pick a colour from the popup menu) to highlight it;
click a highlight to edit its note and tags or delete it. Every change is saved at once and
can be undone (the window's undo stack).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QMouseEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.palette import colour_of
from core.notes.records import Annotation, AnnotationId
from core.store.annotations import AnnotationStore, annotations_of
from gui.notes.note_editor import NoteEditor, colour_icon
from gui.reader.reader_view import Highlight, ReaderView

LAYER = "annotations"
ANNOTATION_ALPHA = 150  # stronger than the numbers' tint, and without their underline


class _Added(QUndoCommand):
    def __init__(self, owner: ReaderAnnotations, annotation: Annotation) -> None:
        super().__init__(QCoreApplication.translate("ReaderAnnotations", "Highlight"))
        self.owner, self.annotation, self.first = owner, annotation, True

    def redo(self) -> None:
        if not self.first:
            self.owner.notes.restore(self.annotation)
            self.owner.changed_here()
        self.first = False

    def undo(self) -> None:
        self.owner.notes.delete(self.annotation.id)
        self.owner.changed_here()


class _Deleted(QUndoCommand):
    def __init__(self, owner: ReaderAnnotations, annotation: Annotation) -> None:
        super().__init__(QCoreApplication.translate("ReaderAnnotations", "Delete highlight"))
        self.owner, self.annotation = owner, annotation

    def redo(self) -> None:
        self.owner.notes.delete(self.annotation.id)
        self.owner.changed_here()

    def undo(self) -> None:
        self.owner.notes.restore(self.annotation)
        self.owner.changed_here()


class _Edited(QUndoCommand):
    def __init__(self, owner: ReaderAnnotations, before: Annotation, after: Annotation) -> None:
        super().__init__(QCoreApplication.translate("ReaderAnnotations", "Edit note"))
        self.owner, self.before, self.after, self.first = owner, before, after, True

    def _apply(self, state: Annotation) -> None:
        self.owner.notes.update(state.id, colour=state.colour, note=state.note, tags=state.tags)
        self.owner.changed_here()

    def redo(self) -> None:
        if not self.first:
            self._apply(self.after)
        self.first = False

    def undo(self) -> None:
        self._apply(self.before)


class ReaderAnnotations(QObject):
    """The annotations of the report shown in one reader view.

    Args:
        view: the reader view.
        report_id: the report shown.
        store: the library (annotations are written through it, one transaction each).
        undo_stack: where highlight, edit and delete commands go.
    """

    changed = Signal()  # this report's annotations changed

    def __init__(
        self, view: ReaderView, report_id: ReportId, store: Any, undo_stack: QUndoStack
    ) -> None:
        super().__init__(view)
        self.view = view
        self.report_id = report_id
        self.store = store
        self.notes: AnnotationStore = annotations_of(store)
        self.undo_stack = undo_stack
        self.annotations: list[Annotation] = []
        self.actions: list[QAction] = []
        for index, colour in enumerate(self.notes.palette()[:9], start=1):
            action = QAction(colour_icon(colour.colour), colour.meaning or colour.key, view)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, key=colour.key: self.highlight_selection(key))
            view.addAction(action)
            self.actions.append(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.viewport().installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        """Re-read this report's annotations and repaint them."""
        self.annotations = self.notes.for_report(self.report_id)
        palette = self.notes.palette()
        highlights = []
        for annotation in self.annotations:
            if annotation.is_orphaned:
                continue
            colour = QColor(colour_of(palette, annotation.colour).colour)
            colour.setAlpha(ANNOTATION_ALPHA)
            start, end = self.view.offsets.span_to_qt(
                annotation.anchor.start, annotation.anchor.end
            )
            highlights.append(Highlight(start, end, colour, group=str(annotation.id)))
        self.view.set_layer(LAYER, highlights)

    def changed_here(self) -> None:
        """Repaint and tell listeners (the annotations panel) after a change."""
        self.refresh()
        self.changed.emit()

    def selection_span(self) -> tuple[int, int] | None:
        """The selected core span, or None when nothing is selected."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        return self.view.offsets.span_to_core(cursor.selectionStart(), cursor.selectionEnd())

    def highlight_selection(self, colour: str) -> Annotation | None:
        """Highlight the selected text with ``colour`` (a palette key); saved at once."""
        span = self.selection_span()
        if span is None or span[1] <= span[0]:
            return None
        annotation = annotate(self.store, self.report_id, span[0], span[1], colour)
        self.undo_stack.push(_Added(self, annotation))
        self.changed_here()
        return annotation

    def annotation_at(self, core_offset: int) -> Annotation | None:
        """The (innermost) annotation covering ``core_offset``."""
        hits = [
            a
            for a in self.annotations
            if not a.is_orphaned and a.anchor.start <= core_offset < a.anchor.end
        ]
        return min(hits, key=lambda a: a.anchor.end - a.anchor.start) if hits else None

    def edit(self, annotation_id: AnnotationId, parent: QWidget | None = None) -> None:
        """Open the note editor on an annotation; save or delete as the user chooses."""
        before = self.notes.get(annotation_id)
        editor = NoteEditor(before, self.notes.palette(), parent or self.view)
        if editor.exec() != NoteEditor.DialogCode.Accepted:
            return
        if editor.deleted:
            self.delete(annotation_id)
            return
        after = self.notes.update(
            annotation_id,
            colour=editor.chosen_colour(),
            note=editor.note.toPlainText(),
            tags=editor.chosen_tags(),
        )
        self.undo_stack.push(_Edited(self, before, after))
        self.changed_here()

    def delete(self, annotation_id: AnnotationId) -> None:
        """Delete an annotation (undoable)."""
        self.undo_stack.push(_Deleted(self, self.notes.get(annotation_id)))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.view)
        if self.selection_span() is not None:
            highlight = menu.addMenu(self.tr("Highlight"))
            highlight.addActions(self.actions)
        annotation = self.annotation_at(
            self.view.offsets.to_core(self.view.cursorForPosition(pos).position())
        )
        if annotation is not None:
            menu.addAction(self.tr("Edit note…"), lambda: self.edit(annotation.id))
            menu.addAction(self.tr("Delete highlight"), lambda: self.delete(annotation.id))
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.view.copy)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click (not a drag) on a highlight opens its note editor."""
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self.view.textCursor().hasSelection()
        ):
            position = self.view.cursorForPosition(event.position().toPoint()).position()
            annotation = self.annotation_at(self.view.offsets.to_core(position))
            if annotation is not None:
                self.edit(annotation.id)
        return False
