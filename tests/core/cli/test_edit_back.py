"""``reportlens edit`` prints, under its confirmation, the ``reportlens edit`` that gives the
report back the details it had: the command line keeps no history to undo it from."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from core.cli.details_back import edit_back, typed
from core.details_change import DetailsChange
from core.library import open_library
from core.model import ReportId, ReportKind, ReportMeta
from tests.core.cli.command_runs import copy_of, one_report_library, printed


@pytest.fixture(scope="module")
def one_report(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    return one_report_library(tmp_path_factory.mktemp("cli-edit-back"), samples["cz2024"])


@pytest.fixture
def db(one_report: Path, tmp_path: Path) -> str:
    return copy_of(one_report, tmp_path)


def _details(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, object]:
    out, _err = printed(capsys, ["--db", db, "list", "--json"])
    report: dict[str, object] = json.loads(out)["reports"][0]
    return {key: report[key] for key in ("title", "region", "year", "kind", "edition")}


def test_the_command_printed_gives_the_details_back(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _details(capsys, db)
    correction = ["--title", "长治 2024 (草案)", "--region", "", "--year", "2023"]
    out, _err = printed(capsys, ["--db", db, "edit", "1", *correction, "--kind", "newspaper"])
    updated, back = out.splitlines()
    assert updated == "updated 1: 长治 2024 (草案)"
    assert back == (
        f"  to take it back: reportlens --db {db} edit 1 --title 长治市2024年政府工作报告 "
        "--region 长治市 --year 2024 --kind report"
    )
    assert _details(capsys, db) != before
    command = shlex.split(back.removeprefix("  to take it back: "))
    assert command[0] == "reportlens"
    printed(capsys, command[1:])
    assert _details(capsys, db) == before


def test_an_edit_that_changes_nothing_prints_no_way_back(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _err = printed(capsys, ["--db", db, "edit", "1", "--year", "2024"])
    assert out == "updated 1: 长治市2024年政府工作报告\n"


@pytest.mark.usefixtures("chinese_locale")
def test_the_way_back_is_said_in_chinese(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out, _err = printed(capsys, ["--db", db, "edit", "1", "--edition", "征求意见稿"])
    assert out == (
        "已更新 1：长治市2024年政府工作报告\n"
        f"  如需改回：reportlens --db {db} edit 1 --edition 全文\n"
    )


def test_a_year_not_known_before_is_left_out_of_the_command() -> None:
    before = ReportMeta("长治", "长治市", None, ReportKind.REPORT)
    change = DetailsChange(ReportId(3), before, before._replace(year=2024, edition="x"))
    assert edit_back(change) == "reportlens edit 3 --edition ''"


def test_a_value_is_quoted_only_where_a_shell_would_read_it_otherwise() -> None:
    assert typed("长治市2024年政府工作报告（草案）") == "长治市2024年政府工作报告（草案）"
    assert typed("reports/lib.sqlite3") == "reports/lib.sqlite3"
    assert typed("") == "''"
    assert typed("a b") == "'a b'"
    assert typed("it's") == "'it'\"'\"'s'"
    assert typed("$HOME") == "'$HOME'"


def test_a_year_filled_in_is_said_to_have_been_unknown(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_library(db) as store:
        meta = store.report(ReportId(1)).meta
        store.update_meta(ReportId(1), meta._replace(year=None))
    out, _err = printed(capsys, ["--db", db, "edit", "1", "--year", "2024"])
    assert out == "updated 1: 长治市2024年政府工作报告\n  (its year was not known before)\n"
