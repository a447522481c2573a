"""A search result's hits marked in the reader it opens: with several terms, every term's
occurrences in the paragraph, besides the one gone to.

The window opens a result where the search panel asks (its ``result_activated``) and goes to
its first hit on its next turn; a large report is read in the background first and its tab
comes later (the window's ``report_opened``). The hits are marked once the report's reader is
there, in the reader's own layer (``ReaderView.mark_hits``); the window tells where its readers
are (``ReaderHits.follow``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

Span = tuple[int, int]  # core offsets


class ReaderHits(QObject):
    """Marks the hits of the result opened last in its report's reader.

    Args:
        panel: the search panel; the window holding it opens the results.
    """

    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self._wanted: tuple[int, Span, list[Span]] | None = None
        self._readers: Callable[[], Iterable[Any]] = list

    def follow(self, report_opened: SignalInstance, readers: Callable[[], Iterable[Any]]) -> None:
        """Mark hits in the window's readers.

        Args:
            report_opened: the window's signal that a report's tab has opened (its id).
            readers: the window's reader tabs (each with ``report_id`` and ``view``).
        """
        self._readers = readers
        report_opened.connect(self._opened)

    def mark(self, report_id: int, passage: Span, hits: Sequence[Span]) -> None:
        """Mark ``hits`` in the reader of ``report_id`` once it shows ``passage``.

        Args:
            report_id: the report the result is in.
            passage: the hit the window goes to (core offsets).
            hits: the hits to mark (core offsets).
        """
        self._wanted = (report_id, passage, list(hits))
        QTimer.singleShot(0, self, self._mark_now)  # after the window has opened it

    def forget(self) -> None:
        """Mark nothing more (a result of no hits to mark was opened)."""
        self._wanted = None

    def _opened(self, report_id: int) -> None:
        if self._wanted is not None and self._wanted[0] == report_id:
            QTimer.singleShot(0, self, self._mark_now)

    def _mark_now(self) -> None:
        if self._wanted is None:
            return
        report_id, passage, hits = self._wanted
        for tab in self._readers():
            if int(tab.report_id) == report_id:
                tab.view.mark_hits(passage, hits)
                self._wanted = None
                return
