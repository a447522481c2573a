"""Room for a report's longer reading: the later reports' paragraphs moved up, a slice at a time.

A report read again whose new reading has more paragraphs than its ids leave room for
(``core.store.paragraph_ids.has_room``) needs the paragraphs of the reports after it moved
to higher ids. They move to new ids above every id the library holds or gave, laid out in
report-then-position order with room after each report's (``room_after``), with their search
index rows, a slice of a few thousand paragraphs per transaction, the last first: each slice
takes the last paragraphs not yet moved to just below those moved before it and above all
the others, so after every slice the ids still run in report-then-position order and search
streams its hits in reading order. The window saving a highlight meanwhile waits for one
slice, not for the whole library.

Stopped or killed between slices, the library is whole and in order: the report keeps its old
reading and is read again at the next opening, which moves the paragraphs again.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from core.model import ReportId
from core.store.library_errors import told_as_store_errors
from core.store.paragraph_ids import has_room, id_span, next_unused_id, reserve_through, room_after
from core.store.report_store import ReportStore
from core.store.search_index import gram_tokens

SLICE_PARAGRAPHS = 2000
"""Paragraphs moved per transaction: about a third of a second's write on a 2-core machine."""

PAUSE_SECONDS = 0.1
"""The pause after each slice, the library unlocked. A connection waiting to write (its busy
timeout) tries again every 100 ms once it has waited a third of a second; without the pause it
could miss every moment between two slices."""


@dataclass(frozen=True)
class _Move:
    """One paragraph's move: where it is, whose it is, and its new id."""

    old_id: int
    report_id: int
    index: int
    new_id: int


@told_as_store_errors
def make_room(
    store: ReportStore,
    report_id: ReportId,
    wanted: int,
    *,
    slice_paragraphs: int = SLICE_PARAGRAPHS,
    should_stop: Callable[[], bool] | None = None,
) -> bool:
    """Move the paragraphs of the reports after ``report_id`` up until ``wanted`` paragraphs
    of it fit in its ``free_ids``, a slice per transaction (all in one when the caller holds
    a transaction): ``make_rooms`` for one report.

    Returns:
        True when the report has room; False when stopped first.

    Raises:
        StoreError: the library cannot be written; the slices moved so far stay moved.
    """
    return make_rooms(
        store, {report_id: wanted}, slice_paragraphs=slice_paragraphs, should_stop=should_stop
    )


@told_as_store_errors
def make_rooms(
    store: ReportStore,
    wanted: Mapping[ReportId, int],
    *,
    slice_paragraphs: int = SLICE_PARAGRAPHS,
    should_stop: Callable[[], bool] | None = None,
) -> bool:
    """Move paragraphs up until each report of ``wanted`` has room for its number of
    paragraphs, in one pass for them all (the reports after the first that lacks room move
    once, laid out with the room each wants), a slice per transaction (all in one when the
    caller holds a transaction). Made one report at a time, a library of many reports read
    into longer readings would move its later reports' paragraphs once per report.

    Args:
        store: the library, open for writing.
        wanted: report → how many paragraphs its new reading has.
        slice_paragraphs: how many paragraphs one transaction moves.
        should_stop: polled after each slice; when it returns True the rest are left where
            they are (in order), for the next opening.

    Returns:
        True when every report has room; False when stopped first.

    Raises:
        StoreError: the library cannot be written; the slices moved so far stay moved.
    """
    conn: sqlite3.Connection = store._conn  # the store package owns the connection
    inside = conn.in_transaction  # the caller's: no slices, and no other writer meanwhile
    if inside:
        slice_paragraphs, should_stop = sys.maxsize, None
    while True:
        with store.atomic():
            short = {r: n for r, n in wanted.items() if not has_room(conn, r, n)}
            if not short:
                return True
            moves, counts = _plan(conn, short)
        for end in range(len(moves), 0, -slice_paragraphs):
            with store.atomic():
                moved = _move_slice(conn, moves[max(0, end - slice_paragraphs) : end], counts)
            if not moved:
                if inside:
                    raise RuntimeError("paragraphs changed inside the transaction moving them")
                break  # another program changed these paragraphs meanwhile: plan again
            if should_stop is not None and should_stop():
                return False
            if end > slice_paragraphs:
                time.sleep(PAUSE_SECONDS)


def _plan(
    conn: sqlite3.Connection, short: Mapping[ReportId, int]
) -> tuple[list[_Move], dict[int, int]]:
    """Where each paragraph of the reports after the first of ``short`` goes, in reading
    order, each report of ``short`` given room for its wanted paragraphs, and how many
    paragraphs each of those reports has; the new ids are kept from reports added later."""
    first_short = min(short)
    rows = conn.execute(
        "SELECT id, report_id, idx FROM paragraphs WHERE report_id > ? ORDER BY report_id, idx",
        (first_short,),
    ).fetchall()
    counts: dict[int, int] = {}
    for _id, owner, _index in rows:
        counts[owner] = counts.get(owner, 0) + 1

    def room(owner: int) -> int:
        """The ids after a moved report's paragraphs: its spare room, and what it wants."""
        count = counts[owner]
        wants = short.get(ReportId(owner), count)
        return max(wants - count, 0) + room_after(max(wants, count))

    first, _following = id_span(conn, first_short)
    wants = short[first_short]
    next_id = max(next_unused_id(conn), first + wants + room_after(wants))
    moves: list[_Move] = []
    previous: int | None = None
    for old_id, owner, index in rows:
        if previous is not None and owner != previous:
            next_id += room(previous)
        moves.append(_Move(old_id, owner, index, next_id))
        previous = owner
        next_id += 1
    if previous is not None:
        reserve_through(conn, next_id - 1 + room(previous))
    return moves, counts


def _move_slice(conn: sqlite3.Connection, moves: Sequence[_Move], counts: dict[int, int]) -> bool:
    """Give these paragraphs their new ids and move their search index rows with them (the
    caller holds the transaction); False, with nothing moved, when the paragraphs are no
    longer as planned (another program may write the library between two slices)."""
    grams: list[tuple[_Move, str]] = []
    for move in moves:
        row = conn.execute(
            "SELECT report_id, idx, norm FROM paragraphs WHERE id = ?", (move.old_id,)
        ).fetchone()
        if row is None or (row[0], row[1]) != (move.report_id, move.index):
            return False
        grams.append((move, gram_tokens(row[2])))
    owners = sorted({move.report_id for move in moves})
    (held,) = conn.execute(
        "SELECT count(*) FROM paragraphs WHERE report_id BETWEEN ? AND ?", (owners[0], owners[-1])
    ).fetchone()
    (taken,) = conn.execute(
        "SELECT count(*) FROM paragraphs WHERE id BETWEEN ? AND ?",
        (moves[0].new_id, moves[-1].new_id),
    ).fetchone()
    planned = sum(count for owner, count in counts.items() if owners[0] <= owner <= owners[-1])
    if held != planned or taken:
        return False
    # A contentless FTS5 row is deleted by giving back the tokens it was made of.
    conn.executemany(
        "INSERT INTO paragraph_index (paragraph_index, rowid, grams) VALUES ('delete', ?, ?)",
        [(move.old_id, tokens) for move, tokens in grams],
    )
    # The new ids lie above every id the library held or gave when they were planned: no
    # move meets another paragraph.
    conn.executemany(
        "UPDATE paragraphs SET id = ? WHERE id = ?", [(m.new_id, m.old_id) for m in moves]
    )
    conn.executemany(
        "INSERT INTO paragraph_index (rowid, grams) VALUES (?, ?)",
        [(move.new_id, tokens) for move, tokens in grams],
    )
    return True
