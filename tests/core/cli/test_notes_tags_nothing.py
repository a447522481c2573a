"""``reportlens notes tags`` where no annotation has a tag: one sentence saying so, exit 1, and
no file written (one already there left as it was), as ``notes export`` with nothing to
export; a table of its headings alone would read as a table of tags."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.cli import main
from tests.core.cli.command_runs import copy_of, one_report_library, printed


@pytest.fixture(scope="module")
def one_report(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    return one_report_library(tmp_path_factory.mktemp("cli-tags-nothing"), samples["cz2024"])


@pytest.fixture
def db(one_report: Path, tmp_path: Path) -> str:
    return copy_of(one_report, tmp_path)


def _annotate(db: str, *tags: str) -> None:
    note = ["notes", "add", "1", "--start", "300", "--end", "310"]
    assert main(["--db", db, *note, *(f"--tag={tag}" for tag in tags)]) == 0


def test_a_library_without_annotations_writes_no_tag_table(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tags.csv"
    _out, err = printed(capsys, ["--db", db, "notes", "tags", "--out", str(out)], code=1)
    assert err == (
        "reportlens: no tags to count: no annotation in the library lib.sqlite3 has a tag; "
        f"{out} was not written\n"
    )
    assert not out.exists()


def test_annotations_without_tags_leave_an_earlier_table_as_it_was(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _annotate(db)
    earlier = tmp_path / "tags.csv"
    earlier.write_text("an earlier table\n", encoding="utf-8")
    os.utime(earlier, (1_000_000_000, 1_000_000_000))
    out, err = printed(capsys, ["--db", db, "notes", "tags", "--out", str(earlier)], code=1)
    assert out == "" and err.count("\n") == 1 and "no annotation" in err
    assert earlier.read_text(encoding="utf-8") == "an earlier table\n"
    assert earlier.stat().st_mtime == 1_000_000_000
    # One tagged annotation, and the table is written.
    _annotate(db, "就业")
    out, _err = printed(capsys, ["--db", db, "notes", "tags", "--out", str(earlier)])
    assert out == f"wrote the tag table of 2 annotations to {earlier}\n"
    assert earlier.read_text(encoding="utf-8-sig").splitlines()[1].startswith("就业,1")


@pytest.mark.usefixtures("chinese_locale")
def test_no_tags_is_said_in_chinese(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "标签.csv"
    _out, err = printed(capsys, ["--db", db, "notes", "tags", "--out", str(out)], code=1)
    assert err == (
        f"reportlens: 没有可计数的标签：报告库 lib.sqlite3 中没有带标签的批注；未写入 {out}\n"
    )
    assert not out.exists()
