"""What the library holds, without the reports' texts: how many, of which regions, the list
of reports and their titles.

Read before the window's first paint: plain rows, nothing of the parser or the numbers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from core.model import ReportId, ReportKind, ReportMeta
from core.store.records import ReportSummary

_KINDS = {kind.value: kind for kind in ReportKind}


def count_reports(conn: sqlite3.Connection) -> int:
    """How many reports the library holds."""
    return int(conn.execute("SELECT count(*) FROM reports").fetchone()[0])


def ever_held_reports(conn: sqlite3.Connection) -> bool:
    """True once a report was added, even if every report was removed since.

    Report ids are never reused (AUTOINCREMENT), so SQLite remembers the highest one given.
    """
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'reports'").fetchone()
    return row is not None and int(row[0]) > 0


def region_sizes(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """How many reports each region holds ("" for those of no known region)."""
    rows = conn.execute("SELECT region, count(*) FROM reports GROUP BY region")
    return [(str(region or ""), int(count)) for region, count in rows]


def list_reports(
    conn: sqlite3.Connection, regions: Collection[str] | None, title: str | None
) -> list[ReportSummary]:
    """Every report without its text, by region, year and id.

    Args:
        conn: the library.
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
    cursor = conn.cursor()
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


def report_titles(
    conn: sqlite3.Connection, report_ids: Collection[ReportId] | None
) -> dict[ReportId, str]:
    """The titles of these reports (those still in the library); of every report when
    ``report_ids`` is None."""
    if report_ids is None:
        rows = conn.execute("SELECT id, title FROM reports")
        return {ReportId(row[0]): str(row[1]) for row in rows}
    ids = sorted({int(i) for i in report_ids})
    titles: dict[ReportId, str] = {}
    for chunk in range(0, len(ids), 500):  # within SQLite's limit of bound parameters
        part = ids[chunk : chunk + 500]
        rows = conn.execute(
            f"SELECT id, title FROM reports WHERE id IN ({','.join('?' * len(part))})", part
        )
        titles.update((ReportId(row[0]), str(row[1])) for row in rows)
    return titles
