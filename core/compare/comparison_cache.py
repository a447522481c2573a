"""Comparisons kept in memory per pair of report versions, settings and corrections.

A comparison is keyed by the two texts' content hashes and readings (section trees and
paragraphs: a library read again by a newer reading keeps its texts), the settings and the
user's pairing corrections, so reopening a comparison, or switching a setting back, is
instant, and one computed ahead of need (two reports chosen in the library) is there when
Compare is chosen. Given a file (``StoredComparisons``), the cache also keeps each comparison
there and looks there before computing one, so a comparison reopened after a restart of the
app is read back, not computed. The cache is shared by threads: what it holds is looked up
and kept under a lock, and a comparison is computed outside it, so a look-up never waits for
a computation. A comparison is kept without its reports' tokens: they are needed only to
compute it, and weigh a megabyte or two a report.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from core.compare.comparison import compare_reports
from core.compare.records import CompareInput, CompareSettings, Comparison, PairOverride
from core.compare.stored_comparisons import StoredComparisons
from core.model import Outline, Paragraph

Engine = Callable[
    [CompareInput, CompareInput, CompareSettings | None, Sequence[PairOverride]], Comparison
]


@dataclass(frozen=True)
class _Key:
    left_hash: str
    right_hash: str
    left_reading: tuple[Outline, tuple[Paragraph, ...]]
    right_reading: tuple[Outline, tuple[Paragraph, ...]]
    settings: CompareSettings
    overrides: tuple[PairOverride, ...]


def _key(
    left: CompareInput,
    right: CompareInput,
    settings: CompareSettings | None,
    overrides: Sequence[PairOverride],
) -> _Key:
    return _Key(
        left.content_hash,
        right.content_hash,
        (left.outline, left.paragraphs),
        (right.outline, right.paragraphs),
        settings or CompareSettings(),
        tuple(overrides),
    )


def _with_details(comparison: Comparison, left: CompareInput, right: CompareInput) -> Comparison:
    """``comparison`` with the details of ``left`` and ``right`` (the same texts), itself
    when they are the details it holds."""

    def current(kept: CompareInput, asked: CompareInput) -> CompareInput:
        if (kept.meta, kept.report_id) == (asked.meta, asked.report_id):
            return kept
        return replace(kept, meta=asked.meta, report_id=asked.report_id)

    new_left, new_right = current(comparison.left, left), current(comparison.right, right)
    if new_left is comparison.left and new_right is comparison.right:
        return comparison
    return replace(comparison, left=new_left, right=new_right)


class ComparisonCache:
    """Comparisons kept in memory, least recently used dropped first; safe to share by threads.

    Args:
        capacity: how many comparisons to keep.
        engine: what computes a comparison not kept (``compare_reports`` here, or
            ``EngineProcess.compare`` in a process of its own).
        stored: where comparisons are also kept between runs, if anywhere.
    """

    def __init__(
        self,
        capacity: int = 16,
        engine: Engine | None = None,
        stored: StoredComparisons | None = None,
    ) -> None:
        self.capacity = capacity
        self.engine: Engine = engine or compare_reports
        self.stored = stored
        self._items: OrderedDict[_Key, Comparison] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.read_back = 0  # of the hits, those read back from ``stored``

    def compare(
        self,
        left: CompareInput,
        right: CompareInput,
        settings: CompareSettings | None = None,
        overrides: Sequence[PairOverride] = (),
    ) -> Comparison:
        """The comparison of ``left`` and ``right``, computed only the first time it is asked
        (and read back from ``stored`` when it was computed in an earlier run).

        Two threads asking for the same comparison at once may both compute it; the result
        is the same.

        Args:
            left: the older report.
            right: the newer report.
            settings: as for ``compare_reports``.
            overrides: as for ``compare_reports``; a changed override is a new comparison.
        """
        settings = settings or CompareSettings()
        found = self.recall(left, right, settings, overrides)
        if found is not None:
            return found
        with self._lock:
            self.misses += 1
        return self.keep(self.engine(left, right, settings, overrides), overrides)

    def recall(
        self,
        left: CompareInput,
        right: CompareInput,
        settings: CompareSettings | None = None,
        overrides: Sequence[PairOverride] = (),
    ) -> Comparison | None:
        """The comparison kept here or, read back and kept here, in ``stored``; None when
        neither has it. Never computes (a read of the file takes a few milliseconds).

        Counted as a hit when found (``read_back`` too when read from the file).
        """
        settings = settings or CompareSettings()
        found = self.peek(left, right, settings, overrides)
        if found is None and self.stored is not None:
            found = self.stored.find(left, right, settings, overrides)
            if found is not None:
                with self._lock:
                    self.read_back += 1
                found = self._keep_here(found, overrides)
        if found is not None:
            with self._lock:
                self.hits += 1
        return found

    def peek(
        self,
        left: CompareInput,
        right: CompareInput,
        settings: CompareSettings | None = None,
        overrides: Sequence[PairOverride] = (),
    ) -> Comparison | None:
        """The comparison kept for these reports, settings and corrections, or None; never
        computes (and never waits for a computation).

        It is kept by the texts' hashes: a report whose details (title, year…) were corrected
        since is the same comparison, given back with the details as they are now.
        """
        key = _key(left, right, settings, overrides)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
        if found is None:
            return None
        return _with_details(found, left, right)

    def keep(self, comparison: Comparison, overrides: Sequence[PairOverride] = ()) -> Comparison:
        """Keep ``comparison``, made with the corrections ``overrides`` (computed elsewhere,
        ahead of need), here and in ``stored``; returns what is kept here: the same, its
        reports without their tokens."""
        if self.stored is not None:
            self.stored.keep(comparison, overrides)
        return self._keep_here(comparison, overrides)

    def _keep_here(self, comparison: Comparison, overrides: Sequence[PairOverride]) -> Comparison:
        comparison = replace(
            comparison,
            left=replace(comparison.left, paragraph_tokens=None),
            right=replace(comparison.right, paragraph_tokens=None),
        )
        key = _key(comparison.left, comparison.right, comparison.settings, overrides)
        with self._lock:
            self._items[key] = comparison
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)
        return comparison

    def clear(self) -> None:
        """Drop every kept comparison, and count hits and misses afresh."""
        with self._lock:
            self._items.clear()
            self.hits = self.misses = self.read_back = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
