"""A report read into more paragraphs than its ids leave room for has the later reports'
paragraphs moved up a slice per transaction: a highlight saved meanwhile waits for one slice,
and a process killed between two slices leaves the library whole, searchable in reading
order, for the next opening to finish the job."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from core.errors import StoreError
from core.library import open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.reader_version import READER_VERSION
from core.reading_upgrade import reread_stale_reports
from core.store import ReportStore
from core.store.annotations import annotations_of
from core.store.paragraph_ids import has_room
from core.store.paragraph_room import make_room
from core.store.records import SearchHit
from tests.core.store.earlier_readings import (
    add_as_read_before,
    add_copies,
    as_one_paragraph,
    parsed,
    with_pairs_joined,
)

ROOT = Path(__file__).resolve().parents[3]
BUSY_SECONDS = 1.0  # the second connection's busy timeout (the window's is 5 s)
WORD = "发展"


def _library(path: Path, samples: dict[str, Path], copies: int) -> ReportId:
    """A library whose first report an earlier reading read as one paragraph (85 fewer than
    now), then ``copies`` reports after it; returns the first."""
    reports = [parsed(samples[name]) for name in ("cz2024", "jc2024", "cz2024np", "cz2026np")]
    with open_library(str(path), reread=False) as store:
        stale = add_as_read_before(store, as_one_paragraph(reports[0]))
        add_copies(store, reports, copies)
    return stale


def _whole_and_in_order(path: Path) -> list[SearchHit]:
    """Check what any state of the library must hold (the integrity checks, one search index
    row per paragraph, ids in report-then-position order, search streaming in reading order);
    every hit of ``WORD``."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO paragraph_index(paragraph_index) VALUES ('integrity-check')")
        indexed = [row[0] for row in conn.execute("SELECT rowid FROM paragraph_index")]
        ordered = [
            row[0] for row in conn.execute("SELECT id FROM paragraphs ORDER BY report_id, idx")
        ]
        assert sorted(indexed) == sorted(ordered)
        assert ordered == sorted(ordered)
    finally:
        conn.close()
    with ReportStore.open(path, read_only=True) as store:  # as stored, not read again
        every = store.search(WORD, limit=1_000_000)
        assert every == sorted(every, key=lambda hit: (hit.report_id, hit.start))
        assert store.search(WORD, limit=100) == every[:100]
        return every


class _Highlighter(threading.Thread):
    """Saves a highlight every 20 ms through a connection of its own, as the window does,
    with a busy timeout of ``BUSY_SECONDS``; times each."""

    def __init__(self, path: Path, report_id: ReportId) -> None:
        super().__init__()
        self._path = path
        self._report_id = report_id
        self.waits: list[float] = []
        self.failures: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        with ReportStore.open(self._path) as store:
            store._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            while not self.stop.wait(0.02):
                start = time.perf_counter()
                try:
                    annotate(store, self._report_id, 10, 14, "yellow")
                except StoreError as error:
                    self.failures.append(str(error))
                self.waits.append(time.perf_counter() - start)


