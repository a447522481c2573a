"""A full disk or a read-only library: one clear message, and nothing half-written.

SQLite's own switches stand in for the machine's faults, so the tests run the same as root
and as a user: ``max_page_count`` caps the file as a full disk would, ``query_only`` refuses
every write as a read-only file would. The store's messages come from the errors SQLite gives.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from core.errors import StoreError
from core.importer import ImportStatus, import_file
from core.library import import_samples_if_new, open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.store.annotations import annotations_of
from core.store.library_errors import write_failure


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("faults") / "library.sqlite3"
    with open_library(str(path)) as store:
        import_samples_if_new(store)
        store.remove_report(ReportId(5))  # room for one more, re-imported below
    return path


@pytest.fixture
def db(samples_db: Path, tmp_path: Path) -> str:
    target = tmp_path / "library.sqlite3"
    shutil.copyfile(samples_db, target)
    return str(target)


def _dump(db: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        tables = [
            "reports",
            "report_texts",
            "sections",
            "paragraphs",
            "report_numbers",
            "annotations",
        ]
        return [(t, conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables]
    finally:
        conn.close()


def test_a_full_disk_fails_the_import_whole_and_says_so(db: str, samples: dict[str, Path]) -> None:
    before = _dump(db)
    with open_library(db) as store:
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up
        outcome = import_file(store, samples["cz2026np"])
    assert outcome.status is ImportStatus.FAILED
    assert outcome.message.startswith(
        "changzhi-2026-newspaper.txt: library.sqlite3: the disk is full"
    )
    assert "nothing of this change was saved" in outcome.message
    assert _dump(db) == before
    with open_library(db) as store:  # room again: the same file imports whole
        assert import_file(store, samples["cz2026np"]).status is ImportStatus.IMPORTED


def test_a_read_only_library_refuses_an_annotation_and_keeps_the_others(db: str) -> None:
    with open_library(db) as store:
        first = annotate(store, ReportId(1), 10, 20, "yellow", note="已保存")
        store._conn.execute("PRAGMA query_only = ON")  # the file can no longer be written
        with pytest.raises(StoreError, match="read-only; nothing of this change was saved"):
            annotate(store, ReportId(1), 30, 40, "red", note="未保存")
    with open_library(db, read_only=True) as store:
        assert [a.note for a in annotations_of(store).for_report(ReportId(1))] == [first.note]


def test_each_failure_is_said_plainly() -> None:
    cases = {
        "database or disk is full": "the disk is full",
        "attempt to write a readonly database": "the library file or its folder is read-only",
        "database is locked": "another program is using the library",
        "disk I/O error": "the disk could not be written",
    }
    for sqlite_message, said in cases.items():
        assert write_failure(sqlite3.OperationalError(sqlite_message)).startswith(said)
