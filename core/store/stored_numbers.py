"""A report's numeric statements as stored: all of them and, apart, those a scorecard reads.

Numbers found by an earlier extractor than this version's count as not stored
(``core.numbers.extractor_version``): they are read again and saved anew.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from core.errors import ReportNotFoundError
from core.model import ReportId
from core.numbers.extractor_version import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from core.numbers.statements import NumericStatement


def read_numbers(
    conn: sqlite3.Connection,
    report_id: ReportId,
    keep: Callable[[dict[str, Any]], bool] | None,
) -> list[NumericStatement] | None:
    """The numeric statements stored for a report, or None when none are stored.

    Args:
        conn: the library.
        report_id: the report.
        keep: which statements to make records of, asked of each stored one as its JSON
            object (the ``NumericStatement.as_json`` shape); None: all.
    """
    from core.numbers.statements import NumericStatement

    row = conn.execute(
        "SELECT statements, extractor FROM report_numbers WHERE report_id = ?", (report_id,)
    ).fetchone()
    if row is None or row["extractor"] != EXTRACTOR_VERSION:
        return None
    items = json.loads(row["statements"])
    if keep is not None:
        items = [item for item in items if keep(item)]
    return [NumericStatement.from_json(item) for item in items]


def read_scored_numbers(
    conn: sqlite3.Connection, report_id: ReportId
) -> list[NumericStatement] | None:
    """The stored statements a scorecard reads, from the column that keeps them apart, or
    None when none are stored."""
    from core.numbers.statements import NumericStatement

    row = conn.execute(
        "SELECT scored, extractor FROM report_numbers WHERE report_id = ?", (report_id,)
    ).fetchone()
    if row is None or row["extractor"] != EXTRACTOR_VERSION:
        return None
    return [NumericStatement.from_json(item) for item in json.loads(row["scored"])]


def write_numbers(conn: sqlite3.Connection, report_id: ReportId, found: str, scored: str) -> None:
    """Store a report's numbers as this version's extractor found them, inside the store's
    transaction.

    Args:
        conn: the library, in a transaction.
        report_id: the report.
        found: every statement, as ``core.store.report_rows.numbers_columns`` encodes them.
        scored: those of them a scorecard reads, encoded alike.

    Raises:
        ReportNotFoundError: no such report.
    """
    known = conn.execute("SELECT 1 FROM reports WHERE id = ?", (report_id,))
    if known.fetchone() is None:
        raise ReportNotFoundError(f"there is no report {report_id} in the library")
    conn.execute(
        "INSERT OR REPLACE INTO report_numbers (report_id, statements, scored, extractor) "
        "VALUES (?, ?, ?, ?)",
        (report_id, found, scored, EXTRACTOR_VERSION),
    )
