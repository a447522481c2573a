"""A correction of a report's details, taken back: the old details written back only while the
report holds the new ones, on a real library file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from core.chinese_messages import chinese_message
from core.cli import main
from core.details_change import change_details, title_following, undo_details_change
from core.errors import DetailsChangedError, ReportNotFoundError, StoreError
from core.importer import import_file
from core.library import open_library
from core.model import ReportId, ReportKind, ReportMeta

REPORT = ReportId(1)


@pytest.fixture(scope="module")
def one_report(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    """A library holding only 长治 2024 (the report), as id 1."""
    path = tmp_path_factory.mktemp("details") / "lib.sqlite3"
    with open_library(str(path)) as store:
        assert import_file(store, samples["cz2024"]).report_id == REPORT
    return path


@pytest.fixture
def db(one_report: Path, tmp_path: Path) -> str:
    target = tmp_path / "lib.sqlite3"
    shutil.copyfile(one_report, target)
    return str(target)


def _dump(db: str) -> list[str]:
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


def test_an_edit_undone_leaves_the_details_and_the_listing_as_before(db: str) -> None:
    with open_library(db) as store:
        before = store.report(REPORT).meta
        listed = store.list_reports()
        wanted = before._replace(title="阳泉市2019年政府工作报告", region="阳泉市", year=2019)
        change = change_details(store, REPORT, wanted)
        assert (change.before, change.after) == (before, wanted)
        assert store.report(REPORT).meta == wanted
        undone = undo_details_change(store, change)
        assert undone == change.reversed()
        assert store.report(REPORT).meta == before
        assert store.list_reports() == listed
        redone = undo_details_change(store, change.reversed())  # Redo
        assert redone == change and store.report(REPORT).meta == wanted


def test_an_undo_asked_twice_changes_nothing_the_second_time(db: str) -> None:
    with open_library(db) as store:
        before = store.report(REPORT).meta
        change = change_details(store, REPORT, before._replace(kind=ReportKind.NEWSPAPER))
        undo_details_change(store, change)
        again = undo_details_change(store, change)
        assert not again.changed_anything and store.report(REPORT).meta == before


def test_details_changed_since_are_kept_and_the_undo_refused(db: str) -> None:
    with open_library(db) as store:
        before = store.report(REPORT).meta
        change = change_details(store, REPORT, before._replace(edition="人大会议版"))
        change_details(store, REPORT, before._replace(edition="报纸版"))  # a later edit
    kept = _dump(db)
    with open_library(db) as store, pytest.raises(DetailsChangedError) as refused:
        undo_details_change(store, change)
    assert str(refused.value) == (
        "report 1: its details were changed since (it is now “长治市2024年政府工作报告”); "
        "nothing was changed"
    )
    assert chinese_message(str(refused.value)) == (
        "报告 1: 其信息之后又被修改过（现为“长治市2024年政府工作报告”）；未作任何改动"
    )
    assert _dump(db) == kept


def test_an_undo_the_library_cannot_write_changes_nothing(db: str) -> None:
    with open_library(db) as store:
        before = store.report(REPORT).meta
        change = change_details(store, REPORT, before._replace(title="改过的标题"))
    kept = _dump(db)
    with open_library(db, read_only=True) as store, pytest.raises(StoreError):
        undo_details_change(store, change)
    assert _dump(db) == kept
    with open_library(db) as store:
        store.remove_report(REPORT)
        with pytest.raises(ReportNotFoundError):
            undo_details_change(store, change)


WRONG = ReportMeta("晋城市2000年政府工作报告", "晋城市", 2000, ReportKind.REPORT, "全文")


@pytest.mark.parametrize(
    ("title", "after", "followed"),
    [
        ("晋城市2000年政府工作报告", WRONG._replace(year=2023), "晋城市2023年政府工作报告"),
        (
            "晋城市2000年政府工作报告（x）",
            WRONG._replace(year=2023),
            "晋城市2023年政府工作报告（x）",
        ),
        (
            "晋城市2000年政府工作报告",
            WRONG._replace(region="阳城县", kind=ReportKind.NEWSPAPER),
            "阳城县2000年政府工作报告（报纸版）",
        ),
        # A title the user typed, or the text's own, stays.
        ("晋城市政府工作报告（2000年）", WRONG._replace(year=2023), "晋城市政府工作报告（2000年）"),
        ("晋城市2000年政府工作报告摘要", WRONG._replace(year=2023), "晋城市2000年政府工作报告摘要"),
        # Details that make no title leave it as it is.
        ("晋城市2000年政府工作报告", WRONG._replace(year=None), "晋城市2000年政府工作报告"),
    ],
)
def test_a_title_made_from_the_details_follows_them(
    title: str, after: ReportMeta, followed: str
) -> None:
    assert title_following(title, WRONG, after) == followed


def test_correcting_the_year_corrects_the_title_it_made(db: str) -> None:
    with open_library(db) as store:
        imported = store.report(REPORT).meta  # as an import that misread the year made them
        wrong = imported._replace(title="长治市2000年政府工作报告", year=2000)
        store.update_meta(REPORT, wrong)
        change = change_details(store, REPORT, wrong._replace(year=2023))
        assert change.after.title == "长治市2023年政府工作报告"
        assert store.report(REPORT).meta.title == "长治市2023年政府工作报告"
        undo_details_change(store, change)
        assert store.report(REPORT).meta == wrong
        typed = wrong._replace(title="长治市政府工作报告（修订）")
        change_details(store, REPORT, typed)
        change_details(store, REPORT, typed._replace(year=2024))
        assert store.report(REPORT).meta.title == "长治市政府工作报告（修订）"


def test_reportlens_edit_year_corrects_the_title_it_made(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_library(db) as store:
        wrong = store.report(REPORT).meta._replace(title="长治市2000年政府工作报告", year=2000)
        store.update_meta(REPORT, wrong)
    assert main(["--db", db, "edit", "1", "--year", "2023"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == "updated 1: 长治市2023年政府工作报告"
    assert said[1].endswith("edit 1 --title 长治市2000年政府工作报告 --year 2000")  # the way back
    with open_library(db) as store:
        assert store.report(REPORT).meta == wrong._replace(
            title="长治市2023年政府工作报告", year=2023
        )
