"""The library commands under a Chinese locale: every line they print in Chinese, a report's
own words (titles, regions, passages) as written, the columns lined up on screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from tests.core.cli.column_starts import misaligned
from tests.core.cli.command_runs import library_of, printed


@pytest.fixture
def db(tmp_path: Path, samples: dict[str, Path]) -> str:
    return library_of(tmp_path, samples["cz2024"], samples["cz2024np"])


@pytest.mark.usefixtures("chinese_locale")
def test_import_says_what_it_did_with_each_file_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: dict[str, Path]
) -> None:
    path = str(tmp_path / "library.sqlite3")
    missing = tmp_path / "不在这里.txt"
    out, err = printed(
        capsys, ["--db", path, "import", str(samples["jc2024"]), str(missing)], code=1
    )
    assert out == "已导入 jincheng-2024-report.txt，编号 1：晋城市2024年政府工作报告\n"
    assert err == (f"reportlens: {missing}: 文件不存在（可能已被移动、改名或删除）\n")
    out, _err = printed(capsys, ["--db", path, "import", str(samples["jc2024"])])
    assert (
        out
        == f"{samples['jc2024']}: 报告库中已有，即“晋城市2024年政府工作报告”，未作改动（编号 1）\n"
    )


@pytest.mark.usefixtures("chinese_locale")
def test_samples_and_list_speak_chinese_and_line_up(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(tmp_path / "library.sqlite3")
    out, _err = printed(capsys, ["--db", path, "samples"])
    assert out.splitlines()[0] == "已导入  changzhi-2024-report.txt"
    out, _err = printed(capsys, ["--db", path, "samples"])
    assert {line.split()[0] for line in out.splitlines()} == {"库中已有"}
    out, _err = printed(capsys, ["--db", path, "list"])
    lines = out.splitlines()
    assert [line.split()[3] for line in lines] == [
        "报纸版",
        "解读",
        "报告全文",
        "报纸版",
        "报告全文",
    ]
    assert not misaligned(lines)
    # The JSON keeps the kinds' values.
    out, _err = printed(capsys, ["--db", path, "list", "--json"])
    assert json.loads(out)["reports"][0]["kind"] == "newspaper"


@pytest.mark.usefixtures("chinese_locale")
def test_search_counts_its_matches_in_chinese(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = printed(capsys, ["--db", db, "search", "就业", "--limit", "1"])
    assert len(out.splitlines()) == 1 and "就业" in out
    assert err == "以上是前 1 处，还有更多（--limit N 可列出更多）\n"
    _out, err = printed(capsys, ["--db", db, "search", "不会出现的词语"])
    assert err == "找到 0 处\n"


@pytest.mark.usefixtures("chinese_locale")
def test_edit_and_remove_speak_chinese(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out, _err = printed(capsys, ["--db", db, "edit", "1", "--edition", "征求意见稿"])
    assert out.splitlines()[0] == "已更新 1：长治市2024年政府工作报告"
    _out, err = printed(capsys, ["--db", db, "edit", "1", "--year", "1800"], code=1)
    assert err == "reportlens: 报告 1: 1800 不是报告的年份（1949–2100）\n"
    assert main(["--db", db, "notes", "add", "1", "--start", "200", "--end", "230"]) == 0
    _out, err = printed(capsys, ["--db", db, "remove", "1"], code=1)
    assert err == (
        "reportlens: 1: 长治市2024年政府工作报告 有 1 条批注；请先导出批注（`reportlens notes "
        "export`），或加 --with-annotations 连同批注一并移除\n"
    )
    out, _err = printed(capsys, ["--db", db, "remove", "1", "--with-annotations"])
    assert out == "已移除 1：长治市2024年政府工作报告，连同其 1 条批注\n"


@pytest.mark.usefixtures("chinese_locale")
def test_a_report_named_that_is_not_there_is_told_in_chinese(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _out, err = printed(capsys, ["--db", db, "show", "99"], code=1)
    assert err == "reportlens: 报告库中没有编号为 99 的报告（`reportlens list` 列出库中的报告）\n"
    _out, err = printed(capsys, ["--db", db, "outline", "没有这份报告"], code=1)
    assert err == (
        "reportlens: 没有名为“没有这份报告”的文件或库中报告（`reportlens list` 列出库中的报告）\n"
    )
    _out, err = printed(capsys, ["--db", db, "show", "长治"], code=1)
    assert err.startswith("reportlens: “长治”对应多份报告（1：长治市2024年政府工作报告（")


@pytest.mark.usefixtures("chinese_locale")
def test_a_file_that_cannot_be_read_is_named_with_its_problem_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "空的.txt"
    empty.write_bytes(b"")
    _out, err = printed(capsys, ["--db", str(tmp_path / "lib.sqlite3"), "outline", str(empty)], 1)
    assert err == "reportlens: 空的.txt: 文件为空（0 字节）\n"
