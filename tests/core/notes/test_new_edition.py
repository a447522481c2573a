"""Replacing a report with a corrected edition: one report, every annotation kept and placed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from core.importer import ImportStatus, import_file
from core.library import open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.new_edition import replace_with_edition
from core.notes.records import AnchorStatus
from core.store.annotations import annotations_of


@pytest.fixture(scope="module")
def one_edition(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    """A library holding only 长治 2024 (the report), as id 1."""
    path = tmp_path_factory.mktemp("edition") / "lib.sqlite3"
    with open_library(str(path)) as store:
        assert import_file(store, samples["cz2024"]).report_id == 1
    return path


@pytest.fixture
def db(one_edition: Path, tmp_path: Path) -> str:
    target = tmp_path / "lib.sqlite3"
    shutil.copyfile(one_edition, target)
    return str(target)


def _annotate(store: object, quote: str, after: str = "") -> int:
    text = store.report(ReportId(1)).text  # type: ignore[attr-defined]
    start = text.index(quote, text.index(after) if after else 0)
    made = annotate(store, ReportId(1), start, start + len(quote), "yellow", note=quote)  # type: ignore[arg-type]
    return int(made.id)


def test_the_corrected_edition_replaces_the_report_and_its_annotations_follow(
    db: str, samples: dict[str, Path]
) -> None:
    with open_library(db) as store:
        store.update_meta(
            ReportId(1), store.report(ReportId(1)).meta._replace(edition="人大会议版")
        )
        ids = {
            quote: _annotate(store, quote, after)
            for quote, after in (
                ("城镇新增就业", "2024年工作安排"),  # in both editions
                ("工作取得新进步，国防动员、双拥共建", ""),  # the editor changed 动员
                ("2023年工作回顾", ""),  # the newspaper lacks this heading
            )
        }
        outcome = replace_with_edition(store, ReportId(1), samples["cz2024np"])
        assert outcome.imported.status is ImportStatus.IMPORTED
        new = outcome.new_report
        assert new is not None and new != ReportId(1)
        assert [s.id for s in store.list_reports()] == [new]  # one report, not two
        assert store.report(new).meta.edition == "人大会议版"  # the user's metadata kept
        assert store.report(new).source_name == samples["cz2024np"].name
        notes = annotations_of(store)
        moved = {a.note: a for a in notes.for_report(new)}
        assert {a.id for a in moved.values()} == set(ids.values())  # none lost, same ids
        text = store.report(new).text
        kept = moved["城镇新增就业"]
        assert kept.status is AnchorStatus.PLACED
        assert text[kept.anchor.start : kept.anchor.end] == "城镇新增就业"
        assert moved["2023年工作回顾"].status is AnchorStatus.ORPHANED
        assert outcome.reanchored is not None
        assert sum(outcome.reanchored.counts.values()) == 3
        assert "3 annotations" in outcome.message and "to place by hand" in outcome.message


def test_a_file_that_cannot_be_read_replaces_nothing(db: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\x00\xd8" + bytes(range(256)) * 4)
    with open_library(db) as store:
        annotation = _annotate(store, "城镇新增就业")
        outcome = replace_with_edition(store, ReportId(1), broken)
        assert outcome.imported.status is ImportStatus.FAILED and outcome.new_report is None
        assert "broken.txt" in outcome.message
        assert [s.id for s in store.list_reports()] == [ReportId(1)]
        assert annotations_of(store).get(annotation).report_id == ReportId(1)


def test_the_same_text_again_is_nothing_to_replace(db: str, samples: dict[str, Path]) -> None:
    with open_library(db) as store:
        annotation = _annotate(store, "城镇新增就业")
        outcome = replace_with_edition(store, ReportId(1), samples["cz2024"])
        assert outcome.imported.status is ImportStatus.DUPLICATE and outcome.new_report is None
        assert "nothing to replace" in outcome.message
        assert [s.id for s in store.list_reports()] == [ReportId(1)]
        assert annotations_of(store).get(annotation).report_id == ReportId(1)


def test_the_command_line_replaces_and_lists_what_to_place_by_hand(
    db: str, samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from core.cli import main

    with open_library(db) as store:
        _annotate(store, "2023年工作回顾")
    assert main(["--db", db, "replace", "1", str(samples["cz2024np"])]) == 0
    out = capsys.readouterr().out
    # One annotation is said in the singular, as every count of the app is.
    assert (
        "replaced “长治市2024年政府工作报告”: 1 annotation, 0 in place, 0 on changed passages, "
        "1 to place by hand\n"
    ) in out
    assert "to place by hand: annotation 1: 2023年工作回顾" in out
    assert main(["--db", db, "replace", "2", str(samples["cz2024np"])]) == 1
    assert "nothing to replace" in capsys.readouterr().err


def _dump(db: str) -> list[str]:
    """Every row of the library, as SQL: equal dumps mean an unchanged library."""
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


@pytest.mark.parametrize(
    ("other", "reads_as"),
    [("jc2024", "晋城市, 2024"), ("cz2026np", "长治市, 2026"), ("cz2025i", "长治市, 2025")],
)
def test_another_citys_or_years_report_is_refused_and_the_library_kept(
    db: str, samples: dict[str, Path], other: str, reads_as: str
) -> None:
    with open_library(db) as store:
        annotation = _annotate(store, "城镇新增就业")
        # Details corrected by hand are the user's: the two texts are read alike instead.
        meta = store.report(ReportId(1)).meta
        store.update_meta(ReportId(1), meta._replace(title="长治市2023年政府工作报告", year=2023))
    before = _dump(db)
    with open_library(db) as store:
        outcome = replace_with_edition(store, ReportId(1), samples[other])
    assert outcome.not_an_edition and outcome.new_report is None
    assert outcome.message == (
        f"{samples[other].name}: this reads as a report of {reads_as}, not as an edition of "
        "“长治市2023年政府工作报告” (长治市, 2024); nothing was replaced"
    )
    assert _dump(db) == before
    with open_library(db) as store:
        forced = replace_with_edition(store, ReportId(1), samples[other], force=True)
        assert forced.new_report is not None
        assert annotations_of(store).get(annotation).report_id == forced.new_report


def test_a_corrected_text_that_changes_the_year_in_its_title_is_still_an_edition(
    db: str, sample_texts: dict[str, str], tmp_path: Path
) -> None:
    # The stored text's title line named the wrong year; the corrected file fixes it.
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("长治市2023年政府工作报告\n\n" + sample_texts["cz2024"], encoding="utf-8")
    corrected = tmp_path / "corrected.txt"
    corrected.write_text("长治市2024年政府工作报告\n\n" + sample_texts["cz2024"], encoding="utf-8")
    with open_library(db) as store:
        first = import_file(store, wrong)
        assert first.report_id is not None
        assert store.report(first.report_id).meta.year == 2023
        outcome = replace_with_edition(store, first.report_id, corrected)
        assert not outcome.not_an_edition and outcome.new_report is not None


def test_the_command_line_refuses_another_report_and_replaces_it_when_forced(
    db: str, samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from core.cli import main

    assert main(["--db", db, "replace", "1", str(samples["jc2024"])]) == 1
    err = capsys.readouterr().err
    assert "not as an edition of “长治市2024年政府工作报告”" in err and "add --force" in err
    assert err.startswith("reportlens: jincheng-2024-report.txt: ")
    assert main(["--db", db, "replace", "1", str(samples["jc2024"]), "--force"]) == 0
    assert "replaced “长治市2024年政府工作报告”" in capsys.readouterr().out
