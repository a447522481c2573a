"""An output file whose name says another format than the one asked for (``--format md --out
notes.csv``): one sentence naming the file and both formats, exit 2, nothing written; a name
that agrees, or says no format, is written as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli import main
from tests.core.cli.command_runs import copy_of, one_report_library, printed


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    library = one_report_library(tmp_path_factory.mktemp("cli-output-format"), samples["cz2024"])
    note = ["notes", "add", "1", "--start", "300", "--end", "310", "--tag", "就业"]
    assert main(["--db", str(library), *note]) == 0
    return library


@pytest.fixture
def db(tagged: Path, tmp_path: Path) -> str:
    """A copy of the library in a folder of its own, apart from the files written."""
    folder = tmp_path / "library"
    folder.mkdir()
    return copy_of(tagged, folder)


CONTRADICTIONS = [
    (["notes", "export", "--format", "md", "--out"], "x.csv", "--format md", "Markdown", "CSV"),
    (["notes", "export", "--format", "csv", "--out"], "x.MD", "--format csv", "CSV", "Markdown"),
    (["targets", "1", "--csv"], "figures.md", "--csv", "CSV", "Markdown"),
    (["scorecard", "长治", "--csv"], "card.html", "--csv", "CSV", "HTML"),
    (["compare", "1", "1", "--html"], "changes.csv", "--html", "HTML", "CSV"),
]


@pytest.mark.parametrize(("command", "name", "asked", "wanted", "named"), CONTRADICTIONS)
def test_a_name_that_says_another_format_is_refused_and_nothing_written(
    db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    name: str,
    asked: str,
    wanted: str,
    named: str,
) -> None:
    out = tmp_path / name
    _out, err = printed(capsys, ["--db", db, *command, str(out)], code=2)
    assert err == (
        f"reportlens: {out}: {asked} writes {wanted}, but the file's name says {named}; "
        "make them agree (nothing was written)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library"]


@pytest.mark.usefixtures("chinese_locale")
def test_the_refusal_is_said_in_chinese(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "批注.csv"
    argv = ["--db", db, "notes", "export", "--format", "md", "--out", str(out)]
    _out, err = printed(capsys, argv, code=2)
    assert err == (
        f"reportlens: {out}: --format md 写出的是 Markdown，但文件名表明是 CSV；"
        "请让两者一致（未写入文件）\n"
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("command", "name", "starts"),
    [
        (["notes", "export", "--format", "csv", "--out"], "x.CSV", "\ufeffReport,Section,"),
        (["notes", "export", "--format", "csv", "--out"], "x.txt", "\ufeffReport,Section,"),
        (["notes", "export", "--format", "md", "--out"], "x.md", "# Annotations\n"),
        (["notes", "export", "--out"], "x.csv", "\ufeffReport,Section,"),
        (["targets", "1", "--csv"], "figures.txt", "\ufeff"),
    ],
)
def test_a_name_that_agrees_or_says_no_format_is_written(
    db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    name: str,
    starts: str,
) -> None:
    out = tmp_path / name
    printed(capsys, ["--db", db, *command, str(out)])
    assert out.read_text(encoding="utf-8").startswith(starts)
