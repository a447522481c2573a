"""``reportlens notes export`` with nothing to export, as File → Export annotations… in the
window: one sentence naming what is empty, exit 1, and no file written (one already there left
as it was); and the file's type taken from its name when ``--format`` is not given, as the
window takes it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.cli import main
from tests.core.cli.command_runs import copy_of, one_report_library, printed


@pytest.fixture(scope="module")
def one_report(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    return one_report_library(tmp_path_factory.mktemp("cli-notes-nothing"), samples["cz2024"])


@pytest.fixture
def db(one_report: Path, tmp_path: Path) -> str:
    return copy_of(one_report, tmp_path)


def _annotate(db: str) -> None:
    note = ["notes", "add", "1", "--start", "300", "--end", "310", "--tag", "就业"]
    assert main(["--db", db, *note]) == 0


def _earlier_file(folder: Path, name: str) -> Path:
    """A file already at the path exported to, dated in the past."""
    earlier = folder / name
    earlier.write_text("an earlier export\n", encoding="utf-8")
    os.utime(earlier, (1_000_000_000, 1_000_000_000))
    return earlier


def _untouched(earlier: Path) -> bool:
    return (
        earlier.read_text(encoding="utf-8") == "an earlier export\n"
        and earlier.stat().st_mtime == 1_000_000_000
    )


def test_a_library_without_annotations_writes_no_file(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notes.md"
    _out, err = printed(capsys, ["--db", db, "notes", "export", "--out", str(out)], code=1)
    assert err == (
        "reportlens: no annotations to export: the library lib.sqlite3 has none; "
        f"{out} was not written\n"
    )
    assert not out.exists() and not list(tmp_path.glob(".*partial"))


def test_an_earlier_file_stays_as_it_was(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier = _earlier_file(tmp_path, "notes.csv")
    argv = ["--db", db, "notes", "export", "--format", "csv", "--out", str(earlier)]
    out, err = printed(capsys, argv, code=1)
    assert out == "" and err.count("\n") == 1 and "has none" in err
    assert _untouched(earlier)
    assert not list(tmp_path.glob(".*partial"))


def test_filters_that_match_nothing_are_named(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _annotate(db)
    earlier = _earlier_file(tmp_path, "notes.md")
    argv = ["--db", db, "notes", "export", "--tag", "目标", "--search", "新 动能"]
    _out, err = printed(capsys, [*argv, "--out", str(earlier)], code=1)
    assert err == (
        "reportlens: no annotations to export: none match --search '新 动能' --tag 目标; "
        f"{earlier} was not written\n"
    )
    assert _untouched(earlier)
    # The library's one annotation is exported when the filters let it through.
    chosen = tmp_path / "chosen.md"
    out, _err = printed(
        capsys, ["--db", db, "notes", "export", "--tag", "就业", "--out", str(chosen)]
    )
    assert out == f"exported 1 annotation to {chosen}\n" and chosen.exists()


@pytest.mark.usefixtures("chinese_locale")
def test_nothing_to_export_is_said_in_chinese(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "批注.md"
    _out, err = printed(capsys, ["--db", db, "notes", "export", "--out", str(out)], code=1)
    assert err == f"reportlens: 没有可导出的批注：报告库 lib.sqlite3 中还没有批注；未写入 {out}\n"
    _annotate(db)
    argv = ["--db", db, "notes", "export", "--colour", "red", "--out", str(out)]
    _out, err = printed(capsys, argv, code=1)
    assert err == f"reportlens: 没有可导出的批注：没有符合 --colour red 的批注；未写入 {out}\n"
    assert not out.exists()


def test_without_format_the_file_name_chooses_it_as_the_window_does(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _annotate(db)
    table, text = tmp_path / "notes.CSV", tmp_path / "notes.txt"
    printed(capsys, ["--db", db, "notes", "export", "--out", str(table)])
    printed(capsys, ["--db", db, "notes", "export", "--out", str(text)])
    assert table.read_text(encoding="utf-8").startswith("\ufeffReport,Section,Quote,")
    assert text.read_text(encoding="utf-8").startswith("# Annotations\n")
