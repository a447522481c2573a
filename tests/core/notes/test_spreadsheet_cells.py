"""CSV cells: what a spreadsheet would run as a formula is shown as text; tags split back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.library import open_library
from core.model import ReportId
from core.notes.export import export_all
from core.notes.export_words import CSV_FIELDS
from core.notes.library_notes import annotate
from core.notes.spreadsheet_cells import cell_as_text, tags_cell, tags_of_cell, text_of_cell

NOTES = [
    "-0.4个百分点，未完成",
    "=SUM(1+1)",
    "+1.1个百分点",
    "@张三 核对",
    "'引号开头",
    "平常的批注",
]
TAGS = ["+cmd", "a; b", "x*y", "反\\斜;线", "新提法"]


@pytest.mark.parametrize("value", [*NOTES, "\t缩进", "\r回车", "", "-", "'"])
def test_a_cell_reads_back_as_written(value: str) -> None:
    cell = cell_as_text(value)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert text_of_cell(cell) == value


def test_a_tag_holding_the_separator_stays_one_tag() -> None:
    assert tags_of_cell(tags_cell(TAGS)) == tuple(TAGS)
    assert tags_of_cell(tags_cell([])) == ()
    assert tags_cell(["目标", "经济"]) == "目标; 经济"


def test_exported_csv_runs_no_formula_and_keeps_every_tag(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    from core.importer import import_file

    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        report = import_file(store, samples["cz2026np"]).report_id
        assert report is not None
        text = store.report(ReportId(report)).text
        start = text.index("PM_{2.5}")
        for i, note in enumerate(NOTES):
            annotate(store, ReportId(report), start + i, start + i + 8, "yellow", note, TAGS)
        out = tmp_path / "notes.csv"
        assert export_all(store, out) == len(NOTES)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = [dict(zip(CSV_FIELDS, row, strict=True)) for row in list(csv.reader(handle))[1:]]
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        assert tags_of_cell(text_of_cell(row["tags"])) == tuple(TAGS)
    assert sorted(text_of_cell(row["note"]) for row in rows) == sorted(NOTES)
    assert {row["note"] for row in rows} >= {"'-0.4个百分点，未完成", "'=SUM(1+1)", "平常的批注"}
