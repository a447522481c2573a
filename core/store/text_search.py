"""Finding a query in the library's texts, and showing each hit in its context.

The bigram index (``search_index``) gives the paragraphs that contain the query; their
searchable text is scanned for its exact places, so the hits are those of a plain substring
scan, mapped back to offsets into each report's text as read. A query the index cannot hold
(over a paragraph break, or with a subscript's markup) is also scanned for in whole texts
(``whole_text_scan``). Snippets and passages (``core.search_passages``) of many hits are read
with one query per report, not one per hit.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import Any

from core.errors import ReportNotFoundError
from core.model import ReportId
from core.plain_passage import plain_stretches
from core.search_passages import search_passages
from core.store.records import SearchHit, SearchPassage, Snippet
from core.store.search_index import match_expression, occurrences, to_original
from core.store.whole_text_scan import folded_as_is, needs_whole_texts, whole_text_hits
from core.text import normalise_query, subscripts


def find_hits(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int,
    report_ids: Collection[ReportId] | None = None,
) -> list[SearchHit]:
    """Every occurrence of ``query`` in the library, by report then position.

    Args:
        conn: the library.
        query: what the user typed. It is normalised like the texts (full-width forms
            folded, Latin letters in any case, ``PM_{2.5}`` read ``pm2.5``, a word broken
            across lines whole); a match is a non-overlapping occurrence inside one
            paragraph, exactly what a substring scan of each paragraph's searchable text
            finds, for queries of any length. A query holding a line break or a subscript's
            markup is also scanned for in the whole texts (``whole_text_scan``), so what a
            plain substring scan of the text as read finds is always found.
        limit: stop after this many hits.
        report_ids: search only these reports (None: all).

    Returns:
        Hits with offsets into each report's text as read; a hit that takes in a whole
        subscript takes in its markup too (``PM2.5`` covers ``PM_{2.5}``).
    """
    hits = _paragraph_hits(conn, normalise_query(query), limit, report_ids)
    as_is = folded_as_is(query)
    if not needs_whole_texts(as_is):
        return hits
    more = whole_text_hits(conn, as_is, limit=limit, report_ids=report_ids)
    merged: list[SearchHit] = []
    for hit in sorted([*hits, *more], key=lambda h: (h.report_id, h.start, -h.end)):
        last = merged[-1] if merged else None
        if last is None or last.report_id != hit.report_id or hit.start >= last.end:
            merged.append(hit)
    return merged[:limit]


def _paragraph_hits(
    conn: sqlite3.Connection,
    folded: str,
    limit: int,
    report_ids: Collection[ReportId] | None,
) -> list[SearchHit]:
    """The hits the paragraph index gives for the searchable ``folded`` query."""
    if not folded or limit <= 0:
        return []
    sql = (
        "SELECT p.report_id, p.idx, p.start, p.norm, p.breaks FROM paragraph_index "
        "JOIN paragraphs p ON p.id = paragraph_index.rowid "
        "WHERE paragraph_index MATCH ?"
    )
    params: list[Any] = [match_expression(folded)]
    if report_ids is not None:
        ids = list(report_ids)
        if not ids:
            return []
        sql += f" AND p.report_id IN ({','.join('?' * len(ids))})"
        params.extend(ids)
    # No ORDER BY: FTS5 yields rows by rowid, and paragraph ids run in report-then-position
    # order, a report read again into more paragraphs included (core.store.paragraph_ids,
    # core.store.paragraph_room: after every slice of a move too), so hits stream and the
    # loop can stop at ``limit``.
    hits: list[SearchHit] = []
    size = len(folded)
    texts: dict[int, str] = {}
    for row in conn.execute(sql, params):
        report_id, paragraph, base, norm, breaks = row
        if not breaks:  # the common case: offsets run in step with the text as read
            found = occurrences(norm, folded)[: limit - len(hits)]
            hits.extend(
                [SearchHit(report_id, paragraph, base + at, base + at + size) for at in found]
            )
        else:
            hits.extend(hits_in_paragraph(conn, row, folded, texts, limit - len(hits)))
        if len(hits) >= limit:
            break
    return hits


ParagraphRow = tuple[int, int, int, str, str]  # report, index, start, searchable text, breaks


def hits_in_paragraph(
    conn: sqlite3.Connection,
    row: ParagraphRow,
    folded: str,
    texts: dict[int, str],
    most: int | None = None,
) -> list[SearchHit]:
    """The hits of the searchable ``folded`` query in one paragraph of the index.

    Args:
        conn: the library.
        row: the paragraph's report, index, start, searchable text and offset breaks.
        folded: the query, normalised like the texts.
        texts: reports' texts as read, by report, filled as a hit over a subscript needs one.
        most: stop after this many (None: every one).
    """
    report_id, paragraph, base, norm, breaks = row
    found = occurrences(norm, folded)[:most]
    size = len(folded)
    if not breaks:
        return [
            SearchHit(ReportId(report_id), paragraph, base + at, base + at + size) for at in found
        ]
    hits = []
    for at in found:
        start = to_original(breaks, base, at)
        end = to_original(breaks, base, at + size - 1) + 1
        if report_id not in texts:
            texts[report_id] = _report_text(conn, report_id)
        start, end = _over_whole_subscripts(texts[report_id], start, end)
        hits.append(SearchHit(ReportId(report_id), paragraph, start, end))
    return hits


def _report_text(conn: sqlite3.Connection, report_id: int) -> str:
    row = conn.execute("SELECT text FROM report_texts WHERE report_id = ?", (report_id,)).fetchone()
    return "" if row is None else str(row[0])


def _over_whole_subscripts(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened over the markup of each subscript whose body it covers: the
    searchable text has no ``_{`` or ``}``, so a hit would end inside ``PM_{2.5}``."""
    for found in subscripts(text, max(0, start - 12), min(len(text), end + 12)):
        if start <= found.body_start and found.body_end <= end:
            start, end = min(start, found.start), max(end, found.end)
    return start, end


