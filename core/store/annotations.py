"""Annotation SQL: highlights, their tags and the palette; each change is one transaction.

A report's annotations are never deleted with it silently: the ``annotations.report_id``
foreign key has no cascade, so removing an annotated report fails unless its annotations are
removed first, in the same transaction, after the user was told how many
(``count_annotations``, ``remove_report_with_annotations``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.errors import ReportLensError, StoreError
from core.model import ReportId
from core.notes.palette import check_palette
from core.notes.records import (
    Anchor,
    AnchorStatus,
    Annotation,
    AnnotationId,
    PaletteColour,
    clean_tags,
)
from core.store.library_errors import told_as_store_errors
from core.store.report_store import ReportStore


class AnnotationNotFoundError(ReportLensError):
    """No annotation with the id the user gave."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ReportCount:
    """How many of a report's annotations match a search, and how many of them are orphans."""

    report_id: ReportId
    count: int
    orphans: int


def _filter(
    text: str, colour: str | None, tag: str | None, report: ReportId | None, orphaned: bool
) -> tuple[str, list[object]]:
    """The WHERE clause (over ``annotations a``) and its parameters for a search's filters."""
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


class AnnotationStore:
    """The annotations of one library; reached through ``annotations_of(store)``.

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

    # -- reading ------------------------------------------------------------------------

    def _tags(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        tags: dict[int, list[str]] = {i: [] for i in ids}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(
                f"SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN ({marks}) "
                "ORDER BY annotation_id, position",
                chunk,
            ):
                tags[row["annotation_id"]].append(row["tag"])
        return {i: tuple(t) for i, t in tags.items()}

    def _records(self, rows: Sequence[Any]) -> list[Annotation]:
        tags = self._tags([row["id"] for row in rows])
        return [
            Annotation(
                id=AnnotationId(row["id"]),
                report_id=ReportId(row["report_id"]),
                anchor=Anchor(
                    row["quote"],
                    row["prefix"],
                    row["suffix"],
                    row["start"],
                    row["end"],
                    tuple(json.loads(row["section_path"])),
                ),
                colour=row["colour"],
                note=row["note"],
                tags=tags[row["id"]],
                created_at=row["created_at"],
                updated_at=row["updated_at"],
                status=AnchorStatus(row["status"]),
                origin_id=None if row["origin_id"] is None else AnnotationId(row["origin_id"]),
            )
            for row in rows
        ]

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
        return self._records([row])[0]

    @told_as_store_errors
    def for_report(self, report_id: ReportId) -> list[Annotation]:
        """A report's annotations in text order."""
        rows = self._conn.execute(
            'SELECT * FROM annotations WHERE report_id = ? ORDER BY start, "end", id',
            (report_id,),
        ).fetchall()
        return self._records(rows)

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
        where, params = _filter(text, colour, tag, report, orphaned)
        rows = self._conn.execute(
            f'SELECT a.* FROM annotations a {where} ORDER BY a.report_id, a.start, a."end", a.id',
            params,
        ).fetchall()
        return self._records(rows)

    @told_as_store_errors
    def report_counts(
        self, text: str = "", *, colour: str | None = None, tag: str | None = None
    ) -> list[ReportCount]:
        """The reports with annotations matching the filters (as for ``search``), with how
        many match and how many of those await placing, by report: what a list of every
        report's annotations shows before any report's are read.
        """
        where, params = _filter(text, colour, tag, None, False)
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

    # -- writing ------------------------------------------------------------------------

    def _write_tags(self, annotation_id: int, tags: Sequence[str]) -> None:
        self._conn.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (annotation_id,))
        self._conn.executemany(
            "INSERT INTO annotation_tags (annotation_id, position, tag) VALUES (?, ?, ?)",
            [(annotation_id, i, tag) for i, tag in enumerate(clean_tags(tags))],
        )

    def _insert(self, annotation: Annotation, keep_id: bool) -> AnnotationId:
        a = annotation.anchor
        columns = (
            'report_id, quote, prefix, suffix, start, "end", section_path, colour, note, '
            "status, origin_id, created_at, updated_at"
        )
        values: list[Any] = [
            annotation.report_id,
            a.quote,
            a.prefix,
            a.suffix,
            a.start,
            a.end,
            json.dumps(list(a.section_path), ensure_ascii=False),
            annotation.colour,
            annotation.note,
            annotation.status.value,
            annotation.origin_id,
            annotation.created_at,
            annotation.updated_at,
        ]
        if keep_id:
            columns = "id, " + columns
            values.insert(0, annotation.id)
        marks = ", ".join("?" * len(values))
        try:
            cursor = self._conn.execute(
                f"INSERT INTO annotations ({columns}) VALUES ({marks})", values
            )
        except sqlite3.IntegrityError as error:
            raise StoreError(
                f"{self._store.path.name}: the annotation could not be saved ({error})"
            ) from error
        new_id = int(cursor.lastrowid or 0)
        self._write_tags(new_id, annotation.tags)
        return AnnotationId(new_id)

    @told_as_store_errors
    def add(
        self,
        report_id: ReportId,
        anchor: Anchor,
        colour: str,
        note: str = "",
        tags: Sequence[str] = (),
        *,
        status: AnchorStatus = AnchorStatus.PLACED,
        origin_id: AnnotationId | None = None,
    ) -> Annotation:
        """Save a new annotation (one transaction) and return it with its id.

        Args:
            report_id: the report annotated.
            anchor: the passage's anchor (``core.notes.anchors.make_anchor``).
            colour: a palette key.
            note: a Markdown note.
            tags: tags (cleaned: stripped, without repeats).
            status: placed, unless it is saved orphaned.
            origin_id: the annotation this one was carried from.
        """
        now = _now()
        record = Annotation(
            AnnotationId(0),
            report_id,
            anchor,
            colour,
            note,
            clean_tags(tags),
            now,
            now,
            status,
            origin_id,
        )
        with self._store.atomic():
            new_id = self._insert(record, keep_id=False)
        return self.get(new_id)

    @told_as_store_errors
    def update(
        self,
        annotation_id: AnnotationId,
        *,
        colour: str | None = None,
        note: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> Annotation:
        """Change an annotation's colour, note or tags (what is None stays as it is)."""
        with self._store.atomic():
            current = self.get(annotation_id)
            self._conn.execute(
                "UPDATE annotations SET colour = ?, note = ?, updated_at = ? WHERE id = ?",
                (
                    current.colour if colour is None else colour,
                    current.note if note is None else note,
                    _now(),
                    annotation_id,
                ),
            )
            if tags is not None:
                self._write_tags(annotation_id, tags)
        return self.get(annotation_id)

    @told_as_store_errors
    def move(
        self,
        annotation_id: AnnotationId,
        anchor: Anchor,
        status: AnchorStatus = AnchorStatus.PLACED,
    ) -> Annotation:
        """Put an annotation on another passage of its report (placing an orphan by hand)."""
        with self._store.atomic():
            self.get(annotation_id)
            self._set_anchor(annotation_id, anchor, status)
        return self.get(annotation_id)

    def _set_anchor(self, annotation_id: int, anchor: Anchor, status: AnchorStatus) -> None:
        self._conn.execute(
            'UPDATE annotations SET quote = ?, prefix = ?, suffix = ?, start = ?, "end" = ?, '
            "section_path = ?, status = ?, updated_at = ? WHERE id = ?",
            (
                anchor.quote,
                anchor.prefix,
                anchor.suffix,
                anchor.start,
                anchor.end,
                json.dumps(list(anchor.section_path), ensure_ascii=False),
                status.value,
                _now(),
                annotation_id,
            ),
        )

    @told_as_store_errors
    def rebase(
        self,
        placements: Sequence[tuple[AnnotationId, Anchor, AnchorStatus]],
        report_id: ReportId | None = None,
    ) -> None:
        """Give many annotations new anchors at once, optionally moving them to another report.

        Args:
            placements: ``(id, new anchor, status)`` for each annotation (an orphan keeps its
                old anchor and gets ``orphaned``).
            report_id: the report they now belong to (a re-imported edition), or None.
        """
        with self._store.atomic():
            for annotation_id, anchor, status in placements:
                self._set_anchor(annotation_id, anchor, status)
                if report_id is not None:
                    self._conn.execute(
                        "UPDATE annotations SET report_id = ? WHERE id = ?",
                        (report_id, annotation_id),
                    )

    @told_as_store_errors
    def delete(self, annotation_id: AnnotationId) -> Annotation:
        """Delete an annotation; returns it as it was, so that ``restore`` can undo this."""
        with self._store.atomic():
            gone = self.get(annotation_id)
            self._conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
        return gone

    @told_as_store_errors
    def restore(self, annotation: Annotation) -> Annotation:
        """Put a deleted annotation back, with its id, times and tags (undo of ``delete``)."""
        with self._store.atomic():
            self._insert(annotation, keep_id=True)
        return self.get(annotation.id)

    @told_as_store_errors
    def remove_report_with_annotations(self, report_id: ReportId) -> int:
        """Remove a report and its annotations in one transaction; returns how many went.

        Call only after the user agreed, having been told ``count_annotations(report_id)``.
        """
        with self._store.atomic():
            count = self.count_annotations(report_id)
            self._conn.execute("DELETE FROM annotations WHERE report_id = ?", (report_id,))
            self._store.remove_report(report_id)
        return count

    @told_as_store_errors
    def set_palette(self, colours: Sequence[PaletteColour]) -> tuple[PaletteColour, ...]:
        """Replace the palette (checked by ``core.notes.palette.check_palette``).

        Raises:
            ValueError: the palette is not valid.
        """
        checked = check_palette(colours)
        with self._store.atomic():
            self._conn.execute("DELETE FROM palette")
            self._conn.executemany(
                "INSERT INTO palette (key, position, colour, meaning) VALUES (?, ?, ?, ?)",
                [(c.key, i, c.colour, c.meaning) for i, c in enumerate(checked)],
            )
        return self.palette()


def annotations_of(store: ReportStore) -> AnnotationStore:
    """The annotations of the library ``store``."""
    return AnnotationStore(store)
