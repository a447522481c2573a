"""Paragraph ids in report-then-position order, kept so when a report is read again.

Search streams the index's rows by paragraph id and stops at its limit (``text_search``), so
the first hits are the first in reading order only while ids run in report-then-position
order. A report read again takes the ids its old paragraphs had, up to the next report's
first; when its new reading has more paragraphs than that, every paragraph of the library is
given its id again, in order, with room after each report's for a few more, so the reports
read again after it in the same upgrade seldom need it again. The search index's rows follow
their paragraphs' new ids. The caller holds the transaction.
"""

from __future__ import annotations

import sqlite3

from core.store.search_index import gram_tokens

# Ids left free after a report's paragraphs when they are numbered again: at least this many,
# or an eighth of the report's paragraphs.
_MIN_ROOM = 8
_ROOM_SHARE = 8


def free_ids(conn: sqlite3.Connection, old_ids: list[int], wanted: int) -> range:
    """The ids a report's new paragraphs can take in order, its old ones deleted by now: from
    its first old one up to the next report's first; a report with no paragraph after it
    takes as many as it wants.

    Args:
        conn: the library.
        old_ids: the ids of the report's old paragraphs.
        wanted: how many paragraphs the new reading has.
    """
    if not old_ids:
        return range(0)
    first = min(old_ids)
    (following,) = conn.execute("SELECT min(id) FROM paragraphs WHERE id > ?", (first,)).fetchone()
    return range(first, following) if following is not None else range(first, first + wanted)


def renumber_paragraphs(conn: sqlite3.Connection) -> None:
    """Give every paragraph a new id, in report-then-position order with room after each
    report's, above every id the library holds (so the new ids never meet the old ones in
    the move), and move the search index's rows with them."""
    rows = conn.execute("SELECT id, report_id, norm FROM paragraphs ORDER BY report_id, idx")
    paragraphs: list[tuple[int, int, str]] = rows.fetchall()
    if not paragraphs:
        return
    counts: dict[int, int] = {}
    for _id, report_id, _norm in paragraphs:
        counts[report_id] = counts.get(report_id, 0) + 1
    (given,) = conn.execute(
        "SELECT max(seq) FROM sqlite_sequence WHERE name = 'paragraphs'"
    ).fetchone()
    (highest,) = conn.execute("SELECT max(id) FROM paragraphs").fetchone()
    next_id = max(given or 0, highest) + 1
    moves: list[tuple[int, int, str]] = []
    current: int | None = None
    for old_id, report_id, norm in paragraphs:
        if current is not None and report_id != current:
            next_id += max(_MIN_ROOM, counts[current] // _ROOM_SHARE)
        current = report_id
        moves.append((next_id, old_id, norm))
        next_id += 1
    # Every new id lies above every old one, so no move meets a paragraph not yet moved.
    conn.execute("INSERT INTO paragraph_index (paragraph_index) VALUES ('delete-all')")
    conn.executemany(
        "UPDATE paragraphs SET id = ? WHERE id = ?", [(new, old) for new, old, _norm in moves]
    )
    conn.executemany(
        "INSERT INTO paragraph_index (rowid, grams) VALUES (?, ?)",
        [(new, gram_tokens(norm)) for new, _old, norm in moves],
    )
