"""A correction of a report's details, taken back: the old details written back only while the
report holds the new ones, on a real library file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from core.chinese_messages import chinese_message
from core.details_change import change_details, undo_details_change
from core.errors import DetailsChangedError, ReportNotFoundError, StoreError
from core.importer import import_file
from core.library import open_library
from core.model import ReportId, ReportKind

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
