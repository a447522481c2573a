"""Backups: taken with SQLite's backup API, verified, rotated, restored; notes readable beside."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.errors import StoreError
from core.library import import_samples_if_new, open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.store import ReportStore
from core.store.annotations import annotations_of
from core.store.backup import (
    KEEP_MIGRATION,
    KEEP_ROUTINE,
    backup_folder,
    ensure_daily_backup,
    list_backups,
    looks_damaged,
    restore_backup,
    rotate,
    take_backup,
    verify,
)


@pytest.fixture(scope="module")
def samples_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("backup") / "samples.sqlite3"
    with open_library(str(path)) as store:
        import_samples_if_new(store)
        text = store.report(ReportId(1)).text
        start = text.index("新质生产力")
        annotate(store, ReportId(1), start, start + 5, "red", note="新提法", tags=["科技"])
    return path


@pytest.fixture
def library(samples_library: Path, tmp_path: Path) -> Path:
    target = tmp_path / "library.sqlite3"
    shutil.copyfile(samples_library, target)
    return target


def test_a_backup_is_a_verified_copy_with_its_notes_beside_it(library: Path) -> None:
    with ReportStore.open(library) as store:  # open, in WAL mode, while the copy is taken
        backup = take_backup(library, "manual")
        assert backup.path.parent == backup_folder(library) == library.parent / "backups"
        assert backup.reason == "manual" and verify(backup.path)
        with open_library(str(backup.path), read_only=True) as copy:
            assert copy.report_count() == store.report_count() == 5
    notes = json.loads(backup.notes_path.read_text(encoding="utf-8"))["annotations"]
    assert [(n["quote"], n["note"], n["tags"]) for n in notes] == [
        ("新质生产力", "新提法", ["科技"])
    ]
    assert notes[0]["report"] == "长治市2024年政府工作报告"
    assert list_backups(library) == [backup]


def test_a_backup_leaves_nothing_but_the_copy_and_its_notes(library: Path) -> None:
    with ReportStore.open(library):  # the library in WAL mode, as the app keeps it
        backup = take_backup(library, "manual")
    names = sorted(path.name for path in backup_folder(library).iterdir())
    assert names == sorted([backup.path.name, backup.notes_path.name])
    with sqlite3.connect(backup.path) as copy:  # a file on its own, with no -wal to go with it
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_rotation_drops_what_a_backup_left_beside_it(library: Path) -> None:
    taken = [take_backup(library, "manual") for _ in range(KEEP_ROUTINE)]
    oldest = taken[0].path
    litter = [Path(f"{oldest}{end}") for end in ("-wal", "-shm", ".partial-wal", ".partial-shm")]
    for path in litter:  # as an earlier version's backups left them
        path.write_bytes(b"")
    take_backup(library, "manual")  # one more: the oldest goes
    assert not oldest.exists() and not any(path.exists() for path in litter)


def test_the_daily_backup_is_taken_once_and_only_when_the_library_changed(library: Path) -> None:
    first = ensure_daily_backup(library)
    assert first is not None and first.reason == "daily"
    assert ensure_daily_backup(library) is None  # the same day
    assert len(list_backups(library)) == 1


def test_opening_a_library_takes_the_days_backup(library: Path) -> None:
    with open_library(str(library)):
        pass
    assert [b.reason for b in list_backups(library)] == ["daily"]


def test_rotation_keeps_the_newest_of_each_kind(library: Path) -> None:
    folder = backup_folder(library)
    folder.mkdir()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for day in range(KEEP_ROUTINE + 3):
        stamp = (start + timedelta(days=day)).strftime("%Y%m%dT%H%M%SZ")
        shutil.copyfile(library, folder / f"library-{stamp}-daily.sqlite3")
    for version in range(KEEP_MIGRATION + 2):
        stamp = (start + timedelta(hours=version)).strftime("%Y%m%dT%H%M%SZ")
        shutil.copyfile(library, folder / f"library-{stamp}-before-migration-v{version}.sqlite3")
    dropped = rotate(library)
    assert len(dropped) == 3 + 2
    kept = list_backups(library)
    assert sum(b.reason == "daily" for b in kept) == KEEP_ROUTINE
    assert sum(b.reason.startswith("before-migration") for b in kept) == KEEP_MIGRATION
    assert min(b.taken_at for b in kept if b.reason == "daily") == start + timedelta(days=3)


def test_restoring_a_backup_moves_the_current_library_aside(library: Path) -> None:
    backup = take_backup(library, "manual")
    with open_library(str(library)) as store:
        notes = annotations_of(store)
        gone = notes.for_report(ReportId(1))[0]
        notes.delete(gone.id)  # the loss the user wants to undo
    aside = restore_backup(backup, library)
    assert aside.exists() and aside.name.startswith("library.sqlite3.before-restore-")
    with open_library(str(library), read_only=True) as store:
        assert [a.note for a in annotations_of(store).for_report(ReportId(1))] == ["新提法"]
    with open_library(str(aside), read_only=True) as store:
        assert annotations_of(store).for_report(ReportId(1)) == []


def test_two_restores_in_one_second_keep_both_libraries_they_replace(library: Path) -> None:
    backup = take_backup(library, "manual")
    with open_library(str(library)) as store:
        annotate(store, ReportId(1), 300, 310, "red", note="made after the backup")
    first = restore_backup(backup, library)
    second = restore_backup(backup, library)  # the same second, most likely
    assert first != second and first.exists() and second.exists()
    with open_library(str(first), read_only=True) as store:
        notes = [a.note for a in annotations_of(store).for_report(ReportId(1))]
    assert "made after the backup" in notes


def test_a_damaged_backup_is_refused_and_nothing_changes(library: Path) -> None:
    backup = take_backup(library, "manual")
    data = backup.path.read_bytes()
    backup.path.write_bytes(data[:100] + b"\0" * 4096 + data[4196:])
    assert not verify(backup.path)
    before = library.read_bytes()
    with pytest.raises(StoreError, match="damaged; nothing was restored"):
        restore_backup(backup, library)
    assert library.read_bytes() == before


def test_an_older_library_is_backed_up_before_its_migration(tmp_path: Path) -> None:
    from core.store.migrations import LATEST_VERSION, MIGRATIONS

    old = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(old, isolation_level=None)
    for version, step in enumerate(MIGRATIONS[:2], start=1):
        step(conn)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    with open_library(str(old)) as store:
        assert store.schema_version == LATEST_VERSION
    (backup,) = list_backups(old)
    assert backup.reason == f"before-migration-v{LATEST_VERSION}"
    probe = sqlite3.connect(backup.path)
    assert probe.execute("PRAGMA user_version").fetchone()[0] == 2  # the library as it was
    probe.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: b"garbage!" * 16 + data[128:],  # header overwritten
        lambda data: b"",  # emptied (not damaged: an empty file is a new library)
        lambda data: "这不是数据库".encode() * 50,  # a text file under the library's name
    ],
)
def test_damage_is_recognised(library: Path, damage: object) -> None:
    data = library.read_bytes()
    library.write_bytes(damage(data))  # type: ignore[operator]
    assert looks_damaged(library) == bool(library.read_bytes())


def test_a_locked_library_is_not_damaged_and_is_named_as_in_use(library: Path) -> None:
    holder = sqlite3.connect(library, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # another program holding it whole
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (x)")
    try:
        assert not looks_damaged(library)
        with pytest.raises(StoreError, match=r"^library\.sqlite3: another program is using"):
            ReportStore.open(library)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not looks_damaged(library)
    with ReportStore.open(library) as store:
        assert store.report_count() > 0
