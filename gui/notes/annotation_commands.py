"""The undo history's annotation commands: a highlight, a deletion, a note edited, a placing.

Each is pushed once its change is saved (the library refused nothing); undoing and redoing it
write the library again. One the library refuses is told, not applied, and keeps its place in
the history, so that Undo (or Redo) tries it again: the view and the history both stay as the
library holds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from core.notes.records import Annotation, AnnotationId
from gui.library_changes import change_library


class AnnotationCommand(QUndoCommand):
    """A change to one report's annotations, made already when pushed.

    Args:
        owner: the ``ReaderAnnotations`` the change was made in (its view, library, history).
        text: what Edit → Undo names the change.
    """

    def __init__(self, owner: Any, text: str) -> None:
        super().__init__(text)
        self.owner = owner
        self._passing = True  # the stack's redo on push, or a step back to a refused command

    def make(self) -> object:
        """Write the change (again); returns what the library returned."""
        raise NotImplementedError

    def unmake(self) -> object:
        """Write the state before the change back."""
        raise NotImplementedError

    def redo(self) -> None:
        if self._passing:
            self._passing = False
        else:
            self._write(self.make, undoing=False)

    def undo(self) -> None:
        if self._passing:
            self._passing = False
        else:
            self._write(self.unmake, undoing=True)

    def _write(self, write: Callable[[], object], undoing: bool) -> None:
        if change_library(self.owner.view, write) is None:
            self._keep_place(undoing)
        self.owner.changed_here()

    def _keep_place(self, undoing: bool) -> None:
        """The stack moves past this command once ``undo``/``redo`` returns: step back over it
        then, without writing, so that the history says what the library holds."""
        stack = self.owner.undo_stack

        def step_back(_index: int) -> None:
            self._passing = True
            if undoing:
                stack.redo()
            else:
                stack.undo()

        stack.indexChanged.connect(step_back, Qt.ConnectionType.SingleShotConnection)


class Added(AnnotationCommand):
    """A highlight made (with its note and tags)."""

    def __init__(self, owner: Any, annotation: Annotation) -> None:
        super().__init__(owner, QCoreApplication.translate("ReaderAnnotations", "Highlight"))
        self.annotation = annotation

    def make(self) -> object:
        return self.owner.notes.restore(self.annotation)

    def unmake(self) -> object:
        return self.owner.notes.delete(self.annotation.id)


class Deleted(AnnotationCommand):
    """A highlight deleted (with its note and tags)."""

    def __init__(self, owner: Any, annotation: Annotation) -> None:
        super().__init__(owner, QCoreApplication.translate("ReaderAnnotations", "Delete highlight"))
        self.annotation = annotation

    def make(self) -> object:
        return self.owner.notes.delete(self.annotation.id)

    def unmake(self) -> object:
        return self.owner.notes.restore(self.annotation)


def delete_annotation(owner: Any, annotation_id: AnnotationId, parent: QWidget) -> bool:
    """Delete an annotation through ``owner`` (a text view's or the panel's), undoable with its
    note and tags; False when the library refused it (told over ``parent``)."""
    before = owner.notes.get(annotation_id)
    if change_library(parent, lambda: owner.notes.delete(annotation_id)) is None:
        return False
    owner.undo_stack.push(Deleted(owner, before))
    owner.changed_here()
    return True


class Edited(AnnotationCommand):
    """A highlight's colour, note or tags changed."""

    def __init__(self, owner: Any, before: Annotation, after: Annotation) -> None:
        super().__init__(owner, QCoreApplication.translate("ReaderAnnotations", "Edit note"))
        self.before, self.after = before, after

    def _apply(self, state: Annotation) -> object:
        return self.owner.notes.update(
            state.id, colour=state.colour, note=state.note, tags=state.tags
        )

    def make(self) -> object:
        return self._apply(self.after)

    def unmake(self) -> object:
        return self._apply(self.before)


class Moved(AnnotationCommand):
    """An annotation placed by hand on other text (an orphan found its passage)."""

    def __init__(self, owner: Any, before: Annotation, after: Annotation) -> None:
        super().__init__(owner, QCoreApplication.translate("ReaderAnnotations", "Place annotation"))
        self.before, self.after = before, after

    def make(self) -> object:
        return self.owner.notes.move(self.after.id, self.after.anchor, self.after.status)

    def unmake(self) -> object:
        return self.owner.notes.move(self.before.id, self.before.anchor, self.before.status)
