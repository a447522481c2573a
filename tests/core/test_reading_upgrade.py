"""A report read by an earlier reading is read again from its stored text when the library
opens, keeping its annotations; a library that cannot be written keeps the old reading."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.analysis import analyse_text
from core.errors import StoreError
from core.importer import import_paths
from core.library import open_library
from core.model import ReportId
from core.notes.anchors import section_path_at
from core.notes.library_notes import annotate
from core.reader_version import READER_VERSION
from core.reading_upgrade import reread_stale_reports
from core.store import ReportStore
from core.store.annotations import annotations_of
from core.store.search_index import gram_tokens, index_paragraph

# In the 长治 2024 report: paragraph 3 closes the review's opening, paragraph 4 is area (一).
MERGED = (3, 4)
NOTED = (300, 310)  # inside area (一)


def _as_an_earlier_reading_left_it(conn: sqlite3.Connection, report_id: ReportId) -> None:
    """Rewrite a report's stored reading by SQL as an earlier reading could have made it:
    parts only (no areas), paragraphs 3 and 4 read as one, and reader version 0."""
    conn.execute("BEGIN")
    conn.execute("DELETE FROM sections WHERE report_id = ? AND parent IS NOT NULL", (report_id,))
    (text,) = conn.execute(
        "SELECT text FROM report_texts WHERE report_id = ?", (report_id,)
    ).fetchone()
    first, second = (
        conn.execute(
            'SELECT id, start, "end", token_lengths, norm FROM paragraphs '
            "WHERE report_id = ? AND idx = ?",
            (report_id, index),
        ).fetchone()
        for index in MERGED
    )
    for paragraph_id, _start, _end, _lengths, norm in (first, second):
        conn.execute(
            "INSERT INTO paragraph_index (paragraph_index, rowid, grams) VALUES ('delete', ?, ?)",
            (paragraph_id, gram_tokens(norm)),
        )
    gap = second[1] - first[2]
    body = text[first[1] : second[2]]
    entry = index_paragraph(body)
    conn.execute(
        'UPDATE paragraphs SET "end" = ?, token_lengths = ?, norm = ?, breaks = ? WHERE id = ?',
        (second[2], f"{first[3]},{gap},{second[3]}", entry.norm, entry.breaks, first[0]),
    )
    conn.execute(
        "INSERT INTO paragraph_index (rowid, grams) VALUES (?, ?)", (first[0], entry.grams)
    )
    conn.execute("DELETE FROM paragraphs WHERE id = ?", (second[0],))
    # Two steps: the (report, idx) index is unique at every row.
    conn.execute(
        "UPDATE paragraphs SET idx = idx + 100000 WHERE report_id = ? AND idx > ?",
        (report_id, MERGED[1]),
    )
    conn.execute(
        "UPDATE paragraphs SET idx = idx - 100001 WHERE report_id = ? AND idx > 100000",
        (report_id,),
    )
    conn.execute("UPDATE reports SET reader = 0 WHERE id = ?", (report_id,))
    conn.execute("COMMIT")


def _library_with_an_earlier_reading(
    library: Path, samples: dict[str, Path]
) -> tuple[ReportId, ReportId]:
    """A library of two reports, the first as an earlier reading left it, annotated then."""
    with open_library(str(library)) as store:
        outcomes = import_paths(store, [samples["cz2024"], samples["jc2024"]])
        old, other = (ReportId(o.report_id or 0) for o in outcomes)
        _as_an_earlier_reading_left_it(store._conn, old)
        note = annotate(store, old, *NOTED, "yellow", note="项目为王", tags=["投资"])
        assert note.anchor.section_path == ("2023年工作回顾",)
    return old, other


def _paragraph_ids(store: ReportStore) -> list[tuple[int, int, int]]:
    rows = store._conn.execute("SELECT id, report_id, idx FROM paragraphs ORDER BY id")
    return [(row[0], row[1], row[2]) for row in rows]


def test_an_earlier_reading_is_read_again_when_the_library_opens(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    library = tmp_path / "lib.sqlite3"
    old, other = _library_with_an_earlier_reading(library, samples)
    with ReportStore.open(library, read_only=True) as store:  # as stored
        assert (
            len(store.paragraphs(old)) == len(analyse_text(store.report(old).text).paragraphs) - 1
        )
    with open_library(str(library)) as store:
        text = store.report(old).text
        fresh = analyse_text(text)
        assert store.outline(old) == fresh.outline
        assert store.paragraphs(old) == list(fresh.paragraphs)
        tokens = store.paragraph_tokens(old)
        assert ["".join(t) for t in tokens] == [text[p.start : p.end] for p in fresh.paragraphs]
        (reader,) = store._conn.execute(
            "SELECT reader FROM reports WHERE id = ?", (old,)
        ).fetchone()
        assert reader == READER_VERSION
        # The search index holds the new paragraphs, found in report-then-position order.
        (hit,) = [h for h in store.search("第一支撑") if h.report_id == old][:1]
        assert hit.paragraph_index == MERGED[1]
        assert text[hit.start : hit.end] == "第一支撑"
        ids = _paragraph_ids(store)
        assert [(r, i) for _id, r, i in ids] == sorted((r, i) for _id, r, i in ids)
        assert {r for _id, r, _i in ids} == {old, other}
        # The annotation is where it was, with its note and tags, under the area it lies in.
        (note,) = annotations_of(store).for_report(old)
        assert (note.anchor.start, note.anchor.end) == NOTED
        assert note.anchor.quote == text[NOTED[0] : NOTED[1]]
        assert (note.note, note.tags) == ("项目为王", ("投资",))
        assert note.anchor.section_path == section_path_at(fresh.outline, NOTED[0])
        assert len(note.anchor.section_path) == 2
        assert store.numbers(old) is not None
    with open_library(str(library)) as store:
        assert reread_stale_reports(store) == []  # read once


def test_a_command_that_only_reads_sees_the_new_reading(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    """``reportlens outline`` or ``search`` run first after an update shows what the window
    and the writing commands show, not the reading an earlier version stored."""
    library = tmp_path / "lib.sqlite3"
    old, _other = _library_with_an_earlier_reading(library, samples)
    with open_library(str(library), read_only=True) as store:
        assert store.read_only
        fresh = analyse_text(store.report(old).text)
        assert store.outline(old) == fresh.outline
        assert store.paragraphs(old) == list(fresh.paragraphs)


def test_a_library_that_cannot_be_written_keeps_the_old_reading(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    library = tmp_path / "lib.sqlite3"
    old, _other = _library_with_an_earlier_reading(library, samples)
    with open_library(str(library), reread=False) as store:
        before = (store.outline(old), store.paragraphs(old), store.paragraph_tokens(old))
        store._conn.execute("PRAGMA busy_timeout = 0")
        holder = sqlite3.connect(library, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another program writing the library
        try:
            with pytest.raises(StoreError):
                reread_stale_reports(store)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert (store.outline(old), store.paragraphs(old), store.paragraph_tokens(old)) == before
        assert reread_stale_reports(store) == [old]


def test_a_report_that_reads_the_same_is_only_marked_and_keeps_its_rows(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    """Most reports read the same by a newer reading: they are marked, not tokenised again,
    and their paragraphs keep their ids (no search rows are rewritten)."""
    library = tmp_path / "lib.sqlite3"
    old, other = _library_with_an_earlier_reading(library, samples)
    with open_library(str(library), reread=False) as store:
        store._conn.execute("UPDATE reports SET reader = 0 WHERE id = ?", (other,))
        kept = [row for row in _paragraph_ids(store) if row[1] == other]
        changed = reread_stale_reports(store)
        assert changed == [old]  # 晋城's reading is the same: not among the changed
        assert [row for row in _paragraph_ids(store) if row[1] == other] == kept
        readers = dict(store._conn.execute("SELECT id, reader FROM reports").fetchall())
        assert readers == {old: READER_VERSION, other: READER_VERSION}


def test_a_report_that_cannot_be_read_again_does_not_keep_the_library_from_opening(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    """A report whose stored text cannot be read (bytes that are not UTF-8) keeps its old
    reading and is tried again at the next opening; the other reports are read again and the
    library opens."""
    library = tmp_path / "lib.sqlite3"
    old, other = _library_with_an_earlier_reading(library, samples)
    with open_library(str(library), reread=False) as store:
        store._conn.execute("UPDATE reports SET reader = 0 WHERE id = ?", (other,))
        store._conn.execute(
            "UPDATE report_texts SET text = CAST(X'E4B8' AS TEXT) WHERE report_id = ?",
            (other,),
        )
    with open_library(str(library)) as store:  # opens: the broken report is passed over
        readers = dict(store._conn.execute("SELECT id, reader FROM reports").fetchall())
        assert readers == {old: READER_VERSION, other: 0}
        assert store.outline(old) == analyse_text(store.report(old).text).outline
