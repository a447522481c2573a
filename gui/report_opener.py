"""Opening a large report: the window says so at once, and reads it off the GUI thread.

A report of millions of characters takes seconds to open. While it does, the cursor waits and
the status bar says which report is opening, painted before the work starts. When the user
asks for one (the library, a search hit, an annotation, the scorecard, an import), it is read
from the library in the background and the window stays responsive; its tab then shows the
start of the text at once and builds the rest between the window's events
(``gui.reader.reader_tab``). ``MainWindow.open_report`` still opens at once (restoring the
last session and reopening replaced editions need the tab then), announcing a large report
all the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from core.model import ReportId

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.reader.readable_job import ReadableJob

# Reports longer than this (characters) are announced while they open and read in the
# background when asked for; shorter ones open within a few tenths of a second, and a cursor
# that changed for that would only flicker.
LARGE_REPORT_CHARS = 300_000


class OpeningNotice(QObject):
    """A wait cursor and "Opening …" in the status bar while large reports open (nested
    openings keep them until the last one ends)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._messages: list[str] = []

    def begin(self, title: str, *, busy: bool = False) -> None:
        """Show that ``title`` is opening, painted now: the GUI thread may be held next.

        Args:
            title: the report's title.
            busy: the window stays responsive meanwhile (an arrow with the busy sign).
        """
        shape = Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.WaitCursor
        QApplication.setOverrideCursor(QCursor(shape))
        message = self.tr("Opening “%1”…").replace("%1", title)
        self._messages.append(message)
        status = self._window.statusBar()
        status.showMessage(message)
        status.repaint()

    def end(self) -> None:
        """The opening begun last is over; the window looks as before once all are."""
        if not self._messages:
            return
        QApplication.restoreOverrideCursor()
        message = self._messages.pop()
        status = self._window.statusBar()
        if status.currentMessage() == message:
            if self._messages:
                status.showMessage(self._messages[-1])
            else:
                status.clearMessage()

    def end_all(self) -> None:
        """Every opening is over (the window closes)."""
        while self._messages:
            self.end()

    @contextmanager
    def showing(self, title: str) -> Iterator[None]:
        """Announce ``title`` opening for the ``with`` block."""
        self.begin(title)
        try:
            yield
        finally:
            self.end()


class ReportOpener(QObject):
    """Opens the reports the user asks for; a large one is read off the GUI thread first."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.notice = OpeningNotice(window)
        self._jobs: dict[int, ReadableJob] = {}
        self._passages: dict[int, tuple[int | None, int | None]] = {}

    def large_title(self, report_id: ReportId) -> str | None:
        """The title of ``report_id`` if it is large enough to announce, else None."""
        summary = self._window.library_panel.model.summary(report_id)
        if summary is None or summary.char_count <= LARGE_REPORT_CHARS:
            return None
        return str(summary.meta.title)

    @contextmanager
    def announcing(self, report_id: ReportId) -> Iterator[None]:
        """Show that ``report_id`` is opening during the ``with`` block, if it is large."""
        title = self.large_title(report_id)
        if title is None:
            yield
            return
        with self.notice.showing(title):
            yield

    def is_loading(self, report_id: ReportId) -> bool:
        """Whether ``report_id`` is being read in the background."""
        return int(report_id) in self._jobs

    def show_report(
        self, report_id: ReportId, start: int | None = None, end: int | None = None
    ) -> None:
        """Show a report the user asked for, optionally at ``[start, end)``: at once when it
        is open or small; a large one once read in the background (asked for again meanwhile,
        it shows the passage asked for last)."""
        window = self._window
        key = int(report_id)
        if key in self._jobs:
            self._passages[key] = (start, end)
            return
        title = self.large_title(report_id)
        if title is None or window.tab_index(f"report:{key}") >= 0:
            window.open_report(report_id, start, end)
            return
        from gui.reader.readable_job import ReadableJob

        job = ReadableJob(window.store.path, window.store.read_only, report_id)
        job.signals.loaded.connect(self._loaded)
        job.signals.failed.connect(self._failed)
        self._jobs[key] = job
        self._passages[key] = (start, end)
        self.notice.begin(title, busy=True)
        job.start()

    def _finish(self, report_id: int) -> tuple[int | None, int | None] | None:
        """Forget the job of ``report_id``; its passage, unless the window stopped it."""
        if self._jobs.pop(report_id, None) is None or report_id not in self._passages:
            return None
        self.notice.end()
        return self._passages.pop(report_id, (None, None))

    def _loaded(self, report_id: int, readable: Any) -> None:
        window = self._window
        # Ended first: the tab is built under a notice of its own, with the waiting cursor.
        passage = self._finish(report_id)
        if passage is None or window.is_closed():
            return
        if window.library_panel.model.summary(ReportId(report_id)) is None:
            return  # removed from the library while it was read
        window.open_report(ReportId(report_id), *passage, readable=readable)

    def _failed(self, report_id: int, message: str) -> None:
        if self._finish(report_id) is not None and not self._window.is_closed():
            self._window.show_error(message)

    def stop(self) -> None:
        """Drop the reports being read (the window closes) and restore the cursor."""
        for job in self._jobs.values():  # kept: each thread still reports to its signals
            job.signals.loaded.disconnect(self._loaded)
            job.signals.failed.disconnect(self._failed)
        self._passages.clear()
        self.notice.end_all()
