"""An annotation shown as saved survives a SIGKILL right after, however often it happens.

A separate process annotates a report through the reader's own call and prints ``saved ID``
each time the call returns (when the app shows the highlight as saved), then goes straight on
to the next one. The test kills it with SIGKILL the moment it reads a randomly chosen ``saved``
line, so the kill usually falls inside the next annotation's transaction. Reopened, the library
passes the integrity check and holds every annotation announced, whole and unchanged in the
next round; nothing half-written is there.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.library import import_samples_if_new, open_library
from core.model import ReportId
from core.notes.records import Annotation, AnnotationId
from core.store.annotations import annotations_of

ROOT = Path(__file__).resolve().parents[2]
HELPER = ROOT / "tests" / "faults" / "annotate_until_killed.py"
ROUNDS = 5
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _annotate_and_kill(db: Path, report_id: int, seed: int, saved_before_kill: int) -> list[int]:
    """Run the annotating process; SIGKILL it on reading its ``saved_before_kill``-th line.

    Returns the ids it announced as saved.
    """
    process = subprocess.Popen(
        [sys.executable, str(HELPER), str(db), str(report_id), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    saved: list[int] = []
    try:
        while len(saved) < saved_before_kill:
            line = process.stdout.readline()
            assert line.startswith("saved "), f"the annotating process stopped: {line!r}"
            saved.append(int(line.split()[1]))
        process.send_signal(signal.SIGKILL)  # at once: the next annotation is on its way
    finally:
        process.kill()
        process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    return saved


def _all_annotations(db: Path) -> dict[int, Annotation]:
    with open_library(str(db)) as store:  # opened as the app opens it after a crash
        return {int(a.id): a for a in annotations_of(store).search()}


def test_an_annotation_shown_as_saved_survives_a_kill_right_after(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    with open_library(str(db)) as store:
        import_samples_if_new(store)
        report_ids = [summary.id for summary in store.list_reports()]
    rng = random.Random(7)
    kept: dict[int, Annotation] = {}
    for round_number in range(ROUNDS):
        report_id = rng.choice(report_ids)
        saved = _annotate_and_kill(db, report_id, round_number, rng.randint(1, 6))

        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            tagless = conn.execute(
                "SELECT count(*) FROM annotations a WHERE NOT EXISTS "
                "(SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id)"
            ).fetchone()[0]
            assert tagless == 0, "an annotation was saved without its tags"
        finally:
            conn.close()
        found = _all_annotations(db)
        for annotation_id in saved:
            assert annotation_id in found, f"round {round_number}: saved {annotation_id} is gone"
            annotation = found[annotation_id]
            assert annotation.report_id == report_id
            assert annotation.tags == (f"种子{round_number}", "速记")
            assert annotation.note.endswith(" 𠮷")
        for annotation_id, annotation in kept.items():
            assert found[annotation_id] == annotation, "an earlier annotation changed"
        with open_library(str(db), read_only=True) as store:
            for annotation_id in saved:
                annotation = annotations_of(store).get(AnnotationId(annotation_id))
                text = store.report(ReportId(report_id)).text
                anchor = annotation.anchor
                assert text[anchor.start : anchor.end] == anchor.quote
        kept = found
    assert len(kept) >= ROUNDS
