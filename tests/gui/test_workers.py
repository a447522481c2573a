"""The writer thread: a big import runs in worker processes while the window's loop keeps going.

The worker's signals are caught by plain callables (run in the writer thread) and waited for
with ``waitUntil``: a ``waitSignal`` on a signal of the other thread would stop its timer there.
"""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from core.importer import POOL_MIN_FILES, ImportStatus, import_file
from core.library import open_library, sample_catalog
from gui.workers import LibraryWriter


@pytest.fixture
def many_reports(tmp_path: Path) -> list[Path]:
    """More distinct report files than the importer parses in-process."""
    folder = tmp_path / "reports"
    folder.mkdir()
    texts = [path.read_text(encoding="utf-8") for path, _meta in sample_catalog()]
    paths = []
    for i in range(POOL_MIN_FILES + 2):
        path = folder / f"report-{i:02d}.txt"
        path.write_text(texts[i % len(texts)] + f"\n\n本报告第{i}次印发。\n", encoding="utf-8")
        paths.append(path)
    return paths


def _start_import(writer: LibraryWriter, paths: list[Path]) -> None:
    """Start an import, checking that what was alive then is out of the collector's sight
    (the import's full collections walk only what it makes); the test process unfrozen after."""
    gc.unfreeze()
    writer.import_paths(paths)
    assert gc.get_freeze_count() > 1000
    gc.unfreeze()


def test_a_big_import_lands_whole_with_the_loop_running(
    qtbot: Any, tmp_path: Path, many_reports: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    writer = LibraryWriter(str(db))
    progress: list[tuple[int, int, str]] = []
    writer.worker.progress.connect(lambda done, total, name: progress.append((done, total, name)))
    clock = QElapsedTimer()
    ticks: list[int] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(clock.elapsed()))
    clock.start()
    probe.start()
    finished: list[Any] = []
    writer.worker.import_finished.connect(finished.append)
    _start_import(writer, many_reports)
    qtbot.waitUntil(lambda: bool(finished), timeout=120000)
    probe.stop()
    writer.shutdown()
    outcomes = finished[0]
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * len(many_reports)
    assert progress == [
        (done, len(many_reports), path.name) for done, path in enumerate(many_reports, start=1)
    ]
    # The loop ran all along: timer ticks throughout, not only before and after.
    assert len(ticks) > 10
    with open_library(str(db), read_only=True) as store:
        assert store.report_count() == len(many_reports)


def test_cancelling_a_big_import_keeps_whole_reports(
    qtbot: Any, tmp_path: Path, many_reports: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    writer = LibraryWriter(str(db))
    writer.worker.progress.connect(lambda done, total, name: done == 2 and writer.cancel())
    finished: list[Any] = []
    writer.worker.import_finished.connect(finished.append)
    _start_import(writer, many_reports)
    qtbot.waitUntil(lambda: bool(finished), timeout=120000)
    writer.shutdown()
    outcomes = finished[0]
    assert 2 <= len(outcomes) < len(many_reports)
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reports = connection.execute("SELECT count(*) FROM reports").fetchone()[0]
        texts = connection.execute("SELECT count(*) FROM report_texts").fetchone()[0]
    assert reports == texts == len(outcomes)


def test_the_writer_reads_again_what_an_earlier_reading_stored(qtbot: Any, tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    (path, meta), *_others = sample_catalog()
    with open_library(str(db)) as store:
        report_id = import_file(store, path, meta).report_id
        fresh = store.outline(report_id)
        store._conn.execute("DELETE FROM sections WHERE parent IS NOT NULL")
        store._conn.execute("UPDATE reports SET reader = 0")
    writer = LibraryWriter(str(db))
    changed: list[bool] = []
    writer.worker.changed.connect(lambda: changed.append(True))
    writer.prepare()
    qtbot.waitUntil(lambda: bool(changed), timeout=60000)
    writer.shutdown()
    with open_library(str(db), read_only=True) as store:
        assert store.outline(report_id) == fresh
