"""What the annotations panel does to the annotation of a row: its context menu shows it in
the reader (the Enter key too), edits it (F2 too), copies it to another report, places an
orphan on the text selected in the reader, or deletes it (the Delete key too), undoable from
the window's history as a deletion in the reader is. The menu key opens the menu of the row chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from core.model import ReportId
from core.notes.records import Annotation, AnnotationId
from core.store.annotations import annotations_of
from gui.notes.annotations_model import ID_ROLE, ORPHAN_ROLE, REPORT_ROLE
from gui.notes.listed_annotations import ListedAnnotations

if TYPE_CHECKING:
    from gui.notes.annotations_panel import AnnotationsPanel


class AnnotationsPanelActions(QObject):
    """The actions on ``panel``'s annotations; a report not open in a reader has its changes
    made by a ``ListedAnnotations`` of the panel's own, kept for the history's commands."""

    def __init__(self, panel: AnnotationsPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._owners: dict[ReportId, ListedAnnotations] = {}
        tree = panel.tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.installEventFilter(self)  # the menu key: the menu of the row chosen
        self.show_action = QAction(self.tr("&Show in the reader"), tree)
        self.show_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.show_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.show_action.triggered.connect(self.show_current)
        tree.addAction(self.show_action)
        # F2 edits the note, as it renames a file in a file manager.
        self.edit_action = QAction(self.tr("&Edit note…"), tree)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.setEnabled(False)
        self.edit_action.triggered.connect(self.edit_current)
        tree.addAction(self.edit_action)
        self.delete_action = QAction(self.tr("&Delete highlight"), tree)
        self.delete_action.setShortcuts(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.setEnabled(False)
        self.delete_action.triggered.connect(self.delete_current)
        tree.addAction(self.delete_action)
        tree.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Edit note and Delete highlight act on an annotation's row only."""
        annotation = current.siblingAtColumn(0).data(ID_ROLE) is not None
        self.edit_action.setEnabled(annotation)
        self.delete_action.setEnabled(annotation)

    def _context_menu(self, point: QPoint) -> None:
        tree = self._panel.tree
        self._open_menu(tree.indexAt(point), tree.viewport().mapToGlobal(point))

    def _open_menu(self, index: QModelIndex, where: QPoint) -> None:
        menu = self.context_menu(index)
        if menu is not None:
            menu.exec(where)
            menu.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The menu key (or Shift+F10) opens the menu of the row chosen, below it; Qt would
        open the menu of whatever row lies in the middle of the list."""
        if (
            watched is self._panel.tree
            and event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            tree = self._panel.tree
            current = tree.currentIndex()
            tree.scrollTo(current)
            below = tree.visualRect(current).bottomLeft()
            self._open_menu(current, tree.viewport().mapToGlobal(below))
            return True
        return False

    def show_current(self) -> None:
        """Show the passage of the row chosen in its report (Enter); a report's or a section's
        row opens or closes."""
        tree = self._panel.tree
        index = tree.currentIndex().siblingAtColumn(0)
        if index.data(ID_ROLE) is not None:
            self._panel.show_passage(index)
        elif self._panel.model.hasChildren(index):
            tree.setExpanded(index, not tree.isExpanded(index))

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of the annotation at ``index`` (None: not an annotation's row); its row
        becomes the current one, the one Delete highlight acts on."""
        index = index.siblingAtColumn(0)
        annotation_id = index.data(ID_ROLE)
        if annotation_id is None:
            return None
        self._panel.tree.setCurrentIndex(index)
        menu = QMenu(self._panel)
        menu.addAction(self.show_action)
        menu.addAction(self.edit_action)
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

    def edit_current(self) -> None:
        """Open the note editor on the annotation of the row chosen (its menu's Edit note, or
        F2); nothing on a report's or a section's row."""
        annotation_id = self._panel.tree.currentIndex().siblingAtColumn(0).data(ID_ROLE)
        if annotation_id is not None:
            self.edit(AnnotationId(int(annotation_id)))

    def delete_current(self) -> bool:
        """Delete the annotation of the row chosen (its menu's Delete highlight, or the Delete
        key); the row after it is chosen next. Undoable, with its note and tags, from the
        window's history, as the reader's Delete highlight is; False when nothing was deleted
        (no annotation chosen, or the library refused)."""
        panel = self._panel
        index = panel.tree.currentIndex().siblingAtColumn(0)
        annotation_id = index.data(ID_ROLE)
        if annotation_id is None:
            return False
        owner = self._owner(ReportId(int(index.data(REPORT_ROLE))))
        following = self._neighbour(index)
        # The panel hears of the deletion (``annotation_events``) and lists anew.
        if not owner.delete(AnnotationId(int(annotation_id)), panel):
            return False
        if following is not None:
            panel.select_annotation(following)
        return True

    def edit(self, annotation_id: AnnotationId) -> None:
        """Open the note editor on an annotation listed, of any report, open or not: saved
        (or deleted) at once, undoable from the window's history as an edit in the reader is;
        its row stays the current one."""
        panel = self._panel
        report = annotations_of(panel.store).get(annotation_id).report_id
        # The panel hears of the change (``annotation_events``) and lists anew.
        self._owner(report).edit(annotation_id, panel)
        panel.select_annotation(annotation_id)

    def _owner(self, report: ReportId) -> ListedAnnotations:
        """Who changes ``report``'s annotations for the panel: the reader showing it (its text
        at hand), else the panel's own owner for the report, kept for the history's commands."""
        panel = self._panel
        reader = panel.reader()
        if reader is not None and reader.report_id == report:
            return reader
        owner = self._owners.get(report)
        if owner is None:
            owner = ListedAnnotations(panel, report, panel.store, panel.undo_stack)
            self._owners[report] = owner
        return owner

    def _neighbour(self, index: QModelIndex) -> int | None:
        """The annotation listed after ``index`` in its group (or before it, the last)."""
        for row in (index.row() + 1, index.row() - 1):
            found = index.siblingAtRow(row).data(ID_ROLE) if row >= 0 else None
            if found is not None:
                return int(found)
        return None

    def carry(self, annotation_id: AnnotationId) -> Annotation | None:
        """Open the dialog that copies an annotation to another report; the copy, if made."""
        from gui.notes.carry_dialog import CarryDialog

        panel = self._panel
        dialog = CarryDialog(panel.store, annotation_id, panel)
        dialog.exec()
        dialog.deleteLater()
        if dialog.carried is None:
            return None
        panel.refresh()
        panel.carried.emit(int(dialog.carried.id))
        return dialog.carried

    def place_here(self, annotation_id: AnnotationId) -> Annotation | None:
        """Place an orphaned annotation on the text selected in its report's reader."""
        panel = self._panel
        notes = panel.reader()
        annotation = annotations_of(panel.store).get(annotation_id)
        if (
            notes is None
            or notes.report_id != annotation.report_id
            or notes.selection_span() is None
        ):
            QMessageBox.information(
                panel,
                self.tr("Place annotation"),
                self.tr(
                    "Open the annotation's report, select the passage it belongs to, "
                    "then choose Place here again."
                ),
            )
            return None
        placed: Annotation | None = notes.place_selection(annotation_id)
        panel.refresh()
        return placed

    def edit_palette(self) -> None:
        """Open the palette editor (every change is saved at once)."""
        from gui.notes.palette_editor import PaletteEditor

        panel = self._panel
        editor = PaletteEditor(panel.store, panel)
        editor.exec()
        editor.deleteLater()
        panel.refresh()
