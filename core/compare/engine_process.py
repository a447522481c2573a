"""The compare engine in a process of its own, beside the app's.

The engine is pure Python. Run on a thread of the app's process, it holds the interpreter lock
that the window needs to lay out and paint the two texts while the comparison runs, so the
texts wait for the comparison, or the comparison for the texts. In a process of its own it runs
on another core beside them. One process is kept: it keeps each report's diff tokens and
section bigrams between comparisons, as the app's process would, and its last few comparisons.
It is started ahead of need (``warm_up``: when two reports are chosen, or by the first
comparison); until it is ready, and if it dies, comparisons run in the calling process, as they
did without it.

Two reports chosen are likely compared next: ``compare_ahead`` compares them in the process
then and keeps the result where the app looks first, so that Compare, when chosen, shows the
changes with the texts. Only the latest pair chosen waits its turn: choosing pair after pair
computes the one being computed and the last.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from core.compare.comparison import compare_reports
from core.compare.comparison_cache import ComparisonCache
from core.compare.records import (
    Change,
    CompareInput,
    CompareSettings,
    Comparison,
    PairOverride,
    SectionPair,
    Summary,
)

_Parts = tuple[tuple[SectionPair, ...], tuple[Change, ...], Summary]
_Args = tuple[CompareInput, CompareInput, CompareSettings, tuple[PairOverride, ...]]

# In the engine's process: its last comparisons. Compare chosen while the same comparison is
# being made ahead of need waits for it instead of making it again.
_KEPT = ComparisonCache(capacity=4)


_T = TypeVar("_T")


def _compare_parts(
    left: CompareInput,
    right: CompareInput,
    settings: CompareSettings,
    overrides: Sequence[PairOverride],
) -> _Parts:
    """In the engine's process: the comparison without its two inputs (the caller has them)."""
    comparison = _KEPT.compare(left, right, settings, overrides)
    return comparison.pairs, comparison.changes, comparison.summary


def _ready() -> bool:
    return True


def _kept_reports() -> int:
    """In the engine's process: how many reports' diff tokens it keeps."""
    from core.compare.side_cache import SHARED_SIDES

    return len(SHARED_SIDES)


def _comparisons_made() -> int:
    """In the engine's process: how many comparisons it computed (not found kept)."""
    return _KEPT.misses


def _forget() -> None:
    """In the engine's process: drop what it keeps between comparisons."""
    from core.compare.comparison import forget_kept

    forget_kept()
    _KEPT.clear()


