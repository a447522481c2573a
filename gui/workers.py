"""Background work: one worker thread owns every database write; results come back by signal.

The GUI thread reads through its own connection; the worker opens a second one in its
thread, so a long import never blocks the window and no SQLite connection crosses threads.
Heavy modules (the importer, jieba) are imported inside the worker, never on the GUI thread.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.model import ReportId, ReportMeta


class DetailsRequest(NamedTuple):
    """A write of one report's details asked of the writer; its answer names the request
    (a named tuple: the first paint defines no dataclass).

    Attributes:
        report_id: the report whose details are written.
        write: run in the writer thread on its library; returns the ``DetailsChange`` made.
        asked_by: what the answer is for (the undo history's command undone or redone; None
            for a correction made in the details dialog).
        undoing: True when the write takes a correction back.
    """

    report_id: ReportId
    write: Callable[[Any], Any]
    asked_by: object = None
    undoing: bool = False


class LibraryWorker(QObject):
    """Runs in the writer thread; each slot is one job against its own ReportStore."""

    progress = Signal(int, int, str)  # done, total, file name
    import_finished = Signal(object)  # list[ImportOutcome]
    samples_finished = Signal(object)  # list[ImportOutcome]
    edition_replaced = Signal(object)  # EditionOutcome (the library changed with it)
    changed = Signal()  # the library's contents changed
    details_written = Signal(object, object)  # DetailsRequest, the DetailsChange made
    details_refused = Signal(object, str)  # DetailsRequest, a user-facing message (nothing written)
    reports_reread = Signal(object)  # list[ReportId]: read again by ``prepare``
    failed = Signal(str)  # a user-facing message

    def __init__(self, db: str | None, cancel: threading.Event) -> None:
        super().__init__()
        self._db = db
        self._cancel = cancel
        self._store: Any = None

    def _open(self) -> Any:
        if self._store is None:
            from core.library import open_library

            # Reports an earlier reading made are read again by ``prepare``, stoppably.
            self._store = open_library(self._db, reread=False)
        return self._store

    def _report_error(self, error: Exception) -> None:
        self.failed.emit(self._message(error))

    @staticmethod
    def _message(error: Exception) -> str:
        from core.errors import ReportLensError

        if isinstance(error, ReportLensError):
            return str(error)
        return "".join(traceback.format_exception_only(error)).strip()

    @Slot()
    def prepare(self) -> None:
        """Open the writer's connection now: the day's backup is taken then, if due. Then
        read again the reports an earlier reading made (jieba: seconds for many reports),
        stopping when the app closes; the rest are read at the next start."""
        try:
            from core.reading_upgrade import reread_stale_reports

            reread = reread_stale_reports(self._open(), should_cancel=self._cancel.is_set)
        except Exception as error:
            self._report_error(error)
            return
        if reread:
            self.reports_reread.emit(list(reread))  # first: open tabs show the new reading
            self.changed.emit()

    @Slot(object)
    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders, reporting progress; stops early when cancelled."""
        outcomes: list[Any] = []
        try:
            from core.importer import import_paths

            outcomes = import_paths(
                self._open(),
                list(paths),
                progress=lambda done, total, path: self.progress.emit(done, total, path.name),
                should_cancel=self._cancel.is_set,
            )
        except Exception as error:
            self._report_error(error)
        self.import_finished.emit(outcomes)
        self.changed.emit()

    @Slot(bool)
    def import_samples(self, only_if_new: bool) -> None:
        """Add the bundled samples: to a new library (first start), or when asked."""
        outcomes: list[Any] = []
        try:
            from core.library import import_samples, import_samples_if_new

            fill = import_samples_if_new if only_if_new else import_samples
            outcomes = fill(
                self._open(),
                progress=lambda done, total, path: self.progress.emit(done, total, path.name),
            )
        except Exception as error:
            self._report_error(error)
        self.samples_finished.emit(outcomes)
        if outcomes:
            self.changed.emit()

    @Slot(object)
    def write_details(self, request: DetailsRequest) -> None:
        """Write a report's details: ``details_written`` says what was written (once the
        library is listed anew, ``changed``), ``details_refused`` why nothing was."""
        try:
            made = request.write(self._open())
        except Exception as error:
            self.details_refused.emit(request, self._message(error))
            return
        self.changed.emit()
        self.details_written.emit(request, made)

    @Slot(int)
    def remove_report(self, report_id: int) -> None:
        """Remove a report from the library."""
        try:
            self._open().remove_report(ReportId(report_id))
        except Exception as error:
            self._report_error(error)
        self.changed.emit()

    @Slot(int, object, bool)
    def replace_edition(self, report_id: int, path: Path, force: bool) -> None:
        """Replace a report with a corrected edition; its annotations follow (one job).
        ``force`` replaces it even with a file that reads as another report."""
        try:
            from core.notes.new_edition import replace_with_edition

            outcome = replace_with_edition(
                self._open(), ReportId(report_id), Path(path), force=force
            )
        except Exception as error:
            self._report_error(error)
            return
        # Not ``changed``: the window lists the library again itself, once the old edition's
        # open tabs have moved to the new one (a listing without the old edition closes them).
        self.edition_replaced.emit(outcome)

    @Slot()
    def close(self) -> None:
        """Close the worker's connection (last job before the thread stops)."""
        if self._store is not None:
            self._store.close()
            self._store = None


