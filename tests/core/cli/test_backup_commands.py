"""``reportlens backup``, ``backups``, ``restore`` and ``check`` on a real library."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from core.cli import main
from core.library import import_samples_if_new, open_library
from tests.damaged_library import damage_inside


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-backup") / "library.sqlite3"
    with open_library(str(path)) as store:
        import_samples_if_new(store)
    return path


@pytest.fixture
def db(samples_db: Path, tmp_path: Path) -> str:
    target = tmp_path / "library.sqlite3"
    shutil.copyfile(samples_db, target)
    return str(target)


def test_backup_list_check_and_restore(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "backup"]) == 0
    assert "verified" in capsys.readouterr().out
    assert main(["--db", db, "backups"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and listing.strip().startswith("1")
    assert main(["--db", db, "check"]) == 0
    assert capsys.readouterr().out.strip() == "library.sqlite3: ok"
    with open_library(db) as store:
        store.remove_report(store.list_reports()[0].id)
    Path(db).write_bytes(Path(db).read_bytes()[:50_000])  # and then the disk fails
    assert main(["--db", db, "check"]) == 1
    assert "damaged" in capsys.readouterr().out
    assert main(["--db", db, "restore", "1"]) == 0
    assert "kept as library.sqlite3.before-restore-" in capsys.readouterr().out
    with open_library(db, read_only=True) as store:
        assert store.report_count() == 5


def test_restoring_something_that_is_not_a_backup_says_so(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db, "restore", "7"]) != 0
    assert "not a backup of library.sqlite3" in capsys.readouterr().err


def test_checking_a_library_another_program_holds_locked_says_so(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # another program holding it whole
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (x)")
    try:
        assert main(["--db", db, "check"]) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("reportlens: library.sqlite3: another program is using the library")
    assert err.count("\n") == 1
    assert main(["--db", db, "check"]) == 0  # released, it is checked and sound
    assert capsys.readouterr().out.strip() == "library.sqlite3: ok"


def test_commands_on_a_library_damaged_inside_leave_no_partial_backup(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_inside(Path(db))
    folder = Path(db).parent / "backups"
    for _ in range(2):
        assert main(["--db", db, "list"]) != 0
        assert "library.sqlite3: the library file is damaged" in capsys.readouterr().err
    assert not folder.exists() or list(folder.iterdir()) == []
    assert main(["--db", db, "backup"]) != 0
    err = capsys.readouterr().err
    assert "library.sqlite3: the library file is damaged; no backup of it was taken" in err
    assert not folder.exists() or list(folder.iterdir()) == []


def test_check_of_a_damaged_library_without_backups_says_what_to_do_instead(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_inside(Path(db))
    assert main(["--db", db, "check"]) == 1
    out = capsys.readouterr().out
    assert "no sound backup of it to restore" in out and "reportlens restore" not in out
    assert main(["--db", db, "backups"]) == 0
    assert "no backups of library.sqlite3 yet" in capsys.readouterr().out


def test_check_of_a_damaged_library_with_a_backup_says_to_restore_it(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db, "backup"]) == 0
    damage_inside(Path(db))
    capsys.readouterr()
    assert main(["--db", db, "check"]) == 1
    assert "restore a backup with `reportlens restore`" in capsys.readouterr().out
