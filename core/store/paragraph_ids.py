"""Paragraph ids in report-then-position order, with spare ids after each report's.

Search streams the index's rows by paragraph id and stops at its limit (``text_search``), so
the first hits are the first in reading order only while ids run in report-then-position
order. A report's paragraphs take consecutive ids, and a few ids after them are left free
(``room_after``), whether the report was just added or its paragraphs were moved
(``core.store.paragraph_room``). A report read again takes the ids from its first paragraph's
up to the next report's first (``free_ids``), so a new reading a few paragraphs longer fits
where the old one was, and no other report's paragraphs move. The caller holds the
transaction.
"""

from __future__ import annotations

import sqlite3

from core.model import ReportId

# Ids left free after a report's paragraphs: at least this many, or an eighth of them.
_MIN_ROOM = 8
_ROOM_SHARE = 8


def room_after(count: int) -> int:
    """How many ids are left free after a report's ``count`` paragraphs, for a later reading
    of it that finds a few more: at least 8, or an eighth of them."""
    return max(_MIN_ROOM, count // _ROOM_SHARE)


def next_unused_id(conn: sqlite3.Connection) -> int:
    """The first id above every id the library holds or ever gave a paragraph (or kept free)."""
    (given,) = conn.execute(
        "SELECT max(seq) FROM sqlite_sequence WHERE name = 'paragraphs'"
    ).fetchone()
    (highest,) = conn.execute("SELECT max(id) FROM paragraphs").fetchone()
    return max(given or 0, highest or 0) + 1


def reserve_through(conn: sqlite3.Connection, last: int) -> None:
    """Keep every id up to ``last`` from the paragraphs of reports added later (they take ids
    above the highest the library gave: ``AUTOINCREMENT``'s ``sqlite_sequence``)."""
    cursor = conn.execute(
        "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'paragraphs'", (last,)
    )
    if cursor.rowcount == 0:
        conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('paragraphs', ?)", (last,))


def ids_for_new_report(conn: sqlite3.Connection, count: int) -> range:
    """The ids of a report's ``count`` paragraphs as it is added: the next unused ones, with
    ``room_after(count)`` kept free after them.

    Args:
        conn: the library, inside the transaction that adds the report.
        count: how many paragraphs the report has.
    """
    first = next_unused_id(conn)
    reserve_through(conn, first + count - 1 + room_after(count))
    return range(first, first + count)


def id_span(conn: sqlite3.Connection, report_id: ReportId) -> tuple[int, int | None]:
    """Where a report's paragraphs may lie: from its first paragraph's id (just after the
    paragraphs of the reports before it, when it has none) up to, not including, the first id
    of the reports after it (None when they have no paragraph).

    Args:
        conn: the library.
        report_id: the report.
    """
    (first,) = conn.execute(
        "SELECT min(id) FROM paragraphs WHERE report_id = ?", (report_id,)
    ).fetchone()
    if first is None:
        (before,) = conn.execute(
            "SELECT max(id) FROM paragraphs WHERE report_id < ?", (report_id,)
        ).fetchone()
        first = (before or 0) + 1
    (following,) = conn.execute(
        "SELECT min(id) FROM paragraphs WHERE report_id > ?", (report_id,)
    ).fetchone()
    return int(first), None if following is None else int(following)


def free_ids(conn: sqlite3.Connection, report_id: ReportId, wanted: int) -> range:
    """The ids a report's paragraphs can take in order, its present ones included: those of
    ``id_span``; a report with no paragraph after it takes as many as it wants.

    Args:
        conn: the library.
        report_id: the report.
        wanted: how many paragraphs its new reading has.
    """
    first, following = id_span(conn, report_id)
    return range(first, following if following is not None else first + wanted)


def has_room(conn: sqlite3.Connection, report_id: ReportId, wanted: int) -> bool:
    """Whether ``wanted`` paragraphs of the report fit in its ``free_ids``."""
    return len(free_ids(conn, report_id, wanted)) >= wanted
