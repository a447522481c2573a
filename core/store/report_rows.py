"""A new report as rows: prepared from its parse (in any process), then inserted inside the
store's transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from core.model import Outline, ReportId, Section
from core.numbers.extractor_version import EXTRACTOR_VERSION
from core.reader_version import READER_VERSION
from core.store.paragraph_ids import ids_for_new_report
from core.store.records import NewReport
from core.store.search_index import IndexedParagraph, gram_tokens, index_paragraph

if TYPE_CHECKING:
    from core.numbers.statements import NumericStatement


@dataclass(frozen=True)
class PreparedReport:
    """A new report's derived rows, computed before the write so the write itself stays short.

    Pure data: it can be made in another process (see core.import_pool) and sent back.
    """

    token_lengths: tuple[str, ...]  # per paragraph: the lengths of its tokens, "2,1,4"
    index: tuple[IndexedParagraph, ...]  # per paragraph: its search index entry
    numbers_json: str | None  # the numeric statements as stored, or None when not given
    scored_json: str | None  # those of them a scorecard reads, or None when not given


def prepare_report(new: NewReport) -> PreparedReport:
    """The rows ``ReportStore.add_report`` writes for ``new``, checked and encoded.

    Args:
        new: the report to prepare.

    Raises:
        ValueError: the token lists do not match the paragraphs (a bug, not a user problem).
    """
    if len(new.paragraph_tokens) != len(new.paragraphs):
        raise ValueError("one token list per paragraph is required")
    lengths = []
    index = []
    for paragraph, tokens in zip(new.paragraphs, new.paragraph_tokens, strict=True):
        body = new.text[paragraph.start : paragraph.end]
        if "".join(tokens) != body:
            raise ValueError(f"the tokens of paragraph {paragraph.index} do not spell it")
        lengths.append(",".join(map(str, map(len, tokens))))
        index.append(index_paragraph(body))
    numbers_json = scored_json = None
    if new.numbers is not None:
        numbers_json, scored_json = numbers_columns(new.numbers)
    return PreparedReport(tuple(lengths), tuple(index), numbers_json, scored_json)


def numbers_columns(statements: Sequence[NumericStatement]) -> tuple[str, str]:
    """A report's numbers as ``report_numbers`` stores them: every statement, and apart from
    them the few a scorecard reads (``core.numbers.scorecard.is_scored``), both as JSON lists.

    A province's scorecards read the numbers of a few hundred reports; decoding every
    statement of each, to keep about one in twelve, took most of their time.
    """
    items = [statement.as_json() for statement in statements]
    return json.dumps(items, ensure_ascii=False), scored_json(items)


def is_scored_item(item: dict[str, Any]) -> bool:
    """Whether a scorecard reads this statement (as a stored JSON object)."""
    from core.numbers.scorecard import is_scored  # not loaded by the app's start

    return is_scored(item["kind"], item["canonical"])


def scored_json(items: list[dict[str, Any]]) -> str:
    """The JSON list of the statements (as JSON objects) that a scorecard reads."""
    return json.dumps([item for item in items if is_scored_item(item)], ensure_ascii=False)


def insert_report_rows(
    conn: sqlite3.Connection, new: NewReport, prepared: PreparedReport
) -> ReportId:
    """Insert ``new``'s rows (report, text, sections, paragraphs, search index, numbers); its
    paragraphs take the next unused ids, a few kept free after them for a later reading
    (``core.store.paragraph_ids``).

    The caller holds the transaction: the rows land together or not at all.
    """
    report_id = _insert_report(conn, new)
    insert_sections(conn, report_id, new.outline)
    insert_paragraphs(conn, report_id, new, prepared, ids_for_new_report(conn, len(new.paragraphs)))
    if prepared.numbers_json is not None:
        conn.execute(
            "INSERT INTO report_numbers (report_id, statements, scored, extractor) "
            "VALUES (?, ?, ?, ?)",
            (report_id, prepared.numbers_json, prepared.scored_json, EXTRACTOR_VERSION),
        )
    return report_id


def _insert_report(conn: sqlite3.Connection, new: NewReport) -> ReportId:
    meta = new.meta
    cursor = conn.execute(
        "INSERT INTO reports (content_hash, title, region, year, kind, edition, "
        "source_name, encoding, format, imported_at, char_count, reader) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.content_hash,
            meta.title,
            meta.region,
            meta.year,
            meta.kind.value,
            meta.edition,
            new.source_name,
            new.encoding,
            new.format,
            datetime.now(UTC).isoformat(timespec="seconds"),
            len(new.text),
            READER_VERSION,
        ),
    )
    report_id = ReportId(int(cursor.lastrowid or 0))
    conn.execute("INSERT INTO report_texts (report_id, text) VALUES (?, ?)", (report_id, new.text))
    return report_id


def insert_sections(conn: sqlite3.Connection, report_id: ReportId, outline: Outline) -> None:
    """Insert a report's section tree, numbered in text order (the caller holds the
    transaction)."""
    rows: list[tuple[Any, ...]] = []

    def visit(sections: Sequence[Section], parent: int | None) -> None:
        for section in sections:
            ordinal = len(rows)
            rows.append(
                (
                    report_id,
                    ordinal,
                    parent,
                    section.level,
                    section.title,
                    section.start,
                    section.heading_end,
                    section.end,
                    section.style,
                )
            )
            visit(section.children, ordinal)

    visit(outline.sections, None)
    conn.executemany(
        "INSERT INTO sections (report_id, ordinal, parent, level, title, start, heading_end, "
        '"end", style) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        rows,
    )


def insert_paragraphs(
    conn: sqlite3.Connection,
    report_id: ReportId,
    new: NewReport,
    prepared: PreparedReport,
    ids: Sequence[int],
) -> None:
    """Insert a report's paragraphs with their tokens and search index rows (the caller holds
    the transaction).

    Args:
        conn: the library.
        report_id: the report.
        new: the report's paragraphs.
        prepared: their tokens and search index entries (``prepare_report``).
        ids: the ids to give them in reading order, at least one per paragraph, so that
            paragraph ids run in report-then-position order (``core.store.paragraph_ids``).
    """
    if len(ids) < len(new.paragraphs):
        raise ValueError("one id per paragraph is required")
    rows = sorted(
        zip(new.paragraphs, prepared.token_lengths, prepared.index, strict=True),
        key=lambda row: row[0].index,
    )
    conn.executemany(
        'INSERT INTO paragraphs (id, report_id, idx, start, "end", is_noise, token_lengths, '
        "norm, breaks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                paragraph_id,
                report_id,
                paragraph.index,
                paragraph.start,
                paragraph.end,
                int(paragraph.is_noise),
                lengths,
                entry.norm,
                entry.breaks,
            )
            for paragraph_id, (paragraph, lengths, entry) in zip(ids, rows, strict=False)
        ],
    )
    conn.executemany(
        "INSERT INTO paragraph_index (rowid, grams) VALUES (?, ?)",
        [
            (paragraph_id, entry.grams)
            for paragraph_id, (_p, _l, entry) in zip(ids, rows, strict=False)
        ],
    )


def delete_paragraphs(conn: sqlite3.Connection, report_id: ReportId) -> list[int]:
    """Delete a report's paragraphs and their search index rows (the caller holds the
    transaction); their ids, in reading order."""
    rows = conn.execute(
        "SELECT id, norm FROM paragraphs WHERE report_id = ? ORDER BY idx", (report_id,)
    ).fetchall()
    # A contentless FTS5 row is deleted by giving back the tokens it was made of.
    conn.executemany(
        "INSERT INTO paragraph_index (paragraph_index, rowid, grams) VALUES ('delete', ?, ?)",
        [(paragraph_id, gram_tokens(norm)) for paragraph_id, norm in rows],
    )
    conn.execute("DELETE FROM paragraphs WHERE report_id = ?", (report_id,))
    return [paragraph_id for paragraph_id, _norm in rows]
