"""LibraryReads: what the library holds, read: its reports, their parts and their numbers.

Each method runs the SQL of one module beside it (``library_contents`` for the listing,
``report_parts`` for a report's text, tree, paragraphs and tokens, ``stored_numbers`` for its
numbers), imported by the methods that use it: the window opens the library before its first
paint and only lists it then.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.model import Outline, Paragraph, ReportId
from core.store import library_contents
from core.store.library_errors import told_as_store_errors
from core.store.library_file import LibraryFile
from core.store.migrations import SCORED_NUMBERS_VERSION
from core.store.records import ReportSummary, StoredReport

if TYPE_CHECKING:
    from core.numbers.statements import NumericStatement


class LibraryReads(LibraryFile):
    """The reading of a library file's reports; a report's text is remembered for the last
    few reports asked."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
        super().__init__(conn, path, read_only)
        self._text_cache: dict[ReportId, str] = {}

    @told_as_store_errors
    def report_id_by_hash(self, content_hash: str) -> ReportId | None:
        """The report with this content hash, if the library has it."""
        row = self._conn.execute(
            "SELECT id FROM reports WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return None if row is None else ReportId(row["id"])

    @told_as_store_errors
    def report_count(self) -> int:
        """How many reports the library holds."""
        return library_contents.count_reports(self._conn)

    @told_as_store_errors
    def ever_held_reports(self) -> bool:
        """True once a report was added, even if every report was removed since.

        A library the user emptied is not a new one: it is not filled with the samples again.
        Report ids are never reused (AUTOINCREMENT), so SQLite remembers the highest one given.
        """
        return library_contents.ever_held_reports(self._conn)

    @told_as_store_errors
    def region_sizes(self) -> list[tuple[str, int]]:
        """How many reports each region holds ("" for those of no known region)."""
        return library_contents.region_sizes(self._conn)

    @told_as_store_errors
    def list_reports(
        self, regions: Collection[str] | None = None, *, title: str | None = None
    ) -> list[ReportSummary]:
        """Every report without its text, by region, year and id (fast at thousands).

        Args:
            regions: only the reports of these regions, named exactly (None: all).
            title: only the reports with this title, exactly (None: any).
        """
        return library_contents.list_reports(self._conn, regions, title)

    @told_as_store_errors
    def titles(self, report_ids: Collection[ReportId] | None = None) -> dict[ReportId, str]:
        """The titles of these reports (those still in the library), without listing them all;
        of every report when ``report_ids`` is None."""
        return library_contents.report_titles(self._conn, report_ids)

    @told_as_store_errors
    def report(self, report_id: ReportId) -> StoredReport:
        """One report with its text.

        Raises:
            ReportNotFoundError: no such report.
        """
        from core.store.report_parts import read_report

        return read_report(self._conn, report_id)

    @told_as_store_errors
    def outline(self, report_id: ReportId) -> Outline:
        """The section tree stored for a report."""
        from core.store.report_parts import read_outline

        return read_outline(self._conn, report_id)

    @told_as_store_errors
    def paragraphs(self, report_id: ReportId) -> list[Paragraph]:
        """The paragraphs stored for a report, in order."""
        from core.store.report_parts import read_paragraphs

        return read_paragraphs(self._conn, report_id)

    @told_as_store_errors
    def paragraph_tokens(self, report_id: ReportId) -> list[list[str]]:
        """The jieba tokens of each paragraph, as stored at import."""
        from core.store.report_parts import read_paragraph_tokens

        text = self._text(report_id)
        return read_paragraph_tokens(self._conn, report_id, text)

    @told_as_store_errors
    def numbers(
        self, report_id: ReportId, keep: Callable[[dict[str, Any]], bool] | None = None
    ) -> list[NumericStatement] | None:
        """The numeric statements stored at import, or None when none are stored.

        Numbers found by an earlier extractor than this version's count as not stored
        (``core.numbers.extractor_version``); ``save_numbers`` replaces them.

        Args:
            report_id: the report.
            keep: which statements to make records of, asked of each stored one as its JSON
                object (the ``NumericStatement.as_json`` shape); None: all. A province's
                scorecards read a few hundred reports' statements and need few of them.
        """
        from core.store.stored_numbers import read_numbers

        return read_numbers(self._conn, report_id, keep)

    @told_as_store_errors
    def scored_numbers(self, report_id: ReportId) -> list[NumericStatement] | None:
        """The stored statements a scorecard reads (``core.numbers.scorecard.is_scored``), in
        the order stored, or None when none are stored (as ``numbers``).

        They are kept apart from the report's other numbers, so reading them decodes only
        them. A library opened read-only before its upgrade has them only among the others.
        """
        if self.schema_version < SCORED_NUMBERS_VERSION:
            from core.store.report_rows import is_scored_item

            return self.numbers(report_id, is_scored_item)
        from core.store.stored_numbers import read_scored_numbers

        return read_scored_numbers(self._conn, report_id)

    def _text(self, report_id: ReportId) -> str:
        """A report's text, remembered for the last few reports asked (snippets come in runs)."""
        cached = self._text_cache.get(report_id)
        if cached is not None:
            return cached
        from core.store.report_parts import read_text

        text = read_text(self._conn, report_id)
        if len(self._text_cache) >= 8:
            self._text_cache.pop(next(iter(self._text_cache)))
        self._text_cache[report_id] = text
        return text
