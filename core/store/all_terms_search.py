"""Finding the paragraphs that hold every term of a query, with each term's hits in them.

The bigram index (``search_index``) gives the paragraphs holding all the terms in one query
(the terms' phrases joined by FTS5's AND); each candidate's searchable text is then scanned
for every term's exact places, as a single term is found (``text_search``), so what is found
is what a plain substring scan of each paragraph finds. A term the index cannot hold (a
subscript's markup: ``whole_text_scan``) is found term by term through ``find_hits`` and the
paragraphs compared.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any

from core.model import ReportId
from core.store.records import SearchHit
from core.store.search_index import match_expression
from core.store.text_search import find_hits, hits_in_paragraph
from core.store.whole_text_scan import folded_as_is, needs_whole_texts
from core.text import normalise_query

_Paragraph = tuple[int, int]  # (report, paragraph index)


def find_paragraphs_with_all(
    conn: sqlite3.Connection,
    terms: Sequence[str],
    *,
    limit: int,
    report_ids: Collection[ReportId] | None = None,
) -> list[SearchHit]:
    """Every term's hits in the paragraphs holding all ``terms``, by report then position.

    Args:
        conn: the library.
        terms: what to find, each normalised like the texts and found as ``find_hits`` finds
            a query (``core.search_query`` reads them from what the user typed).
        limit: stop after this many paragraphs.
        report_ids: search only these reports (None: all).

    Returns:
        The hits of the first ``limit`` paragraphs holding every term; where two terms'
        hits overlap (``增长`` and ``增长6%``) they are one hit over both.
    """
    folded = list(dict.fromkeys(f for f in map(normalise_query, terms) if f))
    if not folded or limit <= 0 or (report_ids is not None and not report_ids):
        return []
    if any(needs_whole_texts(folded_as_is(term)) for term in terms):
        return _term_by_term(conn, terms, limit, report_ids)
    sql = (
        "SELECT p.report_id, p.idx, p.start, p.norm, p.breaks FROM paragraph_index "
        "JOIN paragraphs p ON p.id = paragraph_index.rowid "
        "WHERE paragraph_index MATCH ?"
    )
    params: list[Any] = [" AND ".join(map(match_expression, folded))]
    if report_ids is not None:
        ids = list(report_ids)
        sql += f" AND p.report_id IN ({','.join('?' * len(ids))})"
        params.extend(ids)
    hits: list[SearchHit] = []
    texts: dict[int, str] = {}
    paragraphs = 0
    # No ORDER BY: FTS5 yields rows by rowid, in report-then-position order (text_search).
    for row in conn.execute(sql, params):
        found = [hits_in_paragraph(conn, row, term, texts) for term in folded]
        if not all(found):
            continue
        hits.extend(_joined([hit for term_hits in found for hit in term_hits]))
        paragraphs += 1
        if paragraphs >= limit:
            break
    return hits


def _term_by_term(
    conn: sqlite3.Connection,
    terms: Sequence[str],
    limit: int,
    report_ids: Collection[ReportId] | None,
) -> list[SearchHit]:
    """``find_paragraphs_with_all`` for terms the index cannot hold all of: each term found
    everywhere, its paragraphs compared."""
    by_paragraph: list[dict[_Paragraph, list[SearchHit]]] = []
    for term in terms:
        found: dict[_Paragraph, list[SearchHit]] = defaultdict(list)
        for hit in find_hits(conn, term, limit=10**9, report_ids=report_ids):
            found[(hit.report_id, hit.paragraph_index)].append(hit)
        by_paragraph.append(found)
    common = set(by_paragraph[0]).intersection(*by_paragraph[1:])
    hits: list[SearchHit] = []
    for paragraph in sorted(common)[:limit]:
        hits.extend(_joined([hit for found in by_paragraph for hit in found[paragraph]]))
    return hits


def _joined(hits: list[SearchHit]) -> list[SearchHit]:
    """``hits`` of one paragraph in order, hits that overlap made one."""
    joined: list[SearchHit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        last = joined[-1] if joined else None
        if last is not None and hit.start < last.end:
            if hit.end > last.end:
                joined[-1] = last._replace(end=hit.end)
            continue
        joined.append(hit)
    return joined


def paragraphs_with_each(
    conn: sqlite3.Connection,
    terms: Sequence[str],
    report_ids: Collection[ReportId] | None = None,
) -> list[int]:
    """How many paragraphs hold each of ``terms``, in their order: what a search that found
    no paragraph with all of them tells of each.

    Args:
        conn: the library.
        terms: the terms, as ``find_paragraphs_with_all`` takes them.
        report_ids: count in these reports only (None: all).
    """
    counts = []
    for term in terms:
        folded = normalise_query(term)
        if not folded or (report_ids is not None and not report_ids):
            counts.append(0)
        elif needs_whole_texts(folded_as_is(term)):
            found = find_hits(conn, term, limit=10**9, report_ids=report_ids)
            counts.append(len({(h.report_id, h.paragraph_index) for h in found}))
        else:
            sql = (
                "SELECT count(*) FROM paragraph_index "
                "JOIN paragraphs p ON p.id = paragraph_index.rowid "
                "WHERE paragraph_index MATCH ?"
            )
            params: list[Any] = [match_expression(folded)]
            if report_ids is not None:
                ids = list(report_ids)
                sql += f" AND p.report_id IN ({','.join('?' * len(ids))})"
                params.extend(ids)
            counts.append(int(conn.execute(sql, params).fetchone()[0]))
    return counts
