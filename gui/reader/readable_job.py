"""Reading a library report for a reader tab off the GUI thread; the result comes back by signal.

A report of millions of characters takes a second or more to read from the library. The job
opens its own connection to the library in its thread (no SQLite connection crosses threads)
and closes it when done.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from core.model import ReportId


class _Signals(QObject):
    loaded = Signal(int, object)  # ReportId, ReadableReport
    failed = Signal(int, str)  # ReportId, a user-facing message


class ReadableJob(QRunnable):
    """Read one report as ``load_readable`` does, on the thread pool.

    Args:
        library: the library file.
        read_only: open it read-only (as the window's own connection is).
        report_id: the report to read.
    """

    def __init__(self, library: Path, read_only: bool, report_id: ReportId) -> None:
        super().__init__()
        self.signals = _Signals()
        self._library = Path(library)
        self._read_only = read_only
        self.report_id = report_id

    def run(self) -> None:
        """Read the report, then hand it to the GUI thread."""
        from core.errors import ReportLensError
        from core.store import ReportStore
        from gui.reader.readable_report import load_readable

        try:
            store = ReportStore.open(self._library, read_only=self._read_only)
            try:
                readable = load_readable(store, self.report_id)
            finally:
                store.close()
        except Exception as error:
            if isinstance(error, ReportLensError):
                message = str(error)
            else:
                message = "".join(traceback.format_exception_only(error)).strip()
            self.signals.failed.emit(int(self.report_id), message)
            return
        self.signals.loaded.emit(int(self.report_id), readable)

    def start(self) -> None:
        """Run on the global thread pool."""
        QThreadPool.globalInstance().start(self)
