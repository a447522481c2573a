"""A report's stored reading (sections, paragraphs, tokens, search rows) replaced in place.

A report read by an earlier reading (``core.reader_version``) is read again from its stored
text; its new reading replaces the old one here, in one transaction: the old reading stays
whole when anything fails. The text does not change, so the annotations keep their offsets;
their section paths are taken again from the new tree. The paragraphs take the old ones' ids
and the spare ones after them (paragraph ids run in report-then-position order, which the
search relies on: ``core.store.paragraph_ids``); a new reading longer than they reach first
has the later reports' paragraphs moved up, a slice per transaction
(``core.store.paragraph_room``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from core.model import ReportId
from core.notes.anchors import section_path_at
from core.notes.records import AnchorStatus
from core.numbers.extractor_version import EXTRACTOR_VERSION
from core.reader_version import READER_VERSION
from core.store.library_errors import told_as_store_errors
from core.store.paragraph_ids import has_room, id_span, reserve_through, room_after
from core.store.paragraph_room import SLICE_PARAGRAPHS, make_room
from core.store.records import NewReport
from core.store.report_rows import (
    PreparedReport,
    delete_paragraphs,
    insert_paragraphs,
    insert_sections,
)
from core.store.report_store import ReportStore


@told_as_store_errors
def reports_read_before(store: ReportStore, version: int = READER_VERSION) -> list[ReportId]:
    """The reports whose stored reading an earlier reading than ``version`` made, by id.

    Args:
        store: the open library.
        version: the reading wanted (this version's, unless told).
    """
    conn: sqlite3.Connection = store._conn  # the store package owns the connection
    rows = conn.execute("SELECT id FROM reports WHERE reader < ? ORDER BY id", (version,))
    return [ReportId(row[0]) for row in rows]


@told_as_store_errors
def mark_read(store: ReportStore, report_id: ReportId) -> None:
    """Mark a report's stored reading as this version's (it reads the same)."""
    conn: sqlite3.Connection = store._conn
    with store.atomic():
        conn.execute("UPDATE reports SET reader = ? WHERE id = ?", (READER_VERSION, report_id))


@told_as_store_errors
def replace_reading(
    store: ReportStore,
    report_id: ReportId,
    new: NewReport,
    prepared: PreparedReport,
    *,
    should_cancel: Callable[[], bool] | None = None,
    slice_paragraphs: int = SLICE_PARAGRAPHS,
) -> bool:
    """Store ``new``'s reading (tree, paragraphs, tokens, search rows, numbers) for a report,
    in one transaction, and mark it read by this version. When it has more paragraphs than
    the report's ids leave room for, the later reports' paragraphs are first moved up, in
    transactions of their own (``core.store.paragraph_room``).

    Args:
        store: the open library.
        report_id: the report read again.
        new: its new reading, of the text stored for it (``new.content_hash`` its hash).
        prepared: ``prepare_report(new)``.
        should_cancel: polled while the later reports' paragraphs are moved up to make room
            (``core.store.paragraph_room``); when it returns True, the reading waits for the
            next opening.
        slice_paragraphs: how many paragraphs one of those transactions moves.

    Returns:
        False when nothing of the reading was written: the report is gone, holds another
        text now, or the room it needed was not made before ``should_cancel`` said stop.

    Raises:
        StoreError: the library cannot be written; the old reading stays.
    """
    conn: sqlite3.Connection = store._conn
    wanted = len(new.paragraphs)
    if not has_room(conn, report_id, wanted) and not make_room(
        store,
        report_id,
        wanted,
        slice_paragraphs=slice_paragraphs,
        should_stop=should_cancel,
    ):
        return False
    with store.atomic():
        row = conn.execute("SELECT content_hash FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None or row[0] != new.content_hash:
            return False
        # Another program may have written the library since the room was made: then it is
        # made again here, inside this transaction.
        make_room(store, report_id, wanted)
        first, following = id_span(conn, report_id)
        if following is None:  # the last report: its spare ids are kept from those added later
            reserve_through(conn, first + wanted - 1 + room_after(wanted))
        free = range(first, following if following is not None else first + wanted)
        delete_paragraphs(conn, report_id)
        conn.execute("DELETE FROM sections WHERE report_id = ?", (report_id,))
        insert_sections(conn, report_id, new.outline)
        insert_paragraphs(conn, report_id, new, prepared, free)
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
