"""Pairing overrides kept per compared pair of library reports (the pair_overrides table).

A user who re-pairs or unpairs sections in a comparison expects the correction to hold the next
time the same two reports are compared, whichever side each is shown on. The rows are kept in
the orientation they were saved in and turned round when read the other way.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.compare.records import PairOverride, SectionPath
from core.model import ReportId
from core.store.library_errors import told_as_store_errors

if TYPE_CHECKING:  # the migrations import this module, and the store imports the migrations
    from core.store.report_store import ReportStore


def create_pair_override_table(conn: sqlite3.Connection) -> None:
    """Migration: the pair_overrides table (rows go with either report when it is removed)."""
    conn.execute(
        """CREATE TABLE pair_overrides (
            left_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            right_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            left_path TEXT,
            right_path TEXT,
            PRIMARY KEY (left_id, right_id, position)
        )"""
    )
    conn.execute("CREATE INDEX pair_overrides_right ON pair_overrides(right_id, left_id)")


def _path_text(path: SectionPath | None) -> str | None:
    return None if path is None else json.dumps(list(path), ensure_ascii=False)


def _path_of(text: str | None) -> SectionPath | None:
    return None if text is None else tuple(str(part) for part in json.loads(text))


@told_as_store_errors
def stored_overrides(store: ReportStore, left: ReportId, right: ReportId) -> list[PairOverride]:
    """The pairing corrections kept for comparing ``left`` with ``right``, in their order.

    Args:
        store: the open library.
        left: the report shown on the left.
        right: the report shown on the right.

    Returns:
        The overrides with ``left``/``right`` paths as these two reports are now shown (turned
        round when they were saved with the sides the other way); empty when none were kept.
    """
    conn: sqlite3.Connection = store._conn  # the store package owns the connection
    rows = conn.execute(
        "SELECT left_id, left_path, right_path FROM pair_overrides "
        "WHERE (left_id = ? AND right_id = ?) OR (left_id = ? AND right_id = ?) "
        "ORDER BY position",
        (int(left), int(right), int(right), int(left)),
    ).fetchall()
    overrides = []
    for row in rows:
        left_path, right_path = _path_of(row["left_path"]), _path_of(row["right_path"])
        if row["left_id"] != int(left):
            left_path, right_path = right_path, left_path
        overrides.append(PairOverride(left_path, right_path))
    return overrides


@told_as_store_errors
def save_overrides(
    store: ReportStore, left: ReportId, right: ReportId, overrides: Sequence[PairOverride]
) -> None:
    """Keep ``overrides`` as the corrections for this pair of reports (replacing earlier ones).

    Args:
        store: the open library (written in one transaction).
        left: the report shown on the left when the overrides were made.
        right: the report shown on the right.
        overrides: the corrections, left and right paths as shown; empty forgets them.

    Raises:
        StoreError: the library cannot be written.
    """
    conn: sqlite3.Connection = store._conn
    with store.atomic():
        conn.execute(
            "DELETE FROM pair_overrides "
            "WHERE (left_id = ? AND right_id = ?) OR (left_id = ? AND right_id = ?)",
            (int(left), int(right), int(right), int(left)),
        )
        conn.executemany(
            "INSERT INTO pair_overrides (left_id, right_id, position, left_path, right_path) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (int(left), int(right), position, _path_text(o.left), _path_text(o.right))
                for position, o in enumerate(overrides)
            ],
        )
