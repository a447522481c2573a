"""An import killed with SIGKILL at a dozen random points leaves no partial report, no lost note.

The real command line (``python -m gui.launcher --db LIB import FOLDER``, worker processes and
all) imports a folder of distinct reports into a library that already holds the samples and
annotations. Each round kills its whole process group at a seeded random point (after a random
number of reports landed, plus a random part of the time one more takes, so some kills fall
inside a write), as a crash or a power cut would; two rounds run at a time, each on its own
library. Then the library must pass
SQLite's integrity check and FTS5's own; every report must be whole, exactly as a complete
import stores it (text, sections, paragraphs, numbers, one search index row per paragraph);
every annotation must be there unchanged; and importing the folder again must add exactly the
reports the kill cut off and skip the rest as duplicates.
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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.library import import_samples_if_new, open_library
from core.model import ReportId
from core.notes.library_notes import annotate

ROOT = Path(__file__).resolve().parents[2]
FILES = 24
ROUNDS = 12
SEED = 20261123
pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")

ReportShape = tuple[int, int, int, int]  # char count, sections, paragraphs, numbers rows


def _import(db: Path, folder: Path) -> subprocess.Popen[str]:
    """The user's import command, in a process group of its own (its workers die with it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "gui.launcher", "--db", str(db), "import", "-v", str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


