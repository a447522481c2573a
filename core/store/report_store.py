"""ReportStore: the library file, opened, read and changed in one transaction per action.

The store is what the rest of the app holds: its methods tell failures as ``StoreError`` and
make each change one transaction; the SQL they run lives beside it, one module a concern
(``library_contents``, ``report_parts``, ``stored_numbers``, ``report_rows``, ``text_search``).
The window opens the store before its first paint and only lists the library then: what
reading a report, adding, searching and reading numbers need (row preparation, the search
index, statements) is imported by the methods that use it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from core.errors import InvalidMetaError, LibraryReadError, ReportNotFoundError, StoreError
from core.model import Outline, Paragraph, ReportId, ReportMeta
from core.store import library_contents
from core.store.library_connection import connect_library
from core.store.library_errors import (
    is_library_problem,
    told_as_store_errors,
    write_failure,
)
from core.store.migrations import SCORED_NUMBERS_VERSION, schema_version
from core.store.records import (
    NewReport,
    ReportSummary,
    SearchHit,
    SearchPassage,
    Snippet,
    StoredReport,
)

if TYPE_CHECKING:
    from core.numbers.statements import NumericStatement
    from core.store.report_rows import PreparedReport


class ReportStore:
    """A library of reports in one SQLite file (WAL, ``synchronous=FULL``, foreign keys on).

    Open it with ``ReportStore.open(path)``; use it as a context manager to close it. Write
    methods each run in one transaction: they land whole or not at all.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
        self._conn = conn
        self._path = path
        self._read_only = read_only
        self._writing = False  # inside ``atomic``: a failure is a change's
        # Why a change is refused: opened to read only, or (when opened to write) because
        # the file or its folder cannot be written.
        self._refusal = f"{path.name}: the library is open read-only"
        self._text_cache: dict[ReportId, str] = {}

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> ReportStore:
        """Open the library at ``path``, creating and migrating it unless ``read_only``.

        A library whose file or folder cannot be written (a read-only share) is opened to be
        read only, also when asked for writing: each change is then refused as read-only.

        Raises:
            StoreError: the file is missing (read-only), damaged, locked or not writable.
            NewerLibraryError: a newer ReportLens wrote it; it may only be opened read-only.
        """
        path = Path(path)
        try:
            conn = connect_library(path, read_only=read_only)
        except sqlite3.DatabaseError as error:
            from core.store.read_only_opening import cannot_be_written

            if not read_only and path.exists() and cannot_be_written(error):
                # On a read-only share or in a folder that cannot be written: read as it is
                # stored, every change refused with why.
                store = cls.open(path, read_only=True)
                store._refusal = f"{path.name}: {write_failure(error)}"
                return store
            from core.store.open_failure import open_failure

            raise StoreError(open_failure(path, error)) from error
        return cls(conn, path, read_only)

    # -- life cycle -------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The library file."""
        return self._path

    @property
    def read_only(self) -> bool:
        """True when the library was opened read-only."""
        return self._read_only

    @property
    @told_as_store_errors
    def schema_version(self) -> int:
        """The library's schema version."""
        return schema_version(self._conn)

    def close(self) -> None:
        """Close the library file."""
        self._conn.close()

    def __enter__(self) -> ReportStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def failure(self, error: sqlite3.DatabaseError) -> StoreError:
        """The StoreError telling the user why the library failed with ``error``: naming the
        file, and inside a change (``atomic``) saying that nothing of it was saved; outside
        one, a ``LibraryReadError``."""
        if self._writing:
            return StoreError(f"{self._path.name}: {write_failure(error)}")
        from core.store.open_failure import open_failure

        return LibraryReadError(open_failure(self._path, error))

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction: everything inside lands, or nothing does.

        Raises:
            StoreError: the change could not be made (a full disk, a read-only, busy or damaged
                file, a change the library's rules refuse); the library is as it was.
        """
        if self._read_only:
            raise StoreError(self._refusal)
        if self._conn.in_transaction:
            yield  # already inside an outer transaction
            return
        self._writing = True
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as error:  # disk full, read-only, locked, damaged, refused
            if not is_library_problem(error):
                raise
            raise self.failure(error) from error
        finally:
            self._writing = False

    # -- reports ------------------------------------------------------------------------

    @told_as_store_errors
    def report_id_by_hash(self, content_hash: str) -> ReportId | None:
        """The report with this content hash, if the library has it."""
        row = self._conn.execute(
            "SELECT id FROM reports WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return None if row is None else ReportId(row["id"])

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
    def update_meta(self, report_id: ReportId, meta: ReportMeta) -> None:
        """Correct a report's title, region, year, kind or edition.

        Raises:
            InvalidMetaError: the details cannot stand (``ReportMeta.problem``); nothing changes.
            ReportNotFoundError: there is no such report.
        """
        problem = meta.problem()
        if problem is not None:
            raise InvalidMetaError(f"report {report_id}: {problem}")
        with self.atomic():
            before = self._conn.execute(
                "SELECT year, kind FROM reports WHERE id = ?", (report_id,)
            ).fetchone()
            if before is not None and (before["year"], before["kind"]) != (
                meta.year,
                meta.kind.value,
            ):
                # The numbers were read with the old year and kind; read again when asked.
                self._conn.execute("DELETE FROM report_numbers WHERE report_id = ?", (report_id,))
            cursor = self._conn.execute(
                "UPDATE reports SET title = ?, region = ?, year = ?, kind = ?, edition = ? "
                "WHERE id = ?",
                (meta.title, meta.region, meta.year, meta.kind.value, meta.edition, report_id),
            )
            if cursor.rowcount == 0:
                raise ReportNotFoundError(f"there is no report {report_id} in the library")

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

    # -- search -------------------------------------------------------------------------

    @told_as_store_errors
    def search(
        self,
        query: str,
        *,
        limit: int = 500,
        report_ids: Collection[ReportId] | None = None,
    ) -> list[SearchHit]:
        """Every occurrence of ``query`` in the library, by report then position: what a
        substring scan of each paragraph finds, and of the whole text as read for a query
        over a paragraph break or a subscript's markup (``text_search.find_hits``).

        Args:
            query: what the user typed (normalised like the texts).
            limit: stop after this many hits.
            report_ids: search only these reports (None: all).
        """
        from core.store.text_search import find_hits

        return find_hits(self._conn, query, limit=limit, report_ids=report_ids)

    @told_as_store_errors
    def snippets(self, hits: Sequence[SearchHit], width: int = 40) -> list[Snippet]:
        """Each hit with up to ``width`` characters of its paragraph on each side, one line."""
        from core.store.text_search import snippets_of

        return snippets_of(self._conn, hits, self._text, width)

    @told_as_store_errors
    def passages(self, hits: Sequence[SearchHit], width: int = 40) -> list[SearchPassage]:
        """``hits`` as passages to list: nearby hits of one paragraph shown once, each marked,
        with up to ``width`` characters of context (``core.search_passages``).

        Args:
            hits: hits of ``search``, in the order to list them.
            width: characters of context on each side of a passage.
        """
        from core.store.text_search import passages_of

        return passages_of(self._conn, hits, self._text, width)

    def snippet(self, hit: SearchHit, width: int = 40) -> Snippet:
        """One hit with up to ``width`` characters of its paragraph on each side."""
        return self.snippets([hit], width)[0]

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
