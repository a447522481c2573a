"""The comparisons a compare view asks for: when each starts, and which result still counts.

A view asks again whenever a switch flips, a pairing is corrected or the sides are swapped;
only the latest request's result is drawn, and one arriving after the view stopped is dropped.
A comparison computed on a thread of the app's process starts once both texts are on screen
(a Python thread beside the first paint would take turns with it for the interpreter); one
computed in the engine's own process starts at once, beside the texts' build.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from core.compare.comparison_cache import ComparisonCache
from core.compare.records import CompareSettings, PairOverride
from core.library import LoadedReport
from gui.compare.compare_job import CompareJob, CompareResult, kept_result, runs_beside, start_job

# A view not shown never paints: its comparison starts after this delay all the same.
START_UNSEEN_MS = 300


class CompareRuns(QObject):
    """Runs a view's comparisons on the thread pool and hands back the latest one's result.

    Args:
        cache: where comparisons are kept (and computed when not kept).
        parent: the view.
    """

    finished = Signal(object)  # CompareResult of the latest request
    failed = Signal(str)  # the latest request's error message

    def __init__(self, cache: ComparisonCache, parent: QObject) -> None:
        super().__init__(parent)
        self._cache = cache
        self._request = 0
        self._jobs: dict[int, CompareJob] = {}
        self._pending: CompareJob | None = None
        self._start_anyway = QTimer(self)
        self._start_anyway.setSingleShot(True)
        self._start_anyway.setInterval(START_UNSEEN_MS)
        self._start_anyway.timeout.connect(self.start_pending)

    def kept(
        self,
        left: LoadedReport,
        right: LoadedReport,
        settings: CompareSettings,
        overrides: Sequence[PairOverride],
    ) -> CompareResult | None:
        """The result of comparing these, as a new request, if the cache holds it (nothing is
        computed: the view draws it at once); None otherwise."""
        result = kept_result(left, right, settings, overrides, self._request + 1, self._cache)
        if result is not None:
            self._request = result.request
        return result

    def run(
        self,
        left: LoadedReport,
        right: LoadedReport,
        settings: CompareSettings,
        overrides: Sequence[PairOverride],
        texts_painted: bool,
    ) -> None:
        """Ask for a comparison; any earlier one still running no longer counts.

        Args:
            texts_painted: both texts are on screen already (a thread may start at once).
        """
        self._request += 1
        job = CompareJob(self._request, left, right, settings, overrides, self._cache)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._jobs[self._request] = job
        self._pending = job
        if texts_painted or runs_beside(self._cache):
            self.start_pending()
        else:  # computed on a thread of this process: the texts are painted first
            self._start_anyway.start()

    def start_pending(self) -> None:
        """Start the comparison waiting for the texts' paint, if one is."""
        self._start_anyway.stop()
        job, self._pending = self._pending, None
        if job is not None:
            start_job(job)

    def is_waiting(self) -> bool:
        """A comparison is asked for but not started (it waits for the texts' paint)."""
        return self._pending is not None

    def is_running(self) -> bool:
        """A comparison asked for has not ended yet."""
        return bool(self._jobs)

    def stop(self) -> None:
        """Ignore every comparison asked for so far; one not started is dropped."""
        self._request += 1
        if self._pending is not None:  # never started: nothing will end it
            self._jobs = {key: job for key, job in self._jobs.items() if job is not self._pending}
            self._pending = None
        self._start_anyway.stop()

    def _finished(self, result: CompareResult) -> None:
        self._jobs.pop(result.request, None)
        if result.request == self._request:
            self.finished.emit(result)

    def _failed(self, request: int, message: str) -> None:
        self._jobs.pop(request, None)
        if request == self._request:
            self.failed.emit(message)