@pytest.fixture(scope="module")
def base_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples with annotations (tags, notes, two colours): what every kill must spare."""
    path = tmp_path_factory.mktemp("killed") / "base.sqlite3"
    with open_library(str(path)) as store:
        import_samples_if_new(store)
        for report_id in (1, 2, 3, 4, 5):
            text = store.report(ReportId(report_id)).text
            for number, quote in enumerate(("就业", "高质量发展", "生态", "𠮷")):
                start = text.find(quote)
                if start >= 0:
                    colour = "yellow" if number % 2 else "green"
                    annotate(
                        store,
                        ReportId(report_id),
                        start,
                        start + len(quote),
                        colour,
                        note=f"笔记 {report_id}-{number}：{quote}",
                        tags=("必读", f"第{number}类"),
                    )
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, sample_texts: dict[str, str]) -> Path:
    """Distinct reports made from the samples: a figure changed and a closing note added."""
    folder = tmp_path_factory.mktemp("corpus")
    texts = list(sample_texts.values())
    for number in range(FILES):
        text = texts[number % len(texts)].replace("增长", f"增长{number % 7}", 1)
        text += f"\n\n附：本文件第{number + 1}号抄送件，共{number + 3}页。\n"
        (folder / f"report-{number:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def _annotation_rows(db: Path) -> list[tuple[object, ...]]:
    """Every row of every annotation table, as stored."""
    conn = sqlite3.connect(db)
    try:
        rows: list[tuple[object, ...]] = []
        for table, order in (("annotations", "id"), ("annotation_tags", "annotation_id, tag")):
            rows.extend(
                (table, *row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}")
            )
        rows.extend(("palette", *row) for row in conn.execute("SELECT * FROM palette ORDER BY 1"))
        return rows
    finally:
        conn.close()


def _shapes(db: Path) -> dict[str, ReportShape]:
    """Each report by content hash, with its size and how many rows of each kind it has.

    Also checks what must hold of any library, whole or killed: the integrity checks, no row
    without its report, and one search index row for each paragraph and none other.
    """
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO paragraph_index(paragraph_index) VALUES ('integrity-check')")
        for table in ("report_texts", "sections", "paragraphs", "report_numbers"):
            orphans = conn.execute(
                f"SELECT count(*) FROM {table} WHERE report_id NOT IN (SELECT id FROM reports)"
            ).fetchone()[0]
            assert orphans == 0, table
        indexed = {row[0] for row in conn.execute("SELECT rowid FROM paragraph_index")}
        paragraph_ids = {row[0] for row in conn.execute("SELECT id FROM paragraphs")}
        assert indexed == paragraph_ids, "search index rows do not match the paragraphs"
        shapes: dict[str, ReportShape] = {}
        for report_id, content_hash, chars in conn.execute(
            "SELECT id, content_hash, char_count FROM reports"
        ).fetchall():
            text = conn.execute(
                "SELECT text FROM report_texts WHERE report_id = ?", (report_id,)
            ).fetchone()
            assert text is not None and len(text[0]) == chars, report_id
            counts = [
                conn.execute(
                    f"SELECT count(*) FROM {table} WHERE report_id = ?", (report_id,)
                ).fetchone()[0]
                for table in ("sections", "paragraphs", "report_numbers")
            ]
            assert counts[0] >= 1 and counts[1] >= 1, (report_id, counts)
            shapes[content_hash] = (chars, *counts)
        return shapes
    finally:
        conn.close()


def _searchable(db: Path) -> None:
    """Every report is found by the library search with words from its own first paragraph."""
    with open_library(str(db), read_only=True) as store:
        for summary in store.list_reports():
            text = store.report(summary.id).text
            paragraph = next(p for p in store.paragraphs(summary.id) if not p.is_noise)
            words = text[paragraph.start : paragraph.start + 4]
            assert store.search(words, report_ids=[summary.id], limit=1), summary.id


@dataclass(frozen=True)
class Kill:
    """Where a round kills the import: after ``after_reports`` reports were written, plus
    ``delay`` seconds (up to the time one more report takes), so kills also land mid-write."""

    after_reports: int
    delay: float


def _killed_import(db: Path, folder: Path, kill: Kill) -> bool:
    """Import ``folder`` into ``db`` and SIGKILL the whole process group at ``kill``.

    Returns whether the import was still running when it was killed.
    """
    process = _import(db, folder)
    assert process.stderr is not None
    written = 0
    while written < kill.after_reports:
        line = process.stderr.readline()
        if not line:
            break  # it ended (it should not: the kill comes before the last report)
        written += line.startswith("[")
    time.sleep(kill.delay)
    was_running = process.poll() is None
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    return was_running


def test_killing_an_import_at_random_points_leaves_whole_reports_and_every_annotation(
    base_library: Path, corpus: Path, tmp_path: Path
) -> None:
    base = _shapes(base_library)
    annotations = _annotation_rows(base_library)
    assert sum(1 for row in annotations if row[0] == "annotations") >= 15

    # A whole import: the reference of what each report looks like, and how long a write takes.
    whole = tmp_path / "whole.sqlite3"
    shutil.copyfile(base_library, whole)
    started = time.monotonic()
    process = _import(whole, corpus)
    assert process.stderr is not None
    written_at = [time.monotonic() - started for line in process.stderr if line.startswith("[")]
    assert process.wait(timeout=300) == 0
    expected = _shapes(whole)
    assert len(expected) == len(base) + FILES
    assert all(expected[key] == shape for key, shape in base.items())
    per_report = (written_at[-1] - written_at[0]) / (FILES - 1)

    rng = random.Random(SEED)
    kills = [Kill(rng.randint(0, FILES - 2), rng.uniform(0, per_report)) for _ in range(ROUNDS)]
    dbs = [tmp_path / f"round-{number}.sqlite3" for number in range(ROUNDS)]
    for db in dbs:
        shutil.copyfile(base_library, db)
    # Two rounds at a time: each is its own library and its own process group.
    with ThreadPoolExecutor(max_workers=2) as rounds:
        running = list(rounds.map(_killed_import, dbs, [corpus] * ROUNDS, kills))

    partial_rounds = 0
    for number, (db, kill, was_running) in enumerate(zip(dbs, kills, running, strict=True)):
        shapes = _shapes(db)
        for key, shape in shapes.items():
            assert expected.get(key) == shape, f"round {number} ({kill}): a partial report"
        assert set(base) <= set(shapes)
        assert _annotation_rows(db) == annotations, f"round {number}: annotations changed"
        landed = len(shapes) - len(base)
        assert landed >= kill.after_reports, (number, kill, landed)
        if was_running and 0 < landed < FILES:
            partial_rounds += 1
        if number % 4 == 1:  # importing again adds exactly what the kill cut off
            _searchable(db)
            again = _import(db, corpus)
            out, _err = again.communicate(timeout=300)
            assert again.returncode == 0
            assert out.count("already in the library") == landed
            assert out.count("imported ") == FILES - landed
            assert _shapes(db) == expected
            assert _annotation_rows(db) == annotations
    assert partial_rounds >= ROUNDS * 3 // 4, f"only {partial_rounds} kills landed mid-import"
