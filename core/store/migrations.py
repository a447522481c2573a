"""The library's schema, built and evolved by numbered migrations (``PRAGMA user_version``).

Each migration runs in its own transaction together with the version bump, so a library is
always at one whole version. Tests build their databases through these same steps.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it would commit the migration's transaction half-way.
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _initial_schema(conn: sqlite3.Connection) -> None:
    # The text lives apart from the report row so that listing thousands of reports never
    # reads their texts; AUTOINCREMENT ids are never reused, so nothing that outlives a
    # report can attach to a later one, and paragraph ids run in report-then-position order.
    _run_script(
        conn,
        """
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            region TEXT,
            year INTEGER,
            kind TEXT NOT NULL,
            edition TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL,
            encoding TEXT NOT NULL,
            format TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            char_count INTEGER NOT NULL
        );
        CREATE INDEX reports_region_year ON reports(region, year);
        CREATE TABLE report_texts (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id),
            text TEXT NOT NULL
        );
        CREATE TABLE sections (
            report_id INTEGER NOT NULL REFERENCES reports(id),
            ordinal INTEGER NOT NULL,
            parent INTEGER,
            level INTEGER NOT NULL,
            title TEXT NOT NULL,
            start INTEGER NOT NULL,
            heading_end INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            style TEXT NOT NULL,
            PRIMARY KEY (report_id, ordinal)
        );
        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            report_id INTEGER NOT NULL REFERENCES reports(id),
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            is_noise INTEGER NOT NULL,
            token_lengths TEXT NOT NULL,
            norm TEXT NOT NULL,
            breaks TEXT NOT NULL
        );
        CREATE UNIQUE INDEX paragraphs_report_idx ON paragraphs(report_id, idx);
        CREATE VIRTUAL TABLE paragraph_index USING fts5(
            grams, content='', detail=full,
            tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C* Zl Zp'"
        );
        """,
    )


def _report_numbers(conn: sqlite3.Connection) -> None:
    # The numeric statements found at import, as one JSON list per report. Reports imported
    # before this version have no row; their numbers are extracted when asked for.
    import sqlite_utils  # only when migrating: it is slow to import and start-up needs none

    sqlite_utils.Database(conn).table("report_numbers").create(
        {"report_id": int, "statements": str},
        pk="report_id",
        not_null={"statements"},
        foreign_keys=[("report_id", "reports", "id")],
    )


def _annotation_tables(conn: sqlite3.Connection) -> None:
    # Imported here, as each later step's module: opening a current library (every start of
    # the app) runs no migration and should not pay for importing their record types.
    from core.store.annotation_schema import create_annotation_tables

    create_annotation_tables(conn)


def _pair_override_table(conn: sqlite3.Connection) -> None:
    from core.store.pair_overrides import create_pair_override_table

    create_pair_override_table(conn)


def _numbers_extractor_column(conn: sqlite3.Connection) -> None:
    # Which extraction found each report's stored numbers (core.numbers.extractor_version):
    # the numbers already stored were found by the first.
    conn.execute("ALTER TABLE report_numbers ADD COLUMN extractor INTEGER NOT NULL DEFAULT 1")


def _scored_numbers_column(conn: sqlite3.Connection) -> None:
    # The statements a scorecard reads, kept apart from all of a report's numbers (see
    # core.store.report_rows.numbers_columns), and filled here for the numbers already stored.
    import json

    from core.store.report_rows import scored_json

    conn.execute("ALTER TABLE report_numbers ADD COLUMN scored TEXT")
    # One report's numbers in memory at a time: a large library holds hundreds of megabytes.
    ids = [row[0] for row in conn.execute("SELECT report_id FROM report_numbers").fetchall()]
    for report_id in ids:
        (statements,) = conn.execute(
            "SELECT statements FROM report_numbers WHERE report_id = ?", (report_id,)
        ).fetchone()
        conn.execute(
            "UPDATE report_numbers SET scored = ? WHERE report_id = ?",
            (scored_json(json.loads(statements)), report_id),
        )


def _reader_version_column(conn: sqlite3.Connection) -> None:
    # Which reading made each report's stored outline and paragraphs (core.reader_version):
    # those already stored were made before the version was kept, by an unknown reading.
    conn.execute("ALTER TABLE reports ADD COLUMN reader INTEGER NOT NULL DEFAULT 0")


def _text_identity_hashes(conn: sqlite3.Connection) -> None:
    # Each report's content hash made again from its stored text as core.text_identity now
    # tells texts apart (blank lines and spaces around the text no longer count), so that a copy
    # of a report differing only by its final line break is recognised as the report. Two
    # reports that only that told apart are both kept: the first takes the new hash, the later
    # keeps its own (a hash is unique), and the user can remove the copy.
    from core.text_identity import content_hash

    ids = [row[0] for row in conn.execute("SELECT id FROM reports ORDER BY id").fetchall()]
    for report_id in ids:  # one text in memory at a time
        row = conn.execute(
            "SELECT r.content_hash, t.text FROM reports r JOIN report_texts t "
            "ON t.report_id = r.id WHERE r.id = ?",
            (report_id,),
        ).fetchone()
        if row is None:
            continue
        new_hash = content_hash(row[1])
        taken = conn.execute("SELECT 1 FROM reports WHERE content_hash = ?", (new_hash,))
        if new_hash != row[0] and taken.fetchone() is None:
            conn.execute("UPDATE reports SET content_hash = ? WHERE id = ?", (new_hash, report_id))


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _initial_schema,
    _annotation_tables,
    _report_numbers,
    _pair_override_table,
    _numbers_extractor_column,
    _scored_numbers_column,
    _reader_version_column,
    _text_identity_hashes,
]
"""Migration N (1-based) brings a library from version N - 1 to N. Append; never edit."""

LATEST_VERSION = len(MIGRATIONS)
SCORED_NUMBERS_VERSION = MIGRATIONS.index(_scored_numbers_column) + 1
"""The first version keeping apart the statements a scorecard reads (``report_numbers.scored``)."""


def schema_version(conn: sqlite3.Connection) -> int:
    """The library's schema version (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Bring the library to ``LATEST_VERSION``; returns the versions applied.

    The connection must be in autocommit mode (``isolation_level=None``).
    """
    applied = []
    for version in range(schema_version(conn) + 1, LATEST_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(version)
    return applied
