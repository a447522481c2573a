"""Annotations in a real library: saved at once, kept through re-import, removal and kills."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import StoreError
from core.library import open_library
from core.model import ReportId
from core.notes.export import annotations_csv, annotations_markdown
from core.notes.library_notes import (
    annotate,
    carry_annotation,
    carry_proposal,
    place_by_hand,
    reanchor_report,
)
from core.notes.records import AnchorStatus, PaletteColour
from core.notes.shown_quote import quote_on_context
from core.store.annotation_reads import AnnotationNotFoundError
from core.store.annotations import annotations_of

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def two_editions(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    """A library with 长治 2024 (report, id 1), its newspaper edition (2) and 2026 (3)."""
    from core.importer import import_file

    path = tmp_path_factory.mktemp("notes") / "lib.sqlite3"
    with open_library(str(path)) as store:
        for name in ("cz2024", "cz2024np", "cz2026np"):
            assert import_file(store, samples[name]).report_id is not None
    return path


@pytest.fixture
def db(two_editions: Path, tmp_path: Path) -> str:
    target = tmp_path / "lib.sqlite3"
    shutil.copyfile(two_editions, target)
    return str(target)


def _span(store: object, report_id: int, quote: str, after: str = "") -> tuple[int, int]:
    text = store.report(ReportId(report_id)).text  # type: ignore[attr-defined]
    start = text.index(quote, text.index(after) if after else 0)
    return start, start + len(quote)


def test_annotate_update_delete_restore(db: str) -> None:
    with open_library(db) as store:
        start, end = _span(store, 1, "新质生产力", "2024年工作安排")
        made = annotate(store, ReportId(1), start, end, "yellow", "**新提法**", ["新提法", " 产业"])
        notes = annotations_of(store)
        assert made.anchor.quote == "新质生产力"
        assert made.tags == ("新提法", "产业")
        assert made.anchor.section_path[0] == "2024年工作安排"
        changed = notes.update(made.id, colour="red", tags=["目标"])
        assert (changed.colour, changed.note, changed.tags) == ("red", "**新提法**", ("目标",))
        gone = notes.delete(made.id)
        with pytest.raises(AnnotationNotFoundError):
            notes.get(made.id)
        assert notes.restore(gone) == gone
        assert notes.search("新提法") == [gone]
        assert notes.search(tag="目标") == [gone]
        assert notes.search(colour="yellow") == []
        assert notes.tag_counts() == [("目标", 1)]
    with pytest.raises(ValueError, match="palette"), open_library(db) as store:
        annotate(store, ReportId(1), 0, 2, "no-such-colour")


def test_search_of_one_report_reads_only_its_annotations(db: str) -> None:
    with open_library(db) as store:
        first = annotate(store, ReportId(1), *_span(store, 1, "新质生产力"), "yellow", "甲")
        second = annotate(store, ReportId(3), *_span(store, 3, "新质生产力"), "yellow", "乙")
        notes = annotations_of(store)
        assert notes.search("新质") == [first, second]
        assert notes.search("新质", report=ReportId(1)) == [first]
        assert notes.search(report=ReportId(3)) == [second]
        assert notes.search(report=ReportId(2)) == []


def test_palette_is_stored_and_editable(db: str) -> None:
    with open_library(db) as store:
        notes = annotations_of(store)
        assert notes.palette()[0] == PaletteColour("yellow", "#ffd54f", "新提法")
        notes.set_palette([PaletteColour("teal", "#80cbc4", "地方特色"), *notes.palette()[:2]])
    with open_library(db) as store:
        assert [c.key for c in annotations_of(store).palette()] == ["teal", "yellow", "red"]


def test_report_removal_never_takes_annotations_silently(db: str) -> None:
    with open_library(db) as store:
        start, end = _span(store, 2, "教育")
        annotate(store, ReportId(2), start, end, "yellow")
        annotate(store, ReportId(2), start, end + 3, "red")
        notes = annotations_of(store)
        assert notes.count_annotations(ReportId(2)) == 2
        with pytest.raises((StoreError, Exception)):
            store.remove_report(ReportId(2))
        assert notes.count_annotations(ReportId(2)) == 2  # nothing went
        assert len(store.list_reports()) == 3
        assert notes.remove_report_with_annotations(ReportId(2)) == 2
        assert len(store.list_reports()) == 2
        assert notes.search() == []


def test_reimported_edition_keeps_every_annotation(db: str) -> None:
    with open_library(db) as store:
        quotes = [
            ("城镇新增就业", "2024年工作安排"),  # in both editions
            ("工作取得新进步，国防动员、双拥共建", ""),  # 动员 became 教育
            ("2023年工作回顾", ""),  # the newspaper lacks this heading
        ]
        made = []
        for quote, after in quotes:
            start, end = _span(store, 1, quote, after)
            made.append(annotate(store, ReportId(1), start, end, "yellow", note=quote))
        outcome = reanchor_report(store, ReportId(1), ReportId(2))
        notes = annotations_of(store)
        assert notes.count_annotations(ReportId(1)) == 0
        moved = {a.note: a for a in notes.for_report(ReportId(2))}
        assert len(moved) == 3  # none lost
        newspaper = store.report(ReportId(2)).text
        kept = moved["城镇新增就业"]
        assert kept.status is AnchorStatus.PLACED
        assert newspaper[kept.anchor.start : kept.anchor.end] == "城镇新增就业"
        edited = moved["工作取得新进步，国防动员、双拥共建"]
        assert edited.status in (AnchorStatus.CHANGED, AnchorStatus.ORPHANED)
        if edited.status is AnchorStatus.CHANGED:
            assert "国防教育" in edited.anchor.quote, edited
        assert moved["2023年工作回顾"].status is AnchorStatus.ORPHANED
        assert moved["2023年工作回顾"].anchor.quote == "2023年工作回顾"
        assert outcome.counts["orphaned"] == len(outcome.orphans) >= 1
        # An orphan is placed by hand.
        start, end = _span(store, 2, "2024年工作安排")
        placed = place_by_hand(store, outcome.orphans[0].id, start, end)
        assert placed.status is AnchorStatus.PLACED and placed.anchor.quote == "2024年工作安排"


def test_carry_to_the_next_report_links_to_its_origin(db: str) -> None:
    with open_library(db) as store:
        start, end = _span(store, 1, "新质生产力", "2024年工作安排")
        origin = annotate(store, ReportId(1), start, end, "yellow", "新提法", ["产业"])
        proposal = carry_proposal(store, origin.id, ReportId(3))
        assert proposal is not None and proposal.quote == "新质生产力"
        copy = carry_annotation(store, origin.id, ReportId(3), proposal)
        assert copy.origin_id == origin.id
        assert copy.report_id == 3
        assert (copy.note, copy.tags, copy.colour) == ("新提法", ("产业",), "yellow")


def test_an_annotation_shown_as_saved_survives_a_killed_process(db: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from core.cli import main\n"
            "main(['--db', sys.argv[1], 'notes', 'add', '1', '--start', '60', '--end', '70',"
            " '--note', '保存'])\n"
            "time.sleep(60)\n",
            db,
        ],
        stdout=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    line = process.stdout.readline().decode("utf-8")
    assert line.startswith("added annotation")
    process.send_signal(signal.SIGKILL)
    process.wait()
    with open_library(db) as store:
        saved = annotations_of(store).search("保存")
    assert len(saved) == 1
    assert saved[0].anchor.start == 60


def test_a_quote_over_a_word_broken_across_lines_reads_whole(db: str) -> None:
    # The 2026 newspaper edition breaks 地区生产总值 across a blank line.
    with open_library(db) as store:
        text = store.report(ReportId(3)).text
        start = text.index("主要预期目标是:地") + len("主要预期目标是:")
        end = text.index("增长6%左右", start)
        made = annotate(store, ReportId(3), start, end, "yellow")
        assert made.anchor.quote == text[start:end] != "地区生产总值"  # anchored as it is
        assert quote_on_context(made.anchor) == "地区生产总值"
        notes = annotations_of(store)
        assert notes.search("地区生产总值") == [made]
        markdown = annotations_markdown(notes.search(), {ReportId(3): "2026"}, notes.palette())
        assert "> 地区生产总值\n" in markdown
        rows = annotations_csv(notes.search(), {ReportId(3): "2026"}, notes.palette())
        assert ",地区生产总值," in rows
