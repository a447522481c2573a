"""Annotations changed: highlights added, edited, moved, deleted and restored, and the palette;
each change is one transaction. Reading them is ``AnnotationReads`` (annotation_reads.py).

A report's annotations are never deleted with it silently: the ``annotations.report_id``
foreign key has no cascade, so removing an annotated report fails unless its annotations are
removed first, in the same transaction, after the user was told how many
(``count_annotations``, ``remove_report_with_annotations``).
"""

from __future__ import annotations

from collections.abc import Sequence

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
from core.store.annotation_reads import AnnotationReads
from core.store.annotation_rows import insert_annotation, set_anchor, timestamp, write_tags
from core.store.library_errors import told_as_store_errors
from core.store.report_store import ReportStore


class AnnotationStore(AnnotationReads):
    """The annotations of one library, read and changed; reached through
    ``annotations_of(store)``.

    Args:
        store: the open library; its connection and transactions are shared.
    """

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
        now = timestamp()
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
            new_id = insert_annotation(self._conn, record, False, self._store.path.name)
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
                    timestamp(),
                    annotation_id,
                ),
            )
            if tags is not None:
                write_tags(self._conn, annotation_id, tags)
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
            set_anchor(self._conn, annotation_id, anchor, status)
        return self.get(annotation_id)

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
                set_anchor(self._conn, annotation_id, anchor, status)
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
            insert_annotation(self._conn, annotation, True, self._store.path.name)
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
