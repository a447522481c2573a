"""``reportlens notes export`` / ``notes tags`` to a place they cannot write: one sentence
naming the file asked for, and nothing left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli import main


@pytest.fixture
def annotated(tmp_path: Path, samples: dict[str, Path]) -> str:
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--db", db, "import", str(samples["cz2024"])]) == 0
    note = ["notes", "add", "1", "--start", "300", "--end", "310", "--note", "项目为王"]
    note += ["--tag", "就业"]
    assert main(["--db", db, *note]) == 0
    return db


@pytest.mark.parametrize(
    "command",
    [["notes", "export", "--format", "md", "--out"], ["notes", "tags", "--out"]],
)
def test_an_export_to_a_missing_folder_is_one_sentence_naming_it(
    annotated: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    out = tmp_path / "no such folder" / "notes.md"
    capsys.readouterr()
    assert main(["--db", annotated, *command, str(out)]) == 1
    assert capsys.readouterr().err == f"reportlens: {out}: No such file or directory\n"


def test_an_export_over_a_folder_leaves_it_and_nothing_beside_it(
    annotated: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notes.csv"
    out.mkdir()
    capsys.readouterr()
    assert main(["--db", annotated, "notes", "export", "--format", "csv", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reportlens: {out}: ") and err.count("\n") == 1
    assert out.is_dir() and not list(tmp_path.glob(".*partial"))