class EngineProcess:
    """Compares reports in a process of its own; safe to call from several threads."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self._ready: Future[bool] | None = None
        self._lock = threading.Lock()
        # Comparing ahead: whether one is under way, and the latest one asked for meanwhile.
        self._ahead_running = False
        self._ahead_waiting: tuple[ComparisonCache, _Args, Future[bool]] | None = None

    def warm_up(self) -> Future[bool]:
        """Start the process if it is not running (it takes a few hundred milliseconds, on
        another core); the future is done when it can compare."""
        with self._lock:
            if self._executor is None or self._ready is None:
                self._executor = ProcessPoolExecutor(
                    1, mp_context=multiprocessing.get_context("spawn")
                )
                self._ready = self._executor.submit(_ready)
            return self._ready

    def is_ready(self) -> bool:
        """Whether the process is up and can take a comparison now."""
        with self._lock:
            ready = self._ready
        return ready is not None and ready.done() and ready.exception() is None

    def _running(self) -> ProcessPoolExecutor | None:
        """The process, when it is ready; otherwise it is started for next time (again, if
        it failed to start)."""
        if not self.is_ready():
            with self._lock:
                executor, ready = self._executor, self._ready
            if executor is not None and ready is not None and ready.done():
                self._lost(executor)  # it could not start: the next warm_up tries afresh
            self.warm_up()
            return None
        with self._lock:
            return self._executor

    def _lost(self, executor: ProcessPoolExecutor) -> None:
        """The process died: the next call starts another."""
        with self._lock:
            if self._executor is executor:
                self._executor, self._ready = None, None
        executor.shutdown(wait=False, cancel_futures=True)

    def compare(
        self,
        left: CompareInput,
        right: CompareInput,
        settings: CompareSettings | None = None,
        overrides: Sequence[PairOverride] = (),
    ) -> Comparison:
        """``compare_reports(left, right, settings, overrides)``: in the process when it is
        ready, here otherwise."""
        settings = settings or CompareSettings()
        executor = self._running()
        if executor is None:
            return compare_reports(left, right, settings, overrides)
        try:
            pairs, changes, summary = executor.submit(
                _compare_parts, left, right, settings, tuple(overrides)
            ).result()
        except (BrokenProcessPool, RuntimeError):  # died, or shut down meanwhile
            self._lost(executor)
            return compare_reports(left, right, settings, overrides)
        return Comparison(left, right, settings, pairs, changes, summary)

    def compare_ahead(
        self,
        cache: ComparisonCache,
        left: CompareInput,
        right: CompareInput,
        settings: CompareSettings | None = None,
        overrides: Sequence[PairOverride] = (),
    ) -> Future[bool]:
        """Compare two reports in the process, once it is up, and keep the result in ``cache``
        (two reports are chosen: Compare is likely next). A comparison ``cache`` has, in
        memory or in its file (an earlier run's), is read back instead. A request made while
        another is under way waits for it and replaces any request already waiting.

        Returns:
            A future of whether the comparison is kept: False if the process died or was
            closed, or the request was replaced before its turn.
        """
        args: _Args = (left, right, settings or CompareSettings(), tuple(overrides))
        done: Future[bool] = Future()
        if cache.recall(*args) is not None:  # (or kept on disk by an earlier run)
            done.set_result(True)
            return done
        replaced = None
        with self._lock:
            start = not self._ahead_running
            if start:
                self._ahead_running = True
            else:
                replaced, self._ahead_waiting = self._ahead_waiting, (cache, args, done)
        if replaced is not None:
            replaced[2].set_result(False)
        if start:
            self._start_ahead(cache, args, done)
        return done

    def _start_ahead(self, cache: ComparisonCache, args: _Args, done: Future[bool]) -> None:
        def finish(kept: bool) -> None:
            done.set_result(kept)
            with self._lock:
                waiting, self._ahead_waiting = self._ahead_waiting, None
                self._ahead_running = waiting is not None
            if waiting is not None:
                self._start_ahead(*waiting)

        def compared(job: Future[_Parts]) -> None:
            if job.cancelled() or job.exception() is not None:
                finish(False)
                return
            kept = False
            try:
                pairs, changes, summary = job.result()
                left, right, settings, overrides = args
                cache.keep(Comparison(left, right, settings, pairs, changes, summary), overrides)
                kept = True
            finally:  # the request waiting runs, whatever happened to this one
                finish(kept)

        def submit(ready: Future[bool]) -> None:
            with self._lock:
                executor = self._executor if ready is self._ready else None
            if executor is None or ready.cancelled() or ready.exception() is not None:
                finish(False)
                return
            try:
                job = executor.submit(_compare_parts, *args)
            except RuntimeError:  # died or shut down meanwhile: the next call starts another
                self._lost(executor)
                finish(False)
                return
            job.add_done_callback(compared)

        self.warm_up().add_done_callback(submit)

    def kept_reports(self) -> int:
        """How many reports' diff tokens the process keeps (0 when it is not running)."""
        return self._ask(_kept_reports) or 0

    def comparisons_made(self) -> int:
        """How many comparisons the process computed since it started or last forgot what
        it keeps; one asked for again while kept is not counted (0 when it is not running)."""
        return self._ask(_comparisons_made) or 0

    def forget(self) -> None:
        """Drop what the process keeps between comparisons (a comparison starts from nothing)."""
        self._ask(_forget)

    def _ask(self, question: Callable[[], _T]) -> _T | None:
        """``question()`` answered in the running process; None when none is running or it
        died asking (the next call starts another)."""
        executor = self._running()
        if executor is None:
            return None
        try:
            return executor.submit(question).result()
        except (BrokenProcessPool, RuntimeError):
            self._lost(executor)
            return None

    def close(self) -> None:
        """Stop the process (a comparison running in it is abandoned); a comparison ahead of
        need still waiting is dropped, so none starts another process after this."""
        with self._lock:
            executor, self._executor, self._ready = self._executor, None, None
            waiting, self._ahead_waiting = self._ahead_waiting, None
        if waiting is not None:
            waiting[2].set_result(False)
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


# The app's engine process: one for all its comparisons.
ENGINE = EngineProcess()
