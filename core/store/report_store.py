"""ReportStore: the library file, opened, read and changed in one transaction per action.

The window opens the store before its first paint and only lists the library then: what
adding, searching and reading numbers need (row preparation, the search index, statements)
is imported by the methods that use it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from core.errors import (
    InvalidMetaError,
    LibraryReadError,
    NewerLibraryError,
    ReportNotFoundError,
    StoreError,
)
from core.model import (
    Outline,
    Paragraph,
    ReportId,
    ReportKind,
    ReportMeta,
    Section,
)
from core.numbers.extractor_version import EXTRACTOR_VERSION
from core.store.library_errors import (
    is_library_problem,
    told_as_store_errors,
    write_failure,
)
from core.store.migrations import (
    LATEST_VERSION,
    SCORED_NUMBERS_VERSION,
    migrate,
    schema_version,
)
from core.store.records import NewReport, ReportSummary, SearchHit, Snippet, StoredReport

if TYPE_CHECKING:
    from core.numbers.statements import NumericStatement
    from core.store.report_rows import PreparedReport

_KINDS = {kind.value: kind for kind in ReportKind}


def _meta(row: Any) -> ReportMeta:
    return ReportMeta(
        title=row["title"],
        region=row["region"],
        year=row["year"],
        kind=ReportKind(row["kind"]),
        edition=row["edition"],
    )


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
        conn: sqlite3.Connection | None = None
        try:
            if read_only:
                if not path.exists():
                    raise StoreError(f"{path.name}: there is no library at {path}")
                from core.store.read_only_opening import connect_read_only

                conn = connect_read_only(path)
            else:
                conn = sqlite3.connect(str(path), isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            version = schema_version(conn)
            if not read_only:
                if version > LATEST_VERSION:
                    conn.close()
                    raise NewerLibraryError(
                        f"{path.name}: this library was written by a newer version of "
                        f"ReportLens (schema {version}, this version knows {LATEST_VERSION}); "
                        "update ReportLens to change it"
                    )
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                if 0 < version < LATEST_VERSION:  # an older library: keep a copy first
                    from core.store.backup import take_backup

                    take_backup(path, f"before-migration-v{LATEST_VERSION}")
                migrate(conn)
            else:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
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
        return int(self._conn.execute("SELECT count(*) FROM reports").fetchone()[0])

    @told_as_store_errors
    def ever_held_reports(self) -> bool:
        """True once a report was added, even if every report was removed since.

        A library the user emptied is not a new one: it is not filled with the samples again.
        Report ids are never reused (AUTOINCREMENT), so SQLite remembers the highest one given.
        """
        row = self._conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'reports'"
        ).fetchone()
        return row is not None and int(row[0]) > 0

    @told_as_store_errors
    def region_sizes(self) -> list[tuple[str, int]]:
        """How many reports each region holds ("" for those of no known region)."""
        rows = self._conn.execute("SELECT region, count(*) FROM reports GROUP BY region")
        return [(str(region or ""), int(count)) for region, count in rows]

    @told_as_store_errors
    def list_reports(
        self, regions: Collection[str] | None = None, *, title: str | None = None
    ) -> list[ReportSummary]:
        """Every report without its text, by region, year and id (fast at thousands).

        Args:
            regions: only the reports of these regions, named exactly (None: all).
            title: only the reports with this title, exactly (None: any).
        """
        sql = (
            "SELECT id, title, region, year, kind, edition, source_name, imported_at, char_count "
            "FROM reports"
        )
        params: list[str] = []
        where = []
        if regions is not None:
            params = list(regions)
            if not params:
                return []
            where.append(f"region IN ({','.join('?' * len(params))})")
        if title is not None:
            params.append(title)
            where.append("title = ?")
        if where:
            sql += " WHERE " + " AND ".join(where)
        cursor = self._conn.cursor()
        cursor.row_factory = None  # plain tuples: every start lists thousands of rows
        rows = cursor.execute(sql + " ORDER BY region, year, id", params)
        return [
            ReportSummary(
                ReportId(report_id),
                ReportMeta(title, region, year, _KINDS[kind], edition),
                source_name,
                imported_at,
                char_count,
            )
            for (
                report_id,
                title,
                region,
                year,
                kind,
                edition,
                source_name,
                imported_at,
                char_count,
            ) in rows
        ]

    @told_as_store_errors
    def titles(self, report_ids: Collection[ReportId] | None = None) -> dict[ReportId, str]:
        """The titles of these reports (those still in the library), without listing them all;
        of every report when ``report_ids`` is None."""
        if report_ids is None:
            rows = self._conn.execute("SELECT id, title FROM reports")
            return {ReportId(row[0]): str(row[1]) for row in rows}
        ids = sorted({int(i) for i in report_ids})
        titles: dict[ReportId, str] = {}
        for chunk in range(0, len(ids), 500):  # within SQLite's limit of bound parameters
            part = ids[chunk : chunk + 500]
            rows = self._conn.execute(
                f"SELECT id, title FROM reports WHERE id IN ({','.join('?' * len(part))})", part
            )
            titles.update((ReportId(row[0]), str(row[1])) for row in rows)
        return titles

    @told_as_store_errors
    def report(self, report_id: ReportId) -> StoredReport:
        """One report with its text.

        Raises:
            ReportNotFoundError: no such report.
        """
        row = self._conn.execute(
            "SELECT r.*, t.text FROM reports r JOIN report_texts t ON t.report_id = r.id "
            "WHERE r.id = ?",
            (report_id,),
        ).fetchone()
        if row is None:
            raise ReportNotFoundError(f"there is no report {report_id} in the library")
        return StoredReport(
            ReportId(row["id"]),
            _meta(row),
            row["text"],
            row["source_name"],
            row["encoding"],
            row["format"],
            row["content_hash"],
            row["imported_at"],
        )

    @told_as_store_errors
    def outline(self, report_id: ReportId) -> Outline:
        """The section tree stored for a report."""
        rows = self._conn.execute(
            'SELECT ordinal, parent, level, title, start, heading_end, "end", style '
            "FROM sections WHERE report_id = ? ORDER BY ordinal",
            (report_id,),
        ).fetchall()
        children: dict[int | None, list[int]] = {}
        for row in rows:
            children.setdefault(row["parent"], []).append(row["ordinal"])
        by_ordinal = {row["ordinal"]: row for row in rows}

        def build(ordinal: int) -> Section:
            row = by_ordinal[ordinal]
            return Section(
                level=row["level"],
                title=row["title"],
                start=row["start"],
                heading_end=row["heading_end"],
                end=row["end"],
                style=row["style"],
                children=tuple(build(child) for child in children.get(ordinal, [])),
            )

        return Outline(tuple(build(ordinal) for ordinal in children.get(None, [])))

    @told_as_store_errors
    def paragraphs(self, report_id: ReportId) -> list[Paragraph]:
        """The paragraphs stored for a report, in order."""
        rows = self._conn.execute(
            'SELECT idx, start, "end", is_noise FROM paragraphs WHERE report_id = ? ORDER BY idx',
            (report_id,),
        )
        return [Paragraph(r["idx"], r["start"], r["end"], bool(r["is_noise"])) for r in rows]

    @told_as_store_errors
    def paragraph_tokens(self, report_id: ReportId) -> list[list[str]]:
        """The jieba tokens of each paragraph, as stored at import."""
        text = self._text(report_id)
        rows = self._conn.execute(
            "SELECT start, token_lengths FROM paragraphs WHERE report_id = ? ORDER BY idx",
            (report_id,),
        )
        result = []
        for row in rows:
            at = row["start"]
            tokens = []
            for length in row["token_lengths"].split(",") if row["token_lengths"] else []:
                tokens.append(text[at : at + int(length)])
                at += int(length)
            result.append(tokens)
        return result

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
        from core.numbers.statements import NumericStatement

        row = self._conn.execute(
            "SELECT statements, extractor FROM report_numbers WHERE report_id = ?", (report_id,)
        ).fetchone()
        if row is None or row["extractor"] != EXTRACTOR_VERSION:
            return None
        items = json.loads(row["statements"])
        if keep is not None:
            items = [item for item in items if keep(item)]
        return [NumericStatement.from_json(item) for item in items]

    @told_as_store_errors
    def scored_numbers(self, report_id: ReportId) -> list[NumericStatement] | None:
        """The stored statements a scorecard reads (``core.numbers.scorecard.is_scored``), in
        the order stored, or None when none are stored (as ``numbers``).

        They are kept apart from the report's other numbers, so reading them decodes only
        them. A library opened read-only before its upgrade has them only among the others.
        """
        from core.numbers.statements import NumericStatement

        if self.schema_version < SCORED_NUMBERS_VERSION:
            from core.store.report_rows import is_scored_item

            return self.numbers(report_id, is_scored_item)
        row = self._conn.execute(
            "SELECT scored, extractor FROM report_numbers WHERE report_id = ?", (report_id,)
        ).fetchone()
        if row is None or row["extractor"] != EXTRACTOR_VERSION:
            return None
        return [NumericStatement.from_json(item) for item in json.loads(row["scored"])]

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

        found, scored = numbers_columns(statements)
        with self.atomic():
            known = self._conn.execute("SELECT 1 FROM reports WHERE id = ?", (report_id,))
            if known.fetchone() is None:
                raise ReportNotFoundError(f"there is no report {report_id} in the library")
            self._conn.execute(
                "INSERT OR REPLACE INTO report_numbers (report_id, statements, scored, extractor) "
                "VALUES (?, ?, ?, ?)",
                (report_id, found, scored, EXTRACTOR_VERSION),
            )
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

    def snippet(self, hit: SearchHit, width: int = 40) -> Snippet:
        """One hit with up to ``width`` characters of its paragraph on each side."""
        return self.snippets([hit], width)[0]

    def _text(self, report_id: ReportId) -> str:
        """A report's text, remembered for the last few reports asked (snippets come in runs)."""
        cached = self._text_cache.get(report_id)
        if cached is not None:
            return cached
        row = self._conn.execute(
            "SELECT text FROM report_texts WHERE report_id = ?", (report_id,)
        ).fetchone()
        if row is None:
            raise ReportNotFoundError(f"there is no report {report_id} in the library")
        if len(self._text_cache) >= 8:
            self._text_cache.pop(next(iter(self._text_cache)))
        self._text_cache[report_id] = row["text"]
        return str(row["text"])
