"""Searching whole texts for what the paragraph index cannot hold: a query that runs over a
paragraph break (pasted text with a blank line in it) or holds a subscript's markup (``_``,
``{``, ``}`` of ``PM_{2.5}``, which the index reads ``pm2.5``).

Such a query is rare, so it is scanned for in each report's whole text, folded as search
folds it but with nothing left out (``core.text.searchable_as_is``): it finds what a plain
substring scan of the text as read finds.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Collection

from core.model import ReportId
from core.store.records import SearchHit
from core.store.search_index import occurrences
from core.text import searchable_as_is

# Characters the paragraph index never holds in a paragraph's searchable text: a paragraph
# break (paragraphs are indexed one by one) and subscript markup.
_NOT_IN_INDEX = frozenset("\n_{}")


def folded_as_is(query: str) -> str:
    """``query`` trimmed and folded as ``searchable_as_is`` folds a text."""
    return searchable_as_is(query.strip()).text


def needs_whole_texts(folded: str) -> bool:
    """Whether the paragraph index may miss a query (folded by ``folded_as_is``): it holds a
    line break or a subscript's markup."""
    return not _NOT_IN_INDEX.isdisjoint(folded)


def whole_text_hits(
    conn: sqlite3.Connection,
    folded: str,
    *,
    limit: int,
    report_ids: Collection[ReportId] | None = None,
) -> list[SearchHit]:
    """Every non-overlapping occurrence of ``folded`` in each report's whole text, by report
    then position; a hit is filed under the paragraph it starts in.

    Args:
        conn: the library.
        folded: the query, folded by ``folded_as_is``.
        limit: stop after this many hits.
        report_ids: search only these reports (None: all).
    """
    if not folded or limit <= 0:
        return []
    sql = "SELECT report_id, text FROM report_texts"
    params: list[int] = []
    if report_ids is not None:
        params = [int(r) for r in report_ids]
        if not params:
            return []
        sql += f" WHERE report_id IN ({','.join('?' * len(params))})"
    hits: list[SearchHit] = []
    for report_id, text in conn.execute(sql + " ORDER BY report_id", params).fetchall():
        norm = searchable_as_is(text)
        found = occurrences(norm.text, folded)
        if not found:
            continue
        starts, indices = _paragraph_starts(conn, report_id)
        for at in found[: limit - len(hits)]:
            start, end = norm.span_to_original(at, at + len(folded))
            paragraph = indices[max(0, bisect_right(starts, start) - 1)] if starts else 0
            hits.append(SearchHit(ReportId(report_id), paragraph, start, end))
        if len(hits) >= limit:
            break
    return hits


def _paragraph_starts(conn: sqlite3.Connection, report_id: int) -> tuple[list[int], list[int]]:
    rows = conn.execute(
        "SELECT start, idx FROM paragraphs WHERE report_id = ? ORDER BY start", (report_id,)
    ).fetchall()
    return [row[0] for row in rows], [row[1] for row in rows]
