"""A command that adds nothing to a library is refused where there is none, and makes none:
a mistyped ``--db`` or ``REPORTLENS_DB`` leaves no empty library behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.resources import resource_path
from tests.core.cli.command_runs import printed

READING_OR_CHANGING = [
    ["list"],
    ["show", "1"],
    ["outline", "1"],
    ["search", "就业"],
    ["edit", "1", "--year", "2024"],
    ["remove", "1"],
    ["targets", "1"],
    ["targets", "1", "2"],
    ["scorecard", "长治"],
    ["compare", "1", "2"],
    ["notes", "list"],
    ["notes", "add", "1", "--start", "0", "--end", "2"],
    ["notes", "export", "--out", "notes.md"],
    ["notes", "tags", "--out", "tags.csv"],
    ["notes", "colours"],
    ["notes", "reanchor", "1"],
    ["replace", "1", "edition.txt"],
    ["backup"],
    ["backups"],
    ["check"],
]


@pytest.fixture
def nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library path with nothing there, in a folder a command's files would land in."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REPORTLENS_DB", raising=False)
    return tmp_path / "libary.sqlite3"


@pytest.mark.parametrize("command", READING_OR_CHANGING, ids=" ".join)
def test_a_command_on_a_library_not_there_is_refused_and_makes_none(
    command: list[str], nowhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _out, err = printed(capsys, ["--db", str(nowhere), *command], code=2)
    assert err == (
        f"reportlens: libary.sqlite3: there is no library at {nowhere} (named by --db); check "
        "the path, or start one there with `reportlens import` or `reportlens samples`\n"
    )
    assert list(nowhere.parent.iterdir()) == []


def test_a_library_named_by_the_environment_is_said_to_be_so(
    nowhere: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPORTLENS_DB", str(nowhere))
    _out, err = printed(capsys, ["list"], code=2)
    assert f"there is no library at {nowhere} (named by REPORTLENS_DB);" in err
    assert not nowhere.exists()


@pytest.mark.usefixtures("chinese_locale")
def test_a_library_not_there_is_refused_in_chinese(
    nowhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _out, err = printed(capsys, ["--db", str(nowhere), "notes", "list"], code=2)
    assert err == (
        f"reportlens: libary.sqlite3: {nowhere} 处没有报告库（由 --db 指定）；请检查路径，"
        "或用 `reportlens import` 或 `reportlens samples` 在该处建立报告库\n"
    )
    assert not nowhere.exists()


def test_importing_starts_a_library_where_there_is_none(
    nowhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = resource_path("samples", "changzhi-2024-report.txt")
    printed(capsys, ["--db", str(nowhere), "import", str(sample)])
    out, _err = printed(capsys, ["--db", str(nowhere), "list"])
    assert "长治" in out


def test_adding_a_colour_starts_a_library_where_there_is_none(
    nowhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _err = printed(capsys, ["--db", str(nowhere), "notes", "colours", "--add", "会议精神"])
    assert "会议精神" in out and nowhere.exists()


def test_the_default_library_is_made_on_first_use_as_the_app_makes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REPORTLENS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    default = tmp_path / "data" / "ReportLens" / "library.sqlite3"
    _out, err = printed(capsys, ["search", "就业"], code=2)
    assert err == (
        f"reportlens: library.sqlite3: there is no library at {default} yet; start it with "
        "`reportlens import` or `reportlens samples`, or by opening ReportLens\n"
    )
    assert printed(capsys, ["list"]) == ("", "")
    assert default.exists()


def test_the_backups_of_a_library_since_deleted_are_still_listed(
    nowhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = resource_path("samples", "changzhi-2024-report.txt")
    printed(capsys, ["--db", str(nowhere), "import", str(sample)])
    printed(capsys, ["--db", str(nowhere), "backup"])
    nowhere.unlink()
    out, _err = printed(capsys, ["--db", str(nowhere), "backups"])
    assert "manual" in out