@pytest.mark.slow
def test_a_highlight_saved_while_paragraphs_move_waits_for_one_slice_not_the_library(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    path = tmp_path / "lib.sqlite3"
    stale = _library(path, samples, 160)
    highlighter = _Highlighter(path, ReportId(stale + 1))
    highlighter.start()
    try:
        time.sleep(0.1)
        with open_library(str(path), reread=False) as store:
            start = time.perf_counter()
            assert reread_stale_reports(store, slice_paragraphs=500) == [stale]
            seconds = time.perf_counter() - start
    finally:
        highlighter.stop.set()
        highlighter.join()
    # Large enough to matter: in one transaction, the highlights would have given up.
    assert seconds > BUSY_SECONDS
    assert highlighter.failures == []
    assert len(highlighter.waits) >= 10
    assert max(highlighter.waits) < BUSY_SECONDS
    _whole_and_in_order(path)
    with ReportStore.open(path, read_only=True) as store:  # as stored, not read again
        assert len(annotations_of(store).for_report(ReportId(stale + 1))) == len(highlighter.waits)


_KILLED_AFTER_THREE_SLICES = """
import os, sys
from core.library import open_library
from core.reading_upgrade import reread_stale_reports

polls = 0


def cancel():
    global polls
    polls += 1  # once before the report, then after each slice
    if polls == 4:
        os._exit(9)
    return False


store = open_library(sys.argv[1], reread=False)
reread_stale_reports(store, should_cancel=cancel, slice_paragraphs=300)
"""


def test_a_process_killed_between_slices_leaves_the_library_whole_for_the_next_opening(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    path = tmp_path / "lib.sqlite3"
    stale = _library(path, samples, 30)
    with open_library(str(path), reread=False) as store:
        notes = [annotate(store, ReportId(stale + n), 20, 30, "green", note="记") for n in (0, 7)]
        ids_before = {row[0] for row in store._conn.execute("SELECT id FROM paragraphs")}
    hits = _whole_and_in_order(path)

    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_THREE_SLICES, str(path)], cwd=ROOT, timeout=120
    )
    assert killed.returncode == 9

    # Midway: some paragraphs moved, the report still read as before, nothing else changed.
    with open_library(str(path), reread=False) as store:
        ids_now = {row[0] for row in store._conn.execute("SELECT id FROM paragraphs")}
        assert ids_now != ids_before and ids_now & ids_before
        (reader,) = store._conn.execute(
            "SELECT reader FROM reports WHERE id = ?", (stale,)
        ).fetchone()
        assert reader == 0
    assert _whole_and_in_order(path) == hits

    with open_library(str(path)) as store:  # reads it again, moving what it must
        assert len(store.paragraphs(stale)) > 1
        assert annotations_of(store).for_report(ReportId(stale)) == [notes[0]]
        assert annotations_of(store).for_report(ReportId(stale + 7)) == [notes[1]]
        assert reread_stale_reports(store) == []
    after = _whole_and_in_order(path)
    assert [h for h in after if h.report_id != stale] == [h for h in hits if h.report_id != stale]
    with ReportStore.open(path, read_only=True) as store:  # as stored, not read again
        (reader,) = store._conn.execute(
            "SELECT reader FROM reports WHERE id = ?", (stale,)
        ).fetchone()
        assert reader == READER_VERSION


def test_room_made_inside_a_writers_transaction_is_made_in_it_whole(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    # What a reading does when another program wrote the library since its room was made.
    path = tmp_path / "lib.sqlite3"
    stale = _library(path, samples, 6)
    hits = _whole_and_in_order(path)
    with open_library(str(path), reread=False) as store:
        assert not has_room(store._conn, stale, 86)
        with store.atomic():
            assert make_room(store, stale, 86, slice_paragraphs=10)
            assert has_room(store._conn, stale, 86)
    assert _whole_and_in_order(path) == hits


def test_reports_read_into_longer_readings_move_the_later_paragraphs_once(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    """Three reports an earlier reading read into fewer paragraphs, spread through the
    library: the reports after the first move up once, with room for all three, not once per
    report (which made the upgrade of a library of many such reports quadratic)."""
    path = tmp_path / "lib.sqlite3"
    reports = [parsed(samples[name]) for name in ("cz2024", "jc2024", "cz2024np", "cz2026np")]
    with open_library(str(path), reread=False) as store:
        stale = [add_as_read_before(store, as_one_paragraph(reports[0]))]
        add_copies(store, reports, 6)
        stale.append(add_as_read_before(store, with_pairs_joined(reports[1], 30)))
        add_copies(store, reports, 6, first=6)
        stale.append(add_as_read_before(store, with_pairs_joined(reports[3], 25)))
        add_copies(store, reports, 3, first=12)
        conn = store._conn
        before = dict(conn.execute("SELECT id, report_id FROM paragraphs").fetchall())
        top_before = max(before)
        after_first = sum(1 for owner in before.values() if owner > stale[0])
        assert sorted(reread_stale_reports(store, slice_paragraphs=400)) == sorted(stale)
        ids = [row[0] for row in conn.execute("SELECT id FROM paragraphs")]
    # Moved once: every new id lies within one layout of the later paragraphs above the old
    # ones (their count, the three longer readings and each report's spare room).
    longer = sum(len(reports[n].paragraphs) for n in (0, 1, 3))
    one_layout = after_first + longer + 8 * 25 + after_first // 8 + longer // 8
    assert max(ids) <= top_before + one_layout
    _whole_and_in_order(path)