def snippets_of(
    conn: sqlite3.Connection,
    hits: Sequence[SearchHit],
    text_of: Callable[[ReportId], str],
    width: int = 40,
) -> list[Snippet]:
    """Each hit with up to ``width`` characters of its paragraph on each side, on one line; an
    end that cuts the paragraph short is marked ``…``. The text reads as the reader shows it
    (``core.plain_passage``): a word extraction broke across lines whole, Markdown marks
    (``###``, ``**``) and subscript markup left out.

    Args:
        conn: the library.
        hits: hits of ``find_hits``.
        text_of: a report's text as read (the store keeps the last few).
        width: characters of context on each side.

    Raises:
        ReportNotFoundError: a hit's report or paragraph is no longer in the library.
    """
    bounds = _paragraph_bounds(conn, hits)
    result = []
    for hit in hits:
        paragraph = bounds.get((hit.report_id, hit.paragraph_index))
        if paragraph is None:
            raise ReportNotFoundError(f"there is no report {hit.report_id} in the library")
        text = text_of(hit.report_id)
        start = min(hit.start, max(paragraph[0], hit.start - width))  # and before it
        end = max(hit.end, min(paragraph[1], hit.end + width))  # a hit may run past its paragraph
        before = "…" if start > paragraph[0] else ""
        after = "…" if end < paragraph[1] else ""
        head, found, tail = plain_stretches(text, [start, hit.start, hit.end, end])
        match_start = len(before) + len(head)
        result.append(
            Snippet(
                before + (head + found + tail).replace("\n", " ") + after,
                match_start,
                match_start + len(found),
            )
        )
    return result


def passages_of(
    conn: sqlite3.Connection,
    hits: Sequence[SearchHit],
    text_of: Callable[[ReportId], str],
    width: int = 40,
) -> list[SearchPassage]:
    """``hits`` as passages to list, nearby hits of one paragraph read once with each marked
    (``core.search_passages``); every hit is in one passage, in order.

    Args:
        conn: the library.
        hits: hits of ``find_hits``.
        text_of: a report's text as read (the store keeps the last few).
        width: characters of context on each side of a passage.

    Raises:
        ReportNotFoundError: a hit's report or paragraph is no longer in the library.
    """
    return search_passages(hits, _paragraph_bounds(conn, hits), text_of, width)


def _paragraph_bounds(
    conn: sqlite3.Connection, hits: Sequence[SearchHit]
) -> dict[tuple[int, int], tuple[int, int]]:
    """The span of each hit's paragraph, by (report, paragraph index): one query per report."""
    wanted: dict[ReportId, set[int]] = defaultdict(set)
    for hit in hits:
        wanted[hit.report_id].add(hit.paragraph_index)
    bounds: dict[tuple[int, int], tuple[int, int]] = {}
    for report_id, indices in wanted.items():
        listed = sorted(indices)
        for chunk in range(0, len(listed), 500):  # within SQLite's limit of parameters
            part = listed[chunk : chunk + 500]
            rows = conn.execute(
                'SELECT idx, start, "end" FROM paragraphs WHERE report_id = ? AND idx IN '
                f"({','.join('?' * len(part))})",
                [report_id, *part],
            )
            bounds.update(((report_id, row[0]), (row[1], row[2])) for row in rows)
    return bounds
