"""Running the compare engine off the GUI thread; the result comes back by signal."""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from core.compare.comparison_cache import ComparisonCache
from core.compare.engine_process import ENGINE
from core.compare.records import CompareInput, CompareSettings, Comparison, PairOverride
from core.library import LoadedReport
from core.numbers.target_compare import TargetChange

# One cache for the whole app: reopening a comparison (or switching a setting back) is instant,
# and two reports chosen in the library are compared into it ahead of need. What it has not
# kept is computed in the engine's own process, beside the window's work.
SHARED_CACHE = ComparisonCache(engine=ENGINE.compare)


@dataclass(frozen=True)
class CompareResult:
    """What the view draws: the engine's comparison, the targets side by side, and the spans of
    each side's numeric statements (to emphasise the figures inside a reworded passage)."""

    request: int
    comparison: Comparison
    targets: tuple[TargetChange, ...]
    left_numbers: tuple[tuple[int, int], ...]
    right_numbers: tuple[tuple[int, int], ...]


def compare_loaded(
    left: LoadedReport,
    right: LoadedReport,
    settings: CompareSettings,
    overrides: Sequence[PairOverride],
    request: int = 0,
    cache: ComparisonCache = SHARED_CACHE,
) -> CompareResult:
    """Compare two loaded reports and their main targets (runs jieba if tokens are missing,
    the number extractor if numbers are)."""
    left_input = CompareInput.from_loaded(left)
    right_input = CompareInput.from_loaded(right)
    comparison = cache.compare(left_input, right_input, settings, overrides)
    return _result(request, comparison, left, right)


def kept_result(
    left: LoadedReport,
    right: LoadedReport,
    settings: CompareSettings,
    overrides: Sequence[PairOverride],
    request: int = 0,
    cache: ComparisonCache = SHARED_CACHE,
) -> CompareResult | None:
    """What ``compare_loaded`` gives, if ``cache`` holds the comparison (compared before, or
    ahead of need) and both reports' figures are stored; None otherwise. Quick enough for the
    GUI thread: it computes neither a comparison nor figures."""
    if left.numbers is None or right.numbers is None:
        return None
    comparison = cache.peek(
        CompareInput.from_loaded(left), CompareInput.from_loaded(right), settings, overrides
    )
    return None if comparison is None else _result(request, comparison, left, right)


def _result(
    request: int, comparison: Comparison, left: LoadedReport, right: LoadedReport
) -> CompareResult:
    """The comparison with the two reports' targets side by side and their figures' spans."""
    from core.numbers import compare_targets

    # As stored at import for library reports (extracted now only for a file).
    left_numbers, right_numbers = left.statements(), right.statements()
    targets = compare_targets(left_numbers, right_numbers)
    return CompareResult(
        request,
        comparison,
        tuple(targets),
        tuple((s.start, s.end) for s in left_numbers),
        tuple((s.start, s.end) for s in right_numbers),
    )


class _Signals(QObject):
    finished = Signal(object)  # CompareResult
    failed = Signal(int, str)  # request, message


class CompareJob(QRunnable):
    """One comparison on the thread pool; ``signals.finished`` carries a CompareResult."""

    def __init__(
        self,
        request: int,
        left: LoadedReport,
        right: LoadedReport,
        settings: CompareSettings,
        overrides: Sequence[PairOverride],
        cache: ComparisonCache = SHARED_CACHE,
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self._request = request
        self._args = (left, right, settings, tuple(overrides))
        self._cache = cache

    def run(self) -> None:
        """Compare, then hand the result to the GUI thread."""
        try:
            result = compare_loaded(*self._args, request=self._request, cache=self._cache)
        except Exception as error:
            from core.errors import ReportLensError

            if isinstance(error, ReportLensError):
                message = str(error)
            else:
                message = "".join(traceback.format_exception_only(error)).strip()
            self.signals.failed.emit(self._request, message)
            return
        self.signals.finished.emit(result)


def runs_beside(cache: ComparisonCache) -> bool:
    """Whether what ``cache`` has not kept is computed in the engine's process, ready now: a
    comparison then takes nothing from the window's thread and may start before the texts
    are painted."""
    return cache.engine == ENGINE.compare and ENGINE.is_ready()


def start_job(job: CompareJob) -> None:
    """Run ``job`` on the global thread pool."""
    QThreadPool.globalInstance().start(job)
