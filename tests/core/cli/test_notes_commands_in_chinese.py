"""The annotation commands and ``replace`` under a Chinese locale: every line they print in
Chinese, an annotation's quote and tags as written."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from core.cli import main
from tests.core.cli.column_starts import misaligned
from tests.core.cli.command_runs import library_of, printed


@pytest.fixture
def db(tmp_path: Path, samples: dict[str, Path]) -> str:
    return library_of(tmp_path, samples["cz2024"])


@pytest.mark.usefixtures("chinese_locale")
def test_notes_add_list_export_tags_and_reanchor_speak_chinese(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add = ["notes", "add", "1", "--start", "0", "--end", "4", "--tag", "就业"]
    out, _err = printed(capsys, ["--db", db, *add])
    assert out == "已添加批注 1：各位代表\n"
    out, err = printed(capsys, ["--db", db, "notes", "list"])
    assert err == "1 条批注\n"
    assert "各位代表" in out
    assert "  新提法（黄色）  " in out and "yellow" not in out
    md = tmp_path / "批注.md"
    out, _err = printed(capsys, ["--db", db, "notes", "export", "--format", "md", "--out", str(md)])
    assert out == f"已将 1 条批注导出到 {md}\n"
    tags = tmp_path / "tags.csv"
    out, _err = printed(capsys, ["--db", db, "notes", "tags", "--out", str(tags)])
    assert out == f"已将 1 条批注的标签表写入 {tags}\n"
    out, _err = printed(capsys, ["--db", db, "notes", "reanchor", "1"])
    assert out == "1 条位置不变，0 条在改动过的段落上，0 条待放置\n"


@pytest.mark.usefixtures("chinese_locale", "shanghai_clock")
def test_list_and_export_show_the_note_the_section_and_the_colour_by_name(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: dict[str, Path]
) -> None:
    """What the user wrote is read under the annotation, where it stands by its sections, its
    colour by its meaning and name in Chinese; the character offsets only in the JSON."""
    text = samples["cz2024"].read_text(encoding="utf-8")
    start = text.index("坚持稳中求进、以进促稳")
    span = ["--start", str(start), "--end", str(start + 11)]
    note = ["--note", "**重点** 稳中求进、以进促稳\n\n第二行", "--tag", "申论", "--tag", "总体要求"]
    assert main(["--db", db, "notes", "add", "1", *span, *note]) == 0
    out, _err = printed(capsys, ["--db", db, "notes", "list"])
    first, *notes = out.splitlines()
    assert first.split() == [
        "1",
        "1",
        "2024年工作安排",
        "新提法（黄色）",
        "坚持稳中求进、以进促稳",
        "#申论",
        "#总体要求",
    ]
    assert notes == ["      ✎ 重点 稳中求进、以进促稳", "      ✎ 第二行"]
    assert first.index("2024年工作安排") == notes[0].index("✎")
    assert str(start) not in out
    out, _err = printed(capsys, ["--db", db, "notes", "list", "--json"])
    assert f'"start": {start}' in out

    md = tmp_path / "批注.md"
    printed(capsys, ["--db", db, "notes", "export", "--format", "md", "--out", str(md)])
    written = md.read_text(encoding="utf-8")
    assert written.startswith("# 批注\n") and "Annotations" not in written
    assert "### 2024年工作安排\n" in written and "*新提法 · #申论 #总体要求*\n" in written
    assert "位置" not in written and str(start) not in written

    table = tmp_path / "批注.csv"
    printed(capsys, ["--db", db, "notes", "export", "--format", "csv", "--out", str(table)])
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert list(rows[0])[:8] == [
        "报告",
        "章节",
        "原文",
        "颜色",
        "颜色含义",
        "笔记",
        "标签",
        "位置状态",
    ]
    assert (rows[0]["颜色"], rows[0]["颜色含义"], rows[0]["位置状态"]) == (
        "黄色",
        "新提法",
        "在原处",
    )
    assert rows[0]["章节"] == "2024年工作安排" and rows[0]["原文起点（字符序号）"] == str(start)
    created = datetime.fromisoformat(rows[0]["创建时间"])  # local time, to the minute
    assert abs(created - datetime.now()).total_seconds() < 120


@pytest.mark.usefixtures("chinese_locale")
def test_an_annotation_that_cannot_be_made_is_told_in_chinese(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _out, err = printed(
        capsys, ["--db", db, "notes", "add", "1", "--start", "0", "--end", "4", "--colour", "x"], 1
    )
    assert err == (
        "reportlens: “x”不是调色板中的颜色；调色板中的颜色有 yellow (新提法), red (量化目标),"
        " green (民生实事), blue (改革举措), purple (待核实)\n"
    )
    assert main(["--db", db, "notes", "add", "1", "--start", "0", "--end", "4"]) == 0
    out_file = tmp_path / "没有的文件夹" / "批注.md"
    argv = ["--db", db, "notes", "export", "--format", "md", "--out", str(out_file)]
    _out, err = printed(capsys, argv, code=1)
    assert err == f"reportlens: {out_file}: 没有这个文件或文件夹\n"


@pytest.mark.usefixtures("chinese_locale")
def test_replace_speaks_chinese_and_lists_what_to_place_by_hand(
    db: str, capsys: pytest.CaptureFixture[str], samples: dict[str, Path]
) -> None:
    start = (samples["cz2024"].read_text(encoding="utf-8")).index("2023年工作回顾")
    add = ["notes", "add", "1", "--start", str(start), "--end", str(start + len("2023年工作回顾"))]
    assert main(["--db", db, *add]) == 0
    _out, err = printed(capsys, ["--db", db, "replace", "1", str(samples["jc2024"])], code=1)
    assert err.startswith("reportlens: jincheng-2024-report.txt: 此文件读来是晋城市")
    assert err.endswith("；未作替换；如仍要替换，请加 --force\n")
    out, _err = printed(capsys, ["--db", db, "replace", "1", str(samples["cz2024np"])])
    first, *rest = out.splitlines()
    assert first.startswith(
        "changzhi-2024-newspaper.txt 已替换“长治市2024年政府工作报告”：共 1 条批注"
    )
    assert rest == ["  需手动放置：批注 1：2023年工作回顾"]
    out, _err = printed(capsys, ["--db", db, "notes", "list"])
    assert "[待放置]" in out
    assert not misaligned(out.splitlines())
