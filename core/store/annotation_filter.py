"""The WHERE clause of an annotation search: its words, colour, tag, report and orphans."""

from __future__ import annotations

from core.model import ReportId
from core.notes.records import AnchorStatus


def annotation_filter(
    text: str, colour: str | None, tag: str | None, report: ReportId | None, orphaned: bool
) -> tuple[str, list[object]]:
    """The WHERE clause (over ``annotations a``) and its parameters for a search's filters.

    Args:
        text: words the quote, note or a tag contains (case-insensitive); empty: any.
        colour: only this palette colour (None: any).
        tag: only annotations carrying this tag (None: any).
        report: only this report's annotations (None: every report's).
        orphaned: only annotations awaiting placing by hand.
    """
    clauses: list[str] = []
    params: list[object] = []
    if report is not None:
        clauses.append("a.report_id = ?")
        params.append(report)
    if text:
        like = f"%{text.strip().lower()}%"
        # A quote holding a word that extraction broke across lines (``地`` / ``区生产总值``)
        # is found by the whole word, as it reads.
        unbroken = f"%{''.join(text.lower().split())}%"
        clauses.append(
            "(lower(a.quote) LIKE ? OR replace(replace(replace(replace(lower(a.quote), "
            "char(10), ''), char(9), ''), ' ', ''), char(12288), '') LIKE ? "
            "OR lower(a.note) LIKE ? OR EXISTS (SELECT 1 FROM "
            "annotation_tags t WHERE t.annotation_id = a.id AND lower(t.tag) LIKE ?))"
        )
        params += [like, unbroken, like, like]
    if colour:
        clauses.append("a.colour = ?")
        params.append(colour)
    if tag:
        clauses.append(
            "EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id AND t.tag = ?)"
        )
        params.append(tag)
    if orphaned:
        clauses.append("a.status = ?")
        params.append(AnchorStatus.ORPHANED.value)
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params
