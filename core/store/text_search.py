"""Finding a query in the library's texts, and showing each hit in its context.

The bigram index (``search_index``) gives the paragraphs that contain the query; their
searchable text is scanned for its exact places, so the hits are those of a plain substring
scan, mapped back to offsets into each report's text as read. Snippets of many hits are read
with one query per report, not one per hit.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import Any

from core.errors import ReportNotFoundError
from core.markup import stretch_marks, without_marks
from core.model import ReportId
from core.store.records import SearchHit, Snippet
from core.store.search_index import match_expression, occurrences, to_original
from core.text import normalise_query


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
            folded, Latin letters in any case); a match is a non-overlapping occurrence
            inside one paragraph, exactly what a substring scan of each paragraph's
            searchable text finds, for queries of any length.
        limit: stop after this many hits.
        report_ids: search only these reports (None: all).

    Returns:
        Hits with offsets into each report's text as read.
    """
    folded = normalise_query(query)
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
    # No ORDER BY: FTS5 yields rows by rowid, and paragraph ids (never reused) run in
    # report-then-position order, so hits stream and the loop can stop at ``limit``.
    hits: list[SearchHit] = []
    size = len(folded)
    for report_id, paragraph, base, norm, breaks in conn.execute(sql, params):
        found = occurrences(norm, folded)
        if not breaks:  # the common case: offsets run in step with the text as read
            found = found[: limit - len(hits)]
            hits.extend(
                [SearchHit(report_id, paragraph, base + at, base + at + size) for at in found]
            )
        else:
            for at in found[: limit - len(hits)]:
                start = to_original(breaks, base, at)
                end = to_original(breaks, base, at + size - 1) + 1
                hits.append(SearchHit(report_id, paragraph, start, end))
        if len(hits) >= limit:
            return hits
    return hits


def snippets_of(
    conn: sqlite3.Connection,
    hits: Sequence[SearchHit],
    text_of: Callable[[ReportId], str],
    width: int = 40,
) -> list[Snippet]:
    """Each hit with up to ``width`` characters of its paragraph on each side, on one line; an
    end that cuts the paragraph short is marked ``…``. Markdown marks (``###``, ``**``) are
    left out, as the reader draws them as nothing.

    Args:
        conn: the library.
        hits: hits of ``find_hits``.
        text_of: a report's text as read (the store keeps the last few).
        width: characters of context on each side.

    Raises:
        ReportNotFoundError: a hit's report or paragraph is no longer in the library.
    """
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
    result = []
    for hit in hits:
        paragraph = bounds.get((hit.report_id, hit.paragraph_index))
        if paragraph is None:
            raise ReportNotFoundError(f"there is no report {hit.report_id} in the library")
        text = text_of(hit.report_id)
        start = max(paragraph[0], hit.start - width)
        end = min(paragraph[1], hit.end + width)
        before = "…" if start > paragraph[0] else ""
        after = "…" if end < paragraph[1] else ""
        markup = stretch_marks(text, *paragraph)
        head = without_marks(text, start, hit.start, markup)
        found = without_marks(text, hit.start, hit.end, markup)
        tail = without_marks(text, hit.end, end, markup)
        match_start = len(before) + len(head)
        result.append(
            Snippet(
                before + (head + found + tail).replace("\n", " ") + after,
                match_start,
                match_start + len(found),
            )
        )
    return result
