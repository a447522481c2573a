"""An import killed at random points: the library stays whole, annotations stay, nothing partial.

Each round starts ``reportlens import`` on a folder of distinct reports in a process group of
its own (the importer's worker processes included) and kills the whole group with SIGKILL after
a random delay, as a crash or a power cut would. The library must then pass SQLite's integrity
check, hold only whole reports, and keep every annotation exactly as it was.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.library import import_samples_if_empty, open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.store.annotations import annotations_of

ROOT = Path(__file__).resolve().parents[2]
FILES = 24
ROUNDS = 12
pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")


@pytest.fixture(scope="module")
def base_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples with a few annotations: what must survive every kill."""
    path = tmp_path_factory.mktemp("killed") / "base.sqlite3"
    with open_library(str(path)) as store:
        import_samples_if_empty(store)
        for report_id in (1, 2, 3):
            text = store.report(ReportId(report_id)).text
            for quote in ("就业", "高质量发展", "新质生产力"):
                start = text.find(quote)
                if start >= 0:
                    annotate(
                        store, ReportId(report_id), start, start + len(quote), "yellow", note=quote
                    )
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    """Distinct reports made from the samples (each with its own closing paragraph)."""
    folder = tmp_path_factory.mktemp("corpus")
    texts = [path.read_text(encoding="utf-8") for path in samples.values()]
    for number in range(FILES):
        text = texts[number % len(texts)]
        extra = f"\n\n附：本文件第{number + 1}号抄送件，共{number + 3}页，请各单位认真贯彻落实。\n"
        (folder / f"report-{number:02d}.txt").write_text(text + extra, encoding="utf-8")
    return folder


def _annotations(db: Path) -> list[tuple[object, ...]]:
    with open_library(str(db), read_only=True) as store:
        return [
            (a.id, a.report_id, a.anchor.quote, a.anchor.start, a.anchor.end, a.note, a.updated_at)
            for a in annotations_of(store).search()
        ]


def _check_whole(db: Path) -> int:
    """Integrity, and every report whole: text, paragraphs, sections, numbers. Returns how many."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        reports = conn.execute("SELECT id, char_count FROM reports").fetchall()
        for report_id, char_count in reports:
            text = conn.execute(
                "SELECT text FROM report_texts WHERE report_id = ?", (report_id,)
            ).fetchone()
            assert text is not None and len(text[0]) == char_count, report_id
            paragraphs = conn.execute(
                "SELECT count(*) FROM paragraphs WHERE report_id = ?", (report_id,)
            ).fetchone()[0]
            assert paragraphs > 0, report_id
            numbers = conn.execute(
                "SELECT count(*) FROM report_numbers WHERE report_id = ?", (report_id,)
            ).fetchone()[0]
            assert numbers == 1, report_id
        orphans = conn.execute(
            "SELECT count(*) FROM paragraphs WHERE report_id NOT IN (SELECT id FROM reports)"
        ).fetchone()[0]
        assert orphans == 0
        return len(reports)
    finally:
        conn.close()


def _start_import(db: Path, folder: Path, *, verbose: bool = False) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "gui.launcher", "--db", str(db), "import", "-v", str(folder)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if verbose else subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the workers die with it
    )


def _timed_import(db: Path, folder: Path) -> tuple[float, float]:
    """Seconds to the first file written and to the end of a whole import."""
    started = time.monotonic()
    process = _start_import(db, folder, verbose=True)
    assert process.stderr is not None
    first = None
    for line in process.stderr:  # ``[1/24] report-00.txt`` after each file
        if first is None and line.startswith(b"["):
            first = time.monotonic() - started
    assert process.wait(timeout=600) == 0
    total = time.monotonic() - started
    return (first if first is not None else 0.0), total


def test_killing_an_import_at_random_points_loses_nothing(
    base_library: Path, corpus: Path, tmp_path: Path
) -> None:
    base_count = _check_whole(base_library)
    before = _annotations(base_library)
    assert len(before) >= 6
    # How long an import takes here, to spread the kills over it.
    timing = tmp_path / "timing.sqlite3"
    shutil.copyfile(base_library, timing)
    first, duration = _timed_import(timing, corpus)
    assert _check_whole(timing) == base_count + FILES

    rng = random.Random(20261122)
    partial_rounds = 0
    for round_number in range(ROUNDS):
        db = tmp_path / f"round-{round_number}.sqlite3"
        shutil.copyfile(base_library, db)
        process = _start_import(db, corpus)
        # Mostly while files are being written, some while the workers start.
        time.sleep(first + rng.uniform(-0.1, 0.95) * (duration - first))
        was_running = process.poll() is None
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        count = _check_whole(db)
        assert base_count <= count <= base_count + FILES
        assert _annotations(db) == before, f"round {round_number}: annotations changed"
        if was_running and base_count < count < base_count + FILES:
            partial_rounds += 1
        if round_number % 4 == 0:  # importing again completes what the kill interrupted
            assert _start_import(db, corpus).wait(timeout=600) == 0
            assert _check_whole(db) == base_count + FILES
            assert _annotations(db) == before
    assert partial_rounds >= ROUNDS // 3, "too few kills landed in the middle of an import"
