"""A stored report read back: its details and text, its section tree, its paragraphs and
their tokens, as they were stored at import."""

from __future__ import annotations

import sqlite3
from typing import Any

from core.errors import ReportNotFoundError
from core.model import Outline, Paragraph, ReportId, ReportKind, ReportMeta, Section
from core.store.records import StoredReport


def _meta(row: Any) -> ReportMeta:
    return ReportMeta(
        title=row["title"],
        region=row["region"],
        year=row["year"],
        kind=ReportKind(row["kind"]),
        edition=row["edition"],
    )


def read_meta(conn: sqlite3.Connection, report_id: ReportId) -> ReportMeta:
    """A report's details alone (title, region, year, kind, edition).

    Raises:
        ReportNotFoundError: no such report.
    """
    row = conn.execute(
        "SELECT title, region, year, kind, edition FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    if row is None:
        raise ReportNotFoundError(f"there is no report {report_id} in the library")
    return _meta(row)


def read_report(conn: sqlite3.Connection, report_id: ReportId) -> StoredReport:
    """One report with its text.

    Raises:
        ReportNotFoundError: no such report.
    """
    row = conn.execute(
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


def read_text(conn: sqlite3.Connection, report_id: ReportId) -> str:
    """A report's text alone.

    Raises:
        ReportNotFoundError: no such report.
    """
    row = conn.execute("SELECT text FROM report_texts WHERE report_id = ?", (report_id,)).fetchone()
    if row is None:
        raise ReportNotFoundError(f"there is no report {report_id} in the library")
    return str(row["text"])


def read_outline(conn: sqlite3.Connection, report_id: ReportId) -> Outline:
    """The section tree stored for a report."""
    rows = conn.execute(
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


def read_paragraphs(conn: sqlite3.Connection, report_id: ReportId) -> list[Paragraph]:
    """The paragraphs stored for a report, in order."""
    rows = conn.execute(
        'SELECT idx, start, "end", is_noise FROM paragraphs WHERE report_id = ? ORDER BY idx',
        (report_id,),
    )
    return [Paragraph(r["idx"], r["start"], r["end"], bool(r["is_noise"])) for r in rows]


def read_paragraph_tokens(
    conn: sqlite3.Connection, report_id: ReportId, text: str
) -> list[list[str]]:
    """The jieba tokens of each paragraph, as stored at import: cut from ``text``, the
    report's text, by the token lengths stored."""
    rows = conn.execute(
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
