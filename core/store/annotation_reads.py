"""AnnotationReads: a library's annotations read: one, a report's, a search's, their counts,
the tags in use and the palette."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from core.errors import ReportLensError, StoreError
from core.model import ReportId
from core.notes.records import AnchorStatus, Annotation, AnnotationId, PaletteColour
from core.store.annotation_filter import annotation_filter
from core.store.annotation_rows import annotation_records
from core.store.library_errors import told_as_store_errors
from core.store.report_store import ReportStore


class AnnotationNotFoundError(ReportLensError):
    """No annotation with the id the user gave."""


@dataclass(frozen=True)
class ReportCount:
    """How many of a report's annotations match a search, and how many of them are orphans."""

    report_id: ReportId
    count: int
    orphans: int


class AnnotationReads:
    """The reading of one library's annotations.

    Args:
        store: the open library; its connection and transactions are shared.
    """

    def __init__(self, store: ReportStore) -> None:
        self._store = store
        # The same package owns the connection: annotation SQL is kept apart by topic only.
        self._conn: sqlite3.Connection = store._conn

    def failure(self, error: sqlite3.DatabaseError) -> StoreError:
        """The StoreError telling the user why the library failed (``ReportStore.failure``)."""
        return self._store.failure(error)

    @told_as_store_errors
    def get(self, annotation_id: AnnotationId) -> Annotation:
        """One annotation.

        Raises:
            AnnotationNotFoundError: there is none with this id.
        """
        row = self._conn.execute(
            "SELECT * FROM annotations WHERE id = ?", (annotation_id,)
        ).fetchone()
        if row is None:
            raise AnnotationNotFoundError(f"there is no annotation {annotation_id}")
        return annotation_records(self._conn, [row])[0]

    @told_as_store_errors
    def for_report(self, report_id: ReportId) -> list[Annotation]:
        """A report's annotations in text order."""
        rows = self._conn.execute(
            'SELECT * FROM annotations WHERE report_id = ? ORDER BY start, "end", id',
            (report_id,),
        ).fetchall()
        return annotation_records(self._conn, rows)

    @told_as_store_errors
    def search(
        self,
        text: str = "",
        *,
        colour: str | None = None,
        tag: str | None = None,
        report: ReportId | None = None,
        orphaned: bool = False,
    ) -> list[Annotation]:
        """Annotations whose quote, note or tags contain ``text``, by report and place.

        Args:
            text: words to look for (case-insensitive); empty: every annotation.
            colour: only this palette colour.
            tag: only annotations carrying this tag.
            report: only this report's annotations (None: every report's).
            orphaned: only annotations awaiting placing by hand.
        """
        where, params = annotation_filter(text, colour, tag, report, orphaned)
        rows = self._conn.execute(
            f'SELECT a.* FROM annotations a {where} ORDER BY a.report_id, a.start, a."end", a.id',
            params,
        ).fetchall()
        return annotation_records(self._conn, rows)

    @told_as_store_errors
    def report_counts(
        self, text: str = "", *, colour: str | None = None, tag: str | None = None
    ) -> list[ReportCount]:
        """The reports with annotations matching the filters (as for ``search``), with how
        many match and how many of those await placing, by report: what a list of every
        report's annotations shows before any report's are read.
        """
        where, params = annotation_filter(text, colour, tag, None, False)
        rows = self._conn.execute(
            f"SELECT a.report_id, count(*), sum(a.status = ?) FROM annotations a {where} "
            "GROUP BY a.report_id ORDER BY a.report_id",
            [AnchorStatus.ORPHANED.value, *params],
        ).fetchall()
        return [ReportCount(ReportId(row[0]), int(row[1]), int(row[2])) for row in rows]

    @told_as_store_errors
    def count_annotations(self, report_id: ReportId) -> int:
        """How many annotations a report has (said to the user before it is removed)."""
        row = self._conn.execute(
            "SELECT count(*) FROM annotations WHERE report_id = ?", (report_id,)
        ).fetchone()
        return int(row[0])

    @told_as_store_errors
    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag in use with how many annotations carry it, most used first."""
        rows = self._conn.execute(
            "SELECT tag, count(*) AS n FROM annotation_tags GROUP BY tag ORDER BY n DESC, tag"
        ).fetchall()
        return [(row["tag"], int(row["n"])) for row in rows]

    @told_as_store_errors
    def palette(self) -> tuple[PaletteColour, ...]:
        """The highlight palette in its order (the first is Ctrl+1)."""
        rows = self._conn.execute("SELECT * FROM palette ORDER BY position").fetchall()
        return tuple(PaletteColour(row["key"], row["colour"], row["meaning"]) for row in rows)
