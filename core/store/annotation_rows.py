"""An annotation as rows: read back into records with their tags, inserted, re-anchored.

Plain SQL over the library's connection, run inside the caller's transaction
(``AnnotationStore``); the anchor's section path is stored as JSON.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from core.errors import StoreError
from core.model import ReportId
from core.notes.records import Anchor, AnchorStatus, Annotation, AnnotationId, clean_tags


def timestamp() -> str:
    """Now, as an annotation's times are stored (UTC, to the second)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _tags(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    tags: dict[int, list[str]] = {i: [] for i in ids}
    for chunk_start in range(0, len(ids), 500):
        chunk = list(ids[chunk_start : chunk_start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN ({marks}) "
            "ORDER BY annotation_id, position",
            chunk,
        ):
            tags[row["annotation_id"]].append(row["tag"])
    return {i: tuple(t) for i, t in tags.items()}


def annotation_records(conn: sqlite3.Connection, rows: Sequence[Any]) -> list[Annotation]:
    """The annotations of ``rows`` (of the annotations table), with their tags."""
    tags = _tags(conn, [row["id"] for row in rows])
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


def write_tags(conn: sqlite3.Connection, annotation_id: int, tags: Sequence[str]) -> None:
    """Replace an annotation's tags (cleaned: stripped, without repeats), in their order."""
    conn.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (annotation_id,))
    conn.executemany(
        "INSERT INTO annotation_tags (annotation_id, position, tag) VALUES (?, ?, ?)",
        [(annotation_id, i, tag) for i, tag in enumerate(clean_tags(tags))],
    )


def insert_annotation(
    conn: sqlite3.Connection, annotation: Annotation, keep_id: bool, library_name: str
) -> AnnotationId:
    """Insert ``annotation`` and its tags; its id (``annotation.id`` when ``keep_id``).

    Args:
        library_name: the library file's name, said when the annotation is refused.

    Raises:
        StoreError: the library refuses it (its report is gone).
    """
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
        cursor = conn.execute(f"INSERT INTO annotations ({columns}) VALUES ({marks})", values)
    except sqlite3.IntegrityError as error:
        raise StoreError(f"{library_name}: the annotation could not be saved ({error})") from error
    new_id = int(cursor.lastrowid or 0)
    write_tags(conn, new_id, annotation.tags)
    return AnnotationId(new_id)


def set_anchor(
    conn: sqlite3.Connection, annotation_id: int, anchor: Anchor, status: AnchorStatus
) -> None:
    """Give an annotation a new anchor and status (its time of change now)."""
    conn.execute(
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
            timestamp(),
            annotation_id,
        ),
    )
