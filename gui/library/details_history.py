"""Corrections of a report's details in the undo history: Edit ▸ Undo (Ctrl+Z) puts the old
details back, Redo makes the correction again.

The library's writer thread writes details, and answers each write: the correction is pushed
onto the window's undo stack once the writer has saved it. Undoing or redoing it asks the
writer again, which writes only while the report still holds the details the step starts from
(``core.details_change``). A write confirmed lists the library anew, the report selected in
it; a write refused is told in one message and, as with annotations, the history steps back
over it without writing, so that it says what the library holds and Undo (or Redo) tries again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from core.model import ReportId, ReportMeta
from gui.core_messages import show_core_error, translated_message
from gui.messages import warn
from gui.placeholders import fill_placeholders
from gui.workers import DetailsRequest

if TYPE_CHECKING:
    from core.details_change import DetailsChange
    from gui.main_window import MainWindow

STATUS_MS = 8000


class DetailsEdited(QUndoCommand):
    """A report's details corrected, already saved when pushed; undone and redone by the
    library's writer (``DetailsHistory``)."""

    def __init__(self, history: DetailsHistory, change: DetailsChange) -> None:
        super().__init__(QCoreApplication.translate("DetailsHistory", "Edit details"))
        self.history = history
        self.change = change
        self._passing = True  # the stack's redo on push, or a step back over a refused write

    def redo(self) -> None:
        if self._passing:
            self._passing = False
        else:
            self.history.write(self, self.change.reversed(), undoing=False)

    def undo(self) -> None:
        if self._passing:
            self._passing = False
        else:
            self.history.write(self, self.change, undoing=True)

    def step_back(self, undoing: bool) -> None:
        """Undo (or redo) this command again without writing: the write was refused."""
        self._passing = True
        stack = self.history.undo_stack
        if undoing:
            stack.redo()
        else:
            stack.undo()


class DetailsHistory(QObject):
    """Sends the window's corrections of details to the library's writer and keeps them in
    the undo history once written.

    A QObject of the GUI thread, so that the writer's answers reach it queued, in this thread.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.undo_stack = window.undo_stack
        worker = window.writer.worker
        worker.details_written.connect(self._written)
        worker.details_refused.connect(self._refused)

    def edit(self, report_id: ReportId, meta: ReportMeta) -> None:
        """Correct a report's details (the details dialog's Save); undoable once written."""
        self._window.writer.update_meta(report_id, meta)

    def write(self, command: DetailsEdited, change: DetailsChange, undoing: bool) -> None:
        """Ask the writer to take ``change`` back (for ``command``, undone or redone)."""
        from core.details_change import undo_details_change

        self._window.writer.write_details(
            DetailsRequest(
                change.report_id,
                lambda store: undo_details_change(store, change),
                asked_by=command,
                undoing=undoing,
            )
        )

    def _written(self, request: DetailsRequest, made: DetailsChange) -> None:
        window = self._window
        if window.is_closed():
            return
        window.library_panel.select_report(made.report_id)  # listed anew already (``changed``)
        if request.asked_by is None:
            if made.changed_anything:
                self.undo_stack.push(DetailsEdited(self, made))
            return
        said = (
            QCoreApplication.translate("DetailsHistory", "The details of “%1” are as they were")
            if request.undoing
            else QCoreApplication.translate(
                "DetailsHistory", "The details of “%1” are edited again"
            )
        )
        window.statusBar().showMessage(fill_placeholders(said, made.after.title), STATUS_MS)

    def _refused(self, request: DetailsRequest, message: str) -> None:
        window = self._window
        if window.is_closed():
            return
        if request.asked_by is None:
            show_core_error(window, message)
            return
        summary = window.library_panel.model.summary(request.report_id)
        title = summary.meta.title if summary is not None else str(int(request.report_id))
        if request.undoing:
            heading = QCoreApplication.translate("DetailsHistory", "Undo")
            said = QCoreApplication.translate(
                "DetailsHistory", "The details of “%1” were not put back."
            )
        else:
            heading = QCoreApplication.translate("DetailsHistory", "Redo")
            said = QCoreApplication.translate(
                "DetailsHistory", "The details of “%1” were not edited again."
            )
        self._step_back(request)
        warn(window, heading, f"{fill_placeholders(said, title)}\n\n{translated_message(message)}")

    def _step_back(self, request: DetailsRequest) -> None:
        """The history goes back over the refused step, when it still stands where that step
        left it (a command cleared from it, or stepped over since, is left alone)."""
        stack = self.undo_stack
        command: Any = request.asked_by
        position = next((i for i in range(stack.count()) if stack.command(i) is command), None)
        if position is None:
            return
        left_at = position if request.undoing else position + 1
        if stack.index() == left_at:
            command.step_back(request.undoing)
