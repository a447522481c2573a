"""ReportChanges: adding, correcting and removing a library's reports, each one transaction.

A change lands whole or not at all (``LibraryFile.atomic``); the rows a new report is written
as are prepared by ``report_rows``, which also encodes the numbers ``save_numbers`` keeps.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.errors import DetailsChangedError, InvalidMetaError, StoreError
from core.model import ReportId, ReportMeta
from core.store.library_errors import told_as_store_errors
from core.store.library_reads import LibraryReads
from core.store.records import NewReport

if TYPE_CHECKING:
    from core.numbers.statements import NumericStatement
    from core.store.report_rows import PreparedReport


class ReportChanges(LibraryReads):
    """The changes of a library file's reports; each is refused when it is open read-only."""

    def add_report(
        self, new: NewReport, prepared: PreparedReport | None = None
    ) -> tuple[ReportId, bool]:
        """Add a report with its tree, paragraphs, tokens and search index in one transaction.

        Args:
            new: the report.
            prepared: ``prepare_report(new)``, when already made (e.g. in a worker process);
                made here otherwise.

        Returns:
            The report's id, and False when identical content was already there (then
            nothing is written).
        """
        from core.store.report_rows import insert_report_rows, prepare_report

        if prepared is None:
            prepared = prepare_report(new)
        if len(prepared.token_lengths) != len(new.paragraphs) or len(prepared.index) != len(
            new.paragraphs
        ):
            raise ValueError("the prepared rows do not match the report's paragraphs")
        try:
            with self.atomic():
                existing = self.report_id_by_hash(new.content_hash)
                if existing is not None:
                    return existing, False
                report_id = insert_report_rows(self._conn, new, prepared)
        except sqlite3.Error as error:
            raise StoreError(
                f"{self._path.name}: the report could not be saved ({error})"
            ) from error
        return report_id, True

    @told_as_store_errors
    def save_numbers(self, report_id: ReportId, statements: Sequence[NumericStatement]) -> bool:
        """Store a report's numbers as found by this version's extractor.

        Raises:
            ReportNotFoundError: no such report.

        Returns:
            False when the library is open read-only (then nothing is written).
        """
        if self._read_only:
            return False
        from core.store.report_rows import numbers_columns
        from core.store.stored_numbers import write_numbers

        found, scored = numbers_columns(statements)
        with self.atomic():
            write_numbers(self._conn, report_id, found, scored)
        return True

    @told_as_store_errors
    def update_meta(
        self, report_id: ReportId, meta: ReportMeta, *, expected: ReportMeta | None = None
    ) -> ReportMeta:
        """Correct a report's title, region, year, kind or edition.

        Args:
            report_id: the report.
            meta: its details as they are to be.
            expected: the details the report must hold for the change to be made (None: any);
                a report already holding ``meta`` is left as it is, whatever it held before.

        Returns:
            The details the report held before (``meta`` again when it held them already).

        Raises:
            InvalidMetaError: the details cannot stand (``ReportMeta.problem``); nothing changes.
            DetailsChangedError: the report holds neither ``expected`` nor ``meta``; nothing
                changes.
            ReportNotFoundError: there is no such report.
        """
        from core.store.report_parts import read_meta

        problem = meta.problem()
        if problem is not None:
            raise InvalidMetaError(f"report {report_id}: {problem}")
        with self.atomic():
            before = read_meta(self._conn, report_id)
            if before == meta:
                return before
            if expected is not None and before != expected:
                raise DetailsChangedError(
                    f"report {report_id}: its details were changed since (it is now "
                    f"“{before.title}”); nothing was changed"
                )
            if (before.year, before.kind) != (meta.year, meta.kind):
                # The numbers were read with the old year and kind; read again when asked.
                self._conn.execute("DELETE FROM report_numbers WHERE report_id = ?", (report_id,))
            self._conn.execute(
                "UPDATE reports SET title = ?, region = ?, year = ?, kind = ?, edition = ? "
                "WHERE id = ?",
                (meta.title, meta.region, meta.year, meta.kind.value, meta.edition, report_id),
            )
        return before

    @told_as_store_errors
    def remove_report(self, report_id: ReportId) -> None:
        """Remove a report with its tree, paragraphs and index entries (one transaction)."""
        from core.store.report_rows import delete_paragraphs

        with self.atomic():
            self.report(report_id)
            delete_paragraphs(self._conn, report_id)
            self._conn.execute("DELETE FROM sections WHERE report_id = ?", (report_id,))
            self._conn.execute("DELETE FROM report_texts WHERE report_id = ?", (report_id,))
            self._conn.execute("DELETE FROM report_numbers WHERE report_id = ?", (report_id,))
            self._conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))
        self._text_cache.clear()
