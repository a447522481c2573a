"""A report's stored reading (sections, paragraphs, tokens, search rows) replaced in place.

A report read by an earlier reading (``core.reader_version``) is read again from its stored
text; its new reading replaces the old one here, in one transaction: the old reading stays
whole when anything fails. The text does not change, so the annotations keep their offsets;
their section paths are taken again from the new tree. The paragraphs take the old ones' ids
(paragraph ids run in report-then-position order, which the search relies on) as far as they
reach before the next report's.
"""

from __future__ import annotations

import json
import sqlite3

from core.model import ReportId
from core.notes.anchors import section_path_at
from core.notes.records import AnchorStatus
from core.numbers.extractor_version import EXTRACTOR_VERSION
from core.reader_version import READER_VERSION
from core.store.records import NewReport
from core.store.report_rows import PreparedReport, insert_paragraphs, insert_sections
from core.store.report_store import ReportStore
from core.store.search_index import gram_tokens


def reports_read_before(store: ReportStore, version: int = READER_VERSION) -> list[ReportId]:
    """The reports whose stored reading an earlier reading than ``version`` made, by id.

    Args:
        store: the open library.
        version: the reading wanted (this version's, unless told).
    """
    conn: sqlite3.Connection = store._conn  # the store package owns the connection
    rows = conn.execute("SELECT id FROM reports WHERE reader < ? ORDER BY id", (version,))
    return [ReportId(row[0]) for row in rows]


def replace_reading(
    store: ReportStore, report_id: ReportId, new: NewReport, prepared: PreparedReport
) -> bool:
    """Store ``new``'s reading (tree, paragraphs, tokens, search rows, numbers) for a report,
    in one transaction, and mark it read by this version.

    Args:
        store: the open library.
        report_id: the report read again.
        new: its new reading, of the text stored for it (``new.content_hash`` its hash).
        prepared: ``prepare_report(new)``.

    Returns:
        False when nothing was written: the report is gone, or holds another text now.

    Raises:
        StoreError: the library cannot be written; the old reading stays.
    """
    conn: sqlite3.Connection = store._conn
    with store.atomic():
        row = conn.execute("SELECT content_hash FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None or row[0] != new.content_hash:
            return False
        old = conn.execute(
            "SELECT id, norm FROM paragraphs WHERE report_id = ? ORDER BY idx", (report_id,)
        ).fetchall()
        # A contentless FTS5 row is deleted by giving back the tokens it was made of.
        conn.executemany(
            "INSERT INTO paragraph_index (paragraph_index, rowid, grams) VALUES ('delete', ?, ?)",
            [(paragraph_id, gram_tokens(norm)) for paragraph_id, norm in old],
        )
        conn.execute("DELETE FROM paragraphs WHERE report_id = ?", (report_id,))
        conn.execute("DELETE FROM sections WHERE report_id = ?", (report_id,))
        insert_sections(conn, report_id, new.outline)
        insert_paragraphs(conn, report_id, new, prepared, _free_ids(conn, old))
        if prepared.numbers_json is None:
            conn.execute("DELETE FROM report_numbers WHERE report_id = ?", (report_id,))
        else:
            conn.execute(
                "INSERT OR REPLACE INTO report_numbers (report_id, statements, scored, extractor) "
                "VALUES (?, ?, ?, ?)",
                (report_id, prepared.numbers_json, prepared.scored_json, EXTRACTOR_VERSION),
            )
        _renew_section_paths(conn, report_id, new)
        conn.execute("UPDATE reports SET reader = ? WHERE id = ?", (READER_VERSION, report_id))
    return True


def _free_ids(conn: sqlite3.Connection, old: list[tuple[int, str]]) -> range:
    """The paragraph ids a report's new paragraphs can take in order: from its first old one
    up to the next report's first (the old ones are deleted by now)."""
    if not old:
        return range(0)
    first = min(paragraph_id for paragraph_id, _norm in old)
    (following,) = conn.execute("SELECT min(id) FROM paragraphs WHERE id > ?", (first,)).fetchone()
    return range(first, following) if following is not None else range(first, first + len(old))


def _renew_section_paths(conn: sqlite3.Connection, report_id: ReportId, new: NewReport) -> None:
    """Take each placed annotation's section path from the new tree (an orphan keeps the path
    it was made in: it is not placed in this text)."""
    rows = conn.execute(
        "SELECT id, start FROM annotations WHERE report_id = ? AND status != ?",
        (report_id, AnchorStatus.ORPHANED.value),
    ).fetchall()
    conn.executemany(
        "UPDATE annotations SET section_path = ? WHERE id = ?",
        [
            (json.dumps(list(section_path_at(new.outline, start)), ensure_ascii=False), row_id)
            for row_id, start in rows
        ],
    )
