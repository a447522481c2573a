"""Replacing a report with a file already in the library as a report of its own: that report
becomes the new edition, as if Replace had been chosen in the first place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.compare.records import PairOverride
from core.importer import ImportStatus, import_file
from core.library import open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.new_edition import replace_with_edition
from core.notes.records import AnchorStatus
from core.store.annotations import annotations_of
from core.store.pair_overrides import save_overrides, stored_overrides

TITLE = "长治市2024年政府工作报告"
A_OVERRIDE = [PairOverride(("一、2023年工作回顾",), None)]
B_OVERRIDE = [PairOverride(None, ("二、2024年工作安排",))]


@pytest.fixture
def corrected(samples: dict[str, Path], tmp_path: Path) -> Path:
    """长治 2024 with an editor's two changes: a word, and a heading."""
    text = samples["cz2024"].read_text(encoding="utf-8")
    assert "国防动员" in text and "2023年工作回顾" in text
    path = tmp_path / "changzhi-2024-corrected.txt"
    path.write_text(
        text.replace("国防动员", "国防教育").replace("2023年工作回顾", "过去一年"),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def db(samples: dict[str, Path], corrected: Path, tmp_path: Path) -> str:
    """长治 2024 (1, annotated, its details corrected by hand), 晋城 2024 (2), 长治 2026 (3),
    and the corrected edition imported by mistake as a report of its own (4, annotated)."""
    path = str(tmp_path / "lib.sqlite3")
    with open_library(path) as store:
        for number, name in enumerate(("cz2024", "jc2024", "cz2026np"), start=1):
            assert import_file(store, samples[name]).report_id == number
        store.update_meta(
            ReportId(1), store.report(ReportId(1)).meta._replace(edition="人大会议版")
        )
        for quote in ("城镇新增就业", "工作取得新进步，国防动员、双拥共建", "2023年工作回顾"):
            _annotate(store, ReportId(1), quote)
        mistaken = import_file(store, corrected)
        assert mistaken.report_id == 4 and mistaken.title == f"{TITLE}（changzhi-2024-corrected）"
        _annotate(store, ReportId(4), "过去一年", note="the copy's own")
        save_overrides(store, ReportId(1), ReportId(2), A_OVERRIDE)
        save_overrides(store, ReportId(3), ReportId(1), A_OVERRIDE)
        save_overrides(store, ReportId(4), ReportId(3), B_OVERRIDE)
    return path


def _annotate(store: object, report: ReportId, quote: str, note: str = "") -> int:
    text = store.report(report).text  # type: ignore[attr-defined]
    start = text.index(quote)
    made = annotate(store, report, start, start + len(quote), "yellow", note=note or quote)  # type: ignore[arg-type]
    return int(made.id)


def _dump(db: str) -> list[str]:
    """Every row of the library, as SQL: equal dumps mean an unchanged library."""
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


def test_the_copy_already_in_the_library_becomes_the_new_edition(db: str, corrected: Path) -> None:
    with open_library(db) as store:
        meta = store.report(ReportId(1)).meta
        own = annotations_of(store).for_report(ReportId(4))
        outcome = replace_with_edition(store, ReportId(1), corrected)
        assert outcome.imported.status is ImportStatus.DUPLICATE
        assert outcome.new_report == ReportId(4) and outcome.took_library_copy
        assert sorted(s.id for s in store.list_reports()) == [2, 3, 4]  # one 长治 2024, not two
        assert store.report(ReportId(4)).meta == meta  # the details the user corrected
        assert store.report(ReportId(4)).source_name == corrected.name
        notes = annotations_of(store).for_report(ReportId(4))
        moved = {a.note: a for a in notes if a.note != "the copy's own"}
        assert {note: a.status for note, a in moved.items()} == {
            "城镇新增就业": AnchorStatus.PLACED,
            "工作取得新进步，国防动员、双拥共建": AnchorStatus.CHANGED,
            "2023年工作回顾": AnchorStatus.ORPHANED,
        }
        assert [a for a in notes if a.note == "the copy's own"] == own  # as it was
        assert outcome.reanchored is not None
        assert [a.note for a in outcome.reanchored.orphans] == ["2023年工作回顾"]
        # The old report's pairing corrections hold for the copy; the copy's own stay.
        assert stored_overrides(store, ReportId(4), ReportId(2)) == A_OVERRIDE
        assert stored_overrides(store, ReportId(4), ReportId(3)) == B_OVERRIDE
    assert outcome.message == (
        f"{corrected.name} replaced “{TITLE}”, using its copy already in the library "
        f"(“{TITLE}（changzhi-2024-corrected）”): 3 annotations, 1 in place, "
        "1 on changed passages, 1 to place by hand"
    )


@pytest.mark.parametrize(
    "failing", ["AFTER UPDATE ON reports", "AFTER DELETE ON reports", "AFTER UPDATE ON annotations"]
)
def test_a_failure_on_the_way_leaves_the_library_exactly_as_it_was(
    db: str, corrected: Path, failing: str
) -> None:
    with sqlite3.connect(db) as connection:
        # Fires inside the transaction, at the last, middle or first step of the move.
        connection.execute(
            f"CREATE TRIGGER fails {failing} BEGIN INSERT INTO nowhere VALUES (1); END"
        )
    before = _dump(db)
    with open_library(db) as store:
        outcome = replace_with_edition(store, ReportId(1), corrected)
        assert outcome.new_report is None and outcome.reanchored is None
    assert outcome.message.startswith(
        f"{corrected.name}: this text is already in the library as "
        f"“{TITLE}（changzhi-2024-corrected）”, which could not take the report's place ("
    )
    assert outcome.message.endswith("); nothing was replaced")
    assert _dump(db) == before


@pytest.mark.parametrize("force", [False, True])
def test_a_copy_that_is_another_citys_report_is_refused_even_when_forced(
    db: str, samples: dict[str, Path], force: bool
) -> None:
    before = _dump(db)
    with open_library(db) as store:
        outcome = replace_with_edition(store, ReportId(1), samples["jc2024"], force=force)
    assert outcome.new_report is None and not outcome.not_an_edition  # no use insisting
    assert outcome.message == (
        "jincheng-2024-report.txt: this text is already in the library as "
        "“晋城市2024年政府工作报告”; nothing was replaced"
    )
    assert _dump(db) == before


def test_the_command_line_says_the_copy_in_the_library_was_used(
    db: str, corrected: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.cli import main

    assert main(["--db", db, "replace", "1", str(corrected)]) == 0
    out = capsys.readouterr().out
    assert "using its copy already in the library" in out
    assert "to place by hand: annotation 3: 2023年工作回顾" in out
    assert main(["--db", db, "replace", "3", str(corrected)]) == 1
    err = capsys.readouterr().err
    assert "already in the library as “长治市2024年政府工作报告”" in err and "--force" not in err
