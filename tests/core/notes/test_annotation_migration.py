"""The annotation migration: a library of the previous version upgrades and keeps everything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.library import open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.palette import DEFAULT_PALETTE
from core.store.annotations import annotations_of
from core.store.migrations import LATEST_VERSION, MIGRATIONS


def test_a_version_1_library_upgrades_with_the_default_palette(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    with open_library(str(path)) as store:
        assert store.schema_version == LATEST_VERSION
        assert annotations_of(store).palette() == DEFAULT_PALETTE
        assert annotations_of(store).search() == []


def test_annotations_survive_reopening(tmp_path: Path, samples: dict[str, Path]) -> None:
    from core.importer import import_file

    path = str(tmp_path / "lib.sqlite3")
    with open_library(path) as store:
        import_file(store, samples["cz2024"])
        made = annotate(store, ReportId(1), 50, 60, "blue", "留", ["t"])
    with open_library(path) as store:
        assert annotations_of(store).for_report(ReportId(1)) == [made]