class LibraryWriter(QObject):
    """The GUI side of the writer thread: ask for jobs here, listen to ``worker``'s signals."""

    _prepare_requested = Signal()
    _import_requested = Signal(object)
    _samples_requested = Signal(bool)
    _details_requested = Signal(object)
    _remove_requested = Signal(int)
    _replace_requested = Signal(int, object, bool)
    _close_requested = Signal()

    def __init__(self, db: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName("library-writer")
        self.worker = LibraryWorker(db, self.cancel_event)
        self.worker.moveToThread(self._thread)
        self._prepare_requested.connect(self.worker.prepare)
        self._import_requested.connect(self.worker.import_paths)
        self._samples_requested.connect(self.worker.import_samples)
        self._details_requested.connect(self.worker.write_details)
        self._remove_requested.connect(self.worker.remove_report)
        self._replace_requested.connect(self.worker.replace_edition)
        self._close_requested.connect(self.worker.close)
        self._thread.finished.connect(self.worker.deleteLater)
        self._thread.start()

    def prepare(self) -> None:
        """Open the library for writing in the background (and take the day's backup)."""
        self._prepare_requested.emit()

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import in the background (``worker.progress`` / ``import_finished`` report).

        What is alive now (the window, its models, the dictionary) lives as long as the app:
        it is moved out of the garbage collector's sight first. An import makes objects fast,
        which sets off full collections; each then walks only what the import made, and the
        pause it puts in the window's loop is halved (about 60 → 30 ms at a few hundred
        files).
        """
        gc.collect()
        gc.freeze()
        self.cancel_event.clear()
        self._import_requested.emit(list(paths))

    def cancel(self) -> None:
        """Ask a running import to stop after the current file."""
        self.cancel_event.set()

    def import_samples(self, only_if_new: bool = True) -> None:
        """Add the samples in the background: to a new library only, unless asked outright."""
        self._samples_requested.emit(only_if_new)

    def update_meta(self, report_id: ReportId, meta: ReportMeta) -> None:
        """Correct a report's details in the background (``worker.details_written`` or
        ``details_refused`` answers)."""
        from core.details_change import change_details

        self.write_details(
            DetailsRequest(report_id, lambda store: change_details(store, report_id, meta))
        )

    def write_details(self, request: DetailsRequest) -> None:
        """Write a report's details in the background (``worker.details_written`` or
        ``details_refused`` answers, naming ``request``)."""
        self._details_requested.emit(request)

    def remove_report(self, report_id: ReportId) -> None:
        """Remove a report in the background."""
        self._remove_requested.emit(int(report_id))

    def replace_edition(self, report_id: ReportId, path: Path, *, force: bool = False) -> None:
        """Replace a report with a corrected edition in the background
        (``worker.edition_replaced`` reports); ``force`` replaces it even with a file that
        reads as another city's or year's report."""
        self._replace_requested.emit(int(report_id), Path(path), force)

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Cancel any import, close the connection, stop the thread and wait for it."""
        if not self._thread.isRunning():
            return
        self.cancel_event.set()
        self._close_requested.emit()
        self._thread.quit()
        self._thread.wait(timeout_ms)
