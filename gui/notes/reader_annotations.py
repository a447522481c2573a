"""Annotations in a text view (a reader tab or a compare pane): painted, made, edited, placed.

Select text and press Ctrl+1…Ctrl+9 (or pick a colour from the popup menu) to highlight it;
click a highlight to edit its note and tags or delete it; with a selection, an orphaned
annotation can be placed on it. Every change is saved at once and can be undone (the window's
undo stack); other views of the same report repaint through ``annotation_events()``. A change
the library refuses is told (``change_library``) and not applied: the view shows what the
library holds, and the note editor stays open with what was typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QMenu

from core.model import ReportId
from core.notes.library_notes import annotate, place_by_hand
from core.notes.palette import colour_of
from core.notes.records import Annotation, AnnotationId
from core.notes.shown_quote import shown_quote
from gui.highlight_layers import Highlight
from gui.library_changes import change_library
from gui.notes.annotation_commands import Added, Moved
from gui.notes.annotation_events import annotation_events
from gui.notes.listed_annotations import ListedAnnotations
from gui.notes.note_editor import colour_icon

LAYER = "annotations"
ANNOTATION_ALPHA = 150  # stronger than the numbers' tint, and without their underline


class ReaderAnnotations(ListedAnnotations):
    """The annotations of the report shown in one text view.

    Args:
        view: a reader view or a compare pane: a ``QTextEdit`` with ``offsets`` (an
            ``OffsetMap``) and ``set_layer(name, highlights)``.
        report_id: the report shown.
        store: the library (annotations are written through it, one transaction each).
        undo_stack: where highlight, edit and delete commands go.
        context_menu: True to give the view its context menu; False when the view builds its
            own and adds this one's entries with ``fill_menu``.
    """

    changed = Signal()  # this report's annotations changed

    def __init__(
        self,
        view: Any,
        report_id: ReportId,
        store: Any,
        undo_stack: QUndoStack,
        context_menu: bool = True,
    ) -> None:
        super().__init__(view, report_id, store, undo_stack)
        self.annotations: list[Annotation] = []
        self.actions: list[QAction] = []
        self._announcing = False
        self._build_actions()
        if context_menu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._context_menu)
        view.viewport().installEventFilter(self)
        events = annotation_events()
        events.report_changed.connect(self._changed_elsewhere)
        events.palette_changed.connect(self._palette_changed)
        self.refresh()

    def _build_actions(self) -> None:
        for action in self.actions:
            self.view.removeAction(action)
            action.deleteLater()
        self.actions = []
        for index, colour in enumerate(self.notes.palette()[:9], start=1):
            action = QAction(colour_icon(colour.colour), colour.meaning or colour.key, self.view)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, key=colour.key: self.highlight_selection(key))
            self.view.addAction(action)
            self.actions.append(action)

    def _changed_elsewhere(self, store: Any, report_id: int) -> None:
        if store is self.store and report_id == int(self.report_id) and not self._announcing:
            self.refresh()

    def _palette_changed(self, store: Any) -> None:
        if store is not self.store:
            return
        self._build_actions()
        self.refresh()

    def set_report(self, report_id: ReportId) -> None:
        """Show the annotations of another report (the view now shows its text)."""
        self.report_id = report_id
        self.refresh()

    @property
    def report_text(self) -> str:
        """The text of the report shown (core's), to read its quotes on (``shown_quote``)."""
        return str(self.view.offsets.text)

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
        """Repaint and tell listeners (the annotations panel, other views) after a change."""
        self.refresh()
        self.changed.emit()
        self._announcing = True
        try:
            annotation_events().report_changed.emit(self.store, int(self.report_id))
        finally:
            self._announcing = False

    def selection_span(self) -> tuple[int, int] | None:
        """The selected core span, or None when nothing is selected."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        return self.view.offsets.span_to_core(cursor.selectionStart(), cursor.selectionEnd())

    def highlight_selection(self, colour: str) -> Annotation | None:
        """Highlight the selected text with ``colour`` (a palette key); saved at once (None:
        nothing selected, or the library refused it)."""
        span = self.selection_span()
        if span is None or span[1] <= span[0]:
            return None
        annotation = change_library(
            self.view, lambda: annotate(self.store, self.report_id, span[0], span[1], colour)
        )
        if annotation is None:
            return None
        self.undo_stack.push(Added(self, annotation))
        self.changed_here()
        self._leave_selection()
        return annotation

    def _leave_selection(self) -> None:
        """Clear the selection just highlighted, the cursor at its end: the selection's colour
        would hide the highlight's, and the user would not see it made (as readers do)."""
        cursor = self.view.textCursor()
        cursor.setPosition(cursor.selectionEnd())
        self.view.setTextCursor(cursor)

    def annotation_at(self, core_offset: int) -> Annotation | None:
        """The (innermost) annotation covering ``core_offset``."""
        hits = [
            a
            for a in self.annotations
            if not a.is_orphaned and a.anchor.start <= core_offset < a.anchor.end
        ]
        return min(hits, key=lambda a: a.anchor.end - a.anchor.start) if hits else None

    def place_selection(self, annotation_id: AnnotationId) -> Annotation | None:
        """Put an (orphaned) annotation of this report on the selected text (undoable; None:
        nothing selected, another report's, or the library refused it)."""
        span = self.selection_span()
        if span is None or span[1] <= span[0]:
            return None
        before = self.notes.get(annotation_id)
        if before.report_id != self.report_id:
            return None
        placed = change_library(
            self.view, lambda: place_by_hand(self.store, annotation_id, span[0], span[1])
        )
        if placed is None:
            return None
        self.undo_stack.push(Moved(self, before, placed))
        self.changed_here()
        self._leave_selection()
        return placed

    def orphans(self) -> list[Annotation]:
        """This report's annotations whose passage is lost, awaiting placing by hand."""
        return [a for a in self.annotations if a.is_orphaned]

    def fill_menu(self, menu: QMenu, core_offset: int) -> None:
        """Add the annotation entries for the text at ``core_offset`` to a context menu."""
        if self.selection_span() is not None:
            highlight = menu.addMenu(self.tr("&Highlight"))
            highlight.addActions(self.actions)
            orphans = self.orphans()
            if orphans:
                place = menu.addMenu(self.tr("&Place orphaned annotation here"))
                for orphan in orphans:
                    quote = shown_quote(orphan.anchor, self.report_text)
                    label = " ".join(quote.split())[:30]
                    place.addAction(label, lambda a=orphan.id: self.place_selection(a))
        annotation = self.annotation_at(core_offset)
        if annotation is not None:
            menu.addAction(self.tr("&Edit note…"), lambda: self.edit(annotation.id))
            menu.addAction(self.tr("&Delete highlight"), lambda: self.delete(annotation.id))

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu a right click at ``pos`` (in the view's viewport) opens."""
        menu = QMenu(self.view)
        self.fill_menu(menu, self.view.offsets.to_core(self.view.cursorForPosition(pos).position()))
        menu.addSeparator()
        menu.addAction(self.tr("&Copy"), self.view.copy)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

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
