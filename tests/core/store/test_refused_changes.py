"""A change the library refuses, a damaged file, a reading that fails: one clear StoreError.

Every error is SQLite's own on a real library file: a foreign key that holds, a trigger that
refuses, a record past SQLite's size limit, a page overwritten on disk. Each change leaves the
library exactly as it was (its SQL dump, or its bytes where the damage keeps it from dumping).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from core.cli import main
from core.errors import StoreError
from core.importer import import_file
from core.library import open_library
from core.model import ReportId, ReportMeta
from core.notes.anchors import make_anchor
from core.notes.library_notes import annotate
from core.store import ReportStore
from core.store.annotations import annotations_of

REPORT = ReportId(1)


@pytest.fixture(scope="module")
def one_report_db(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    path = tmp_path_factory.mktemp("refused") / "library.sqlite3"
    with open_library(str(path)) as store:
        assert import_file(store, samples["cz2024"]).report_id == REPORT
    return path


@pytest.fixture
def db(one_report_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "library.sqlite3"
    shutil.copyfile(one_report_db, target)
    return target


def _dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _damage(path: Path, table: str) -> None:
    """Overwrite the first bytes of ``table``'s root page, as a failing disk would."""
    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    finally:
        conn.close()
    with path.open("r+b") as file:
        file.seek((root[0] - 1) * size)
        file.write(b"\xff" * 64)


def test_a_report_annotated_meanwhile_is_kept_and_the_removal_refused(db: Path) -> None:
    with ReportStore.open(db) as store:
        # Another window annotated the report after this one counted no annotations.
        annotate(store, REPORT, 10, 20, "yellow", note="刚加的批注")
        before = _dump(db)
        with pytest.raises(StoreError) as refused:
            store.remove_report(REPORT)
        assert str(refused.value) == (
            "library.sqlite3: the change conflicts with what the library holds "
            "(FOREIGN KEY constraint failed); nothing of this change was saved"
        )
        assert store.report(REPORT).meta.region == "长治市"
    assert _dump(db) == before


def test_an_update_a_trigger_refuses_is_told_in_its_words(db: Path) -> None:
    with ReportStore.open(db) as store:
        store._conn.execute(
            "CREATE TRIGGER frozen BEFORE UPDATE ON reports "
            "BEGIN SELECT RAISE(ABORT, 'the titles are frozen'); END"
        )
        before = _dump(db)
        meta = store.report(REPORT).meta
        with pytest.raises(StoreError) as refused:
            store.update_meta(REPORT, ReportMeta("新的标题", "长治市", 2024, meta.kind))
    assert str(refused.value) == (
        "library.sqlite3: the change conflicts with what the library holds "
        "(the titles are frozen); nothing of this change was saved"
    )
    assert _dump(db) == before


def test_an_annotation_a_trigger_refuses_is_not_saved(db: Path) -> None:
    with ReportStore.open(db) as store:
        store._conn.execute(
            "CREATE TRIGGER frozen BEFORE INSERT ON annotations "
            "BEGIN SELECT RAISE(ABORT, 'annotations are closed'); END"
        )
        before = _dump(db)
        with pytest.raises(StoreError) as refused:
            annotate(store, REPORT, 10, 20, "yellow", tags=("标记",))
    assert str(refused.value) == (
        "library.sqlite3: the annotation could not be saved (annotations are closed)"
    )
    assert _dump(db) == before


def test_a_record_past_the_size_limit_is_refused_whole(db: Path) -> None:
    with ReportStore.open(db) as store:
        annotate(store, REPORT, 10, 20, "yellow", note="已保存")
        before = _dump(db)
        anchor = make_anchor(store.report(REPORT).text, 30, 40, store.outline(REPORT))
        # Each value fits SQLite's length limit; the annotation's row as a whole does not.
        store._conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 4000)
        with pytest.raises(StoreError) as refused:
            annotations_of(store).add(REPORT, anchor, "red", note="x" * 3990, tags=("长",))
    assert str(refused.value) == (
        "library.sqlite3: the change is too large for the library (string or blob too big); "
        "nothing of this change was saved"
    )
    assert _dump(db) == before


def test_a_damaged_page_refuses_a_change_and_is_left_as_it_was(db: Path) -> None:
    _damage(db, "report_numbers")
    before = db.read_bytes()
    with ReportStore.open(db) as store, pytest.raises(StoreError) as refused:
        store.remove_report(REPORT)
    assert str(refused.value) == (
        "library.sqlite3: the library file is damaged (database disk image is malformed); "
        "nothing of this change was saved"
    )
    assert db.read_bytes() == before


def test_a_damaged_page_is_told_when_read(db: Path) -> None:
    _damage(db, "report_texts")
    with ReportStore.open(db, read_only=True) as store:
        assert [r.id for r in store.list_reports()] == [REPORT]  # its page is whole
        with pytest.raises(StoreError) as failed:
            store.report(REPORT)
        hits = store.search("增长")  # the search index is whole; the text around a hit is not
        with pytest.raises(StoreError, match="the library file is damaged"):
            store.snippets(hits[:1])
    assert str(failed.value) == (
        "library.sqlite3: the library file is damaged (database disk image is malformed)"
    )


def test_the_command_line_says_what_is_damaged_without_a_traceback(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(db, "reports")
    assert main(["--db", str(db), "list"]) == 1
    assert main(["--db", str(db), "remove", "1"]) == 1
    said = capsys.readouterr().err.splitlines()
    assert (
        said
        == [
            "reportlens: library.sqlite3: the library file is damaged "
            "(database disk image is malformed)"
        ]
        * 2
    )


def test_a_misuse_of_sqlite_stays_a_bug_and_changes_nothing(db: Path) -> None:
    before = _dump(db)
    with ReportStore.open(db) as store:
        with pytest.raises(sqlite3.ProgrammingError), store.atomic():
            store._conn.execute("DELETE FROM paragraphs")
            store._conn.execute("SELECT ?, ?", (1,))  # one parameter short
        assert annotations_of(store).for_report(REPORT) == []
    assert _dump(db) == before
