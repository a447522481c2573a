"""The backup commands under a Chinese locale: every line they print in Chinese, file names
as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli import main
from tests.core.cli.column_starts import misaligned
from tests.core.cli.command_runs import library_of, printed
from tests.damaged_library import damage_inside


@pytest.fixture
def db(tmp_path: Path, samples: dict[str, Path]) -> str:
    return library_of(tmp_path, samples["jc2024"])


@pytest.mark.usefixtures("chinese_locale")
def test_backup_backups_check_and_restore_speak_chinese(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _err = printed(capsys, ["--db", db, "backups"])
    folder = Path(db).parent / "backups"
    assert out == f"library.sqlite3 还没有备份（备份存放在 {folder}）\n"
    out, _err = printed(capsys, ["--db", db, "backup"])
    assert out.startswith(f"已将 library.sqlite3 备份到 {folder}")
    assert "（已校验；其批注另存于 library-" in out
    assert main(["--db", db, "backup"]) == 0
    out, _err = printed(capsys, ["--db", db, "backups"])
    lines = out.splitlines()
    assert [line.split()[3] for line in lines] == ["手动", "手动"]
    assert not misaligned(lines)
    out, _err = printed(capsys, ["--db", db, "check"])
    assert out == "library.sqlite3: 完好\n"
    out, _err = printed(capsys, ["--db", db, "restore", "1"])
    assert out.startswith("已恢复 library-") and "；原来的报告库保留为 library.sqlite3." in out


@pytest.mark.usefixtures("chinese_locale")
def test_a_backup_or_library_that_is_not_there_is_named_in_chinese(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _out, err = printed(capsys, ["--db", db, "restore", "7"], code=1)
    assert (
        err == "reportlens: 7: 不是 library.sqlite3 的备份（`reportlens backups` 列出所有备份）\n"
    )
    nowhere = tmp_path / "nowhere.sqlite3"
    for command in ("check", "backup", "backups"):
        _out, err = printed(capsys, ["--db", str(nowhere), command], code=2)
        assert err.startswith(
            f"reportlens: nowhere.sqlite3: {nowhere} 处没有报告库（由 --db 指定）"
        )
    assert not nowhere.exists()


@pytest.mark.usefixtures("chinese_locale")
def test_check_of_a_damaged_library_without_backups_speaks_chinese(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_inside(Path(db))
    out, _err = printed(capsys, ["--db", db, "check"], code=1)
    assert out.startswith("library.sqlite3: 已损坏（SQLite 的检查未通过），且没有可恢复的完好备份")
    assert "reportlens restore" not in out
    _out, err = printed(capsys, ["--db", db, "backup"], code=1)
    assert err == "reportlens: library.sqlite3: 报告库文件已损坏；未为其做备份\n"
