"""``reportlens compare`` under a Chinese locale: its lines and messages in Chinese, the
reports' words as written, the JSON as in every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.cli.table_columns import padded
from core.compare.records import PairOverride
from core.library import open_library
from core.model import ReportId
from core.store.pair_overrides import save_overrides
from tests.core.cli.command_runs import library_of

PLAN = "2024年工作安排"


@pytest.fixture
def db(tmp_path: Path, samples: dict[str, Path]) -> str:
    return library_of(tmp_path, samples["cz2024"], samples["cz2024np"])


@pytest.mark.usefixtures("chinese_locale")
def test_the_changes_are_listed_in_chinese(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", db, "compare", "1", "2"]) == 0
    first, *lines = capsys.readouterr().out.splitlines()
    assert first.startswith("长治市2024年政府工作报告 → 长治市2024年政府工作报告（报纸版）：新增 ")
    assert "，移动 " in first and "；其中数字变化 " in first
    changes = [line for line in lines if not line.startswith("@")]
    kinds = {line[2:].split()[0] for line in changes}
    assert kinds and kinds <= {"新增", "删除", "改写", "移动", "新增章节", "删除章节"}
    # The kinds take one width on screen: each change's text starts at one column.
    for line in changes:
        kind = line[2:].split()[0]
        assert line[2:].startswith(padded(kind, 8) + " ") and line[11 - len(kind)] != " "
    assert main(["--db", db, "compare", "1", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {change["kind"] for change in data["changes"]} <= {
        "inserted",
        "deleted",
        "replaced",
        "moved",
        "added_section",
        "removed_section",
    }


@pytest.mark.usefixtures("chinese_locale")
def test_a_correction_that_no_longer_applies_is_told_in_chinese(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = PairOverride((PLAN, "着力扩大有效投资"), None)
    with open_library(db) as store:
        save_overrides(store, ReportId(1), ReportId(2), [gone])
    capsys.readouterr()
    assert main(["--db", db, "compare", "1", "2", "--json"]) == 0
    assert capsys.readouterr().err == (
        "reportlens: 一项手动配对不再适用，因为它所指的章节已不在这两份报告中："
        "「着力扩大有效投资」保持不配对\n"
    )


@pytest.mark.usefixtures("chinese_locale")
def test_a_file_compared_that_is_not_there_is_named_in_chinese(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "旧版.txt"
    capsys.readouterr()
    assert main(["--db", db, "compare", str(missing), "1"]) == 1
    assert capsys.readouterr().err == (
        "reportlens: 没有名为“"
        + str(missing)
        + "”的文件或库中报告（`reportlens list` 列出库中的报告）\n"
    )
    assert main(["--db", db, "compare", "1", "2", "--gui"]) == 2
    assert "reportlens: --gui 在程序窗口中打开对比" in capsys.readouterr().err


@pytest.mark.usefixtures("chinese_locale")
def test_the_html_report_speaks_chinese_under_a_chinese_locale(db: str, tmp_path: Path) -> None:
    out = tmp_path / "对照.html"
    assert main(["--db", db, "compare", "1", "2", "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page and "<h2>改动列表</h2>" in page


def test_the_html_report_speaks_english_under_another_locale(db: str, tmp_path: Path) -> None:
    out = tmp_path / "compared.html"
    assert main(["--db", db, "compare", "1", "2", "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    # The page is in the reports' language; its own words say they are English.
    assert '<html lang="zh-CN">' in page and '<h2 lang="en">Changes</h2>' in page
    assert "<th>Total</th>" in page and "改动列表" not in page
    assert "长治市2024年政府工作报告" in page  # the reports' words as written
