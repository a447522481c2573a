"""The notes commands, run through the real entry point on a real library."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from core.cli import main
from core.library import open_library
from tests.core.cli.command_runs import copy_of, one_report_library


@pytest.fixture(scope="module")
def one_report(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    return one_report_library(tmp_path_factory.mktemp("cli-notes"), samples["cz2024"])


@pytest.fixture
def db(one_report: Path, tmp_path: Path) -> str:
    return copy_of(one_report, tmp_path)


def test_add_list_export_and_tags(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "--db",
                db,
                "notes",
                "add",
                "1",
                "--start",
                "10",
                "--end",
                "20",
                "--colour",
                "red",
                "--note",
                "注一",
                "--tag",
                "目标",
                "--tag",
                "经济",
            ]
        )
        == 0
    )
    assert main(["--db", db, "notes", "add", "1", "--start", "100", "--end", "110"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "notes", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["annotations"]
    assert [a["colour"] for a in listed] == ["red", "yellow"]
    assert listed[0]["tags"] == ["目标", "经济"]
    assert main(["--db", db, "notes", "list", "--tag", "经济", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["annotations"]) == 1
    assert main(["--db", db, "notes", "list"]) == 0
    first, note, _second = capsys.readouterr().out.splitlines()
    assert re.split(r"\s{2,}", first)[2:4] == ["(opening)", "量化目标 (red)"]
    assert note.strip() == "✎ 注一" and "[10:20]" not in first

    out = tmp_path / "notes.csv"
    assert main(["--db", db, "notes", "export", "--format", "csv", "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["Note"] for r in rows] == ["注一", ""]
    md = tmp_path / "notes.md"
    assert main(["--db", db, "notes", "export", "--format", "md", "--out", str(md)]) == 0
    assert "注一" in md.read_text(encoding="utf-8")
    table = tmp_path / "tags.csv"
    assert main(["--db", db, "notes", "tags", "--out", str(table)]) == 0
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert rows[1][0] == "目标" and rows[1][-1] == "1"


def test_bad_span_is_a_clear_error(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "notes", "add", "1", "--start", "5", "--end", "5"]) == 1
    assert "not a passage" in capsys.readouterr().err


def test_a_note_or_tag_may_start_with_a_dash(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--db", db, "notes", "add", "1", "--start", "10", "--end", "20"]
    assert main([*argv, "--note", "-0.4个百分点，未完成", "--tag", "-1.1个百分点"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "notes", "list", "--json"]) == 0
    (added,) = json.loads(capsys.readouterr().out)["annotations"]
    assert added["note"] == "-0.4个百分点，未完成" and added["tags"] == ["-1.1个百分点"]


def test_quotes_are_listed_as_read_on_their_report(
    tmp_path: Path, samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from core.importer import import_file

    # The interpretation with one long line of bold figures, whose quote's context starts inside
    # a bold pair, and a line whose one ** is a character (its context alone makes it a mark).
    figures = (
        "城乡居民人均可支配收入分别增长**4.6%**和**6.5%**，粮食总产量**30.5亿斤**，"
        "规上工业增加值增长**8.1%**。"
    )
    literal = (
        "全市坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，"
        "着力推动高质量发展，评分规则为基础分**加分项，总分一百。"
    )
    text = samples["cz2025i"].read_text(encoding="utf-8")
    report_file = tmp_path / "changzhi-2025-interpretation-figures.txt"
    report_file.write_text(
        text.replace("一年来,", f"{figures}\n\n{literal}\n\n一年来,", 1), encoding="utf-8"
    )
    db = str(tmp_path / "lib.sqlite3")
    with open_library(db) as store:
        report = import_file(store, report_file).report_id
        assert report is not None
        report_text = store.report(report).text
    for quote in ("上工业增加值增长**8.1%**", "评分规则为基础分**加分项"):
        start = report_text.index(quote)
        span = ["--start", str(start), "--end", str(start + len(quote))]
        assert main(["--db", db, "notes", "add", str(report), *span]) == 0
    assert capsys.readouterr().out == (
        "added annotation 1: 上工业增加值增长8.1%\nadded annotation 2: 评分规则为基础分**加分项\n"
    )
    assert main(["--db", db, "notes", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split(" 新提法 (yellow) ")[1].strip() for line in listed] == [
        "上工业增加值增长8.1%",
        "评分规则为基础分**加分项",
    ]


def test_list_shows_each_colour_by_the_meaning_given_to_it(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A highlight is listed by what its colour means to the user (``notes colours``), then the
    colour's name; a colour no longer in the palette by its name alone. JSON keeps the name."""
    from core.notes.records import PaletteColour
    from core.store.annotations import annotations_of

    span = ["--start", "10", "--end", "20"]
    assert main(["--db", db, "notes", "add", "1", *span, "--colour", "red"]) == 0
    assert main(["--db", db, "notes", "add", "1", *span, "--colour", "purple"]) == 0
    assert main(["--db", db, "notes", "add", "1", *span]) == 0
    with open_library(db) as store:
        notes = annotations_of(store)
        palette = notes.palette()
        notes.set_palette([PaletteColour("yellow", "#ffd54f", "表述新变化"), *palette[1:4]])
    capsys.readouterr()
    assert main(["--db", db, "notes", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    colours = [re.split(r"\s{2,}", line.strip())[3] for line in lines]
    assert colours == ["量化目标 (red)", "purple", "表述新变化 (yellow)"]
    assert main(["--db", db, "notes", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["annotations"]
    assert [a["colour"] for a in listed] == ["red", "purple", "yellow"]


def test_add_takes_a_colour_by_the_meaning_notes_colours_lists(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``notes colours`` lists each colour's key beside its meaning: either names it, and a
    name of neither is refused with the palette's colours listed, nothing added."""
    span = ["--start", "10", "--end", "20"]
    assert main(["--db", db, "notes", "add", "1", *span, "--colour", "量化目标"]) == 0
    assert main(["--db", db, "notes", "add", "1", *span, "--colour", "Red"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "notes", "add", "1", *span, "--colour", "量化"]) != 0
    said = capsys.readouterr().err
    assert "'量化' is not a colour of the palette" in said
    assert "yellow (" in said and "red (量化目标)" in said
    assert main(["--db", db, "notes", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["annotations"]
    assert [a["colour"] for a in listed] == ["red", "red"]
