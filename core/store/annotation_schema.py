"""The annotation tables' migration: annotations, tags, palette (no cascade from reports)."""

from __future__ import annotations

import sqlite3

from core.notes.palette import DEFAULT_PALETTE


def create_annotation_tables(conn: sqlite3.Connection) -> None:
    """Migration: the annotations, annotation_tags and palette tables, with the default palette."""
    for statement in (
        """CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id),
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            section_path TEXT NOT NULL,
            colour TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            origin_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX annotations_report ON annotations(report_id, start)",
        """CREATE TABLE annotation_tags (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (annotation_id, tag)
        )""",
        "CREATE INDEX annotation_tags_tag ON annotation_tags(tag)",
        """CREATE TABLE palette (
            key TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            colour TEXT NOT NULL,
            meaning TEXT NOT NULL
        )""",
    ):
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO palette (key, position, colour, meaning) VALUES (?, ?, ?, ?)",
        [(c.key, i, c.colour, c.meaning) for i, c in enumerate(DEFAULT_PALETTE)],
    )
