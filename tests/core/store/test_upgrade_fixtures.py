"""Libraries made by each earlier schema version upgrade without losing a report or a note.

The files under tests/data/libraries were made by ``make_libraries.py`` and are kept: every
future migration must upgrade these very files.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from core.library import load_report, open_library
from core.model import ReportId
from core.numbers.extractor_version import EXTRACTOR_VERSION
from core.numbers.scorecard import is_scored
from core.store import ReportStore
from core.store.annotations import annotations_of
from core.store.backup import list_backups
from core.store.migrations import LATEST_VERSION

LIBRARIES = Path(__file__).resolve().parents[2] / "data" / "libraries"


def stored_indicators(library: Path, report_id: ReportId) -> set[str]:
    """The indicators of a report's stored numbers, read from the file as it is."""
    conn = sqlite3.connect(library)
    (found,) = conn.execute(
        "SELECT statements FROM report_numbers WHERE report_id = ?", (report_id,)
    ).fetchone()
    conn.close()
    return {item["indicator"] for item in json.loads(found)}


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_an_older_library_upgrades_whole(version: int, tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    shutil.copyfile(LIBRARIES / f"library-v{version}.sqlite3", library)
    if version in (3, 4):  # the first extractor's numbers, as those versions stored them
        assert "帮助" in stored_indicators(library, ReportId(1))
    with open_library(str(library)) as store:
        assert store.schema_version == LATEST_VERSION
        titles = [s.meta.title for s in store.list_reports()]
        assert sorted(titles) == ["长治市2024年政府工作报告", "长治市2024年政府工作报告（报纸版）"]
        report = load_report(store, ReportId(1))
        assert "新质生产力" in report.text and report.outline.sections
        assert report.statements()  # numbers read, or extracted for a library that had none
        assert len(store.search("新质生产力", limit=1000)) > 1
        notes = annotations_of(store).for_report(ReportId(1))
        assert len(annotations_of(store).palette()) > 0
    if version >= 2:
        assert [(a.anchor.quote, a.note, a.tags) for a in notes] == [
            ("新质生产力", "新提法", ("科技", "产业")),
            ("城镇新增就业", "", ("就业",)),
        ]
        assert all(report.text[a.anchor.start : a.anchor.end] == a.anchor.quote for a in notes)
    else:
        assert notes == []
    # Numbers none were stored for (v1, v2) or the first extractor stored: read now, and kept;
    # those of v5 kept as they were. Either way, the ones a scorecard reads are also kept apart.
    indicators = {s.indicator for s in report.statements()}
    assert "民营企业应急还贷" in indicators and "帮助" not in indicators
    with open_library(str(library)) as store:
        assert store.numbers(ReportId(1)) == list(report.statements())
        scored = store.scored_numbers(ReportId(1))
        assert scored and scored == [
            s for s in report.statements() if is_scored(s.kind, s.canonical)
        ]
    (backup,) = list_backups(library)  # taken before the migration: the library as it was
    assert backup.reason == f"before-migration-v{LATEST_VERSION}"


def test_a_library_read_before_its_upgrade_gives_the_scored_numbers_from_the_others(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.sqlite3"
    shutil.copyfile(LIBRARIES / "library-v5.sqlite3", library)
    with ReportStore.open(library, read_only=True) as store:
        # Found by an earlier extractor: neither counts as stored.
        assert store.numbers(ReportId(1)) is None and store.scored_numbers(ReportId(1)) is None
    with sqlite3.connect(library) as connection:  # as if this version's extractor had stored them
        connection.execute("UPDATE report_numbers SET extractor = ?", (EXTRACTOR_VERSION,))
    connection.close()
    with ReportStore.open(library, read_only=True) as store:
        assert store.schema_version == 5  # read-only: not upgraded, no `scored` column
        kept = store.numbers(ReportId(1))
        assert kept and store.scored_numbers(ReportId(1)) == [
            s for s in kept if is_scored(s.kind, s.canonical)
        ]


@pytest.mark.parametrize("version", [1, 3, 5])
def test_a_command_that_only_reads_brings_an_older_library_up_to_date_first(
    version: int, tmp_path: Path
) -> None:
    """``reportlens outline`` (or search, compare…) run first after an update reads an older
    library as a writing command would: an older schema lacked tables these commands read."""
    library = tmp_path / "library.sqlite3"
    shutil.copyfile(LIBRARIES / f"library-v{version}.sqlite3", library)
    with open_library(str(library), read_only=True) as store:
        assert store.read_only and store.schema_version == LATEST_VERSION
        report = load_report(store, ReportId(1))
        assert report.outline.sections and report.statements()  # read whole, figures too
    (backup,) = list_backups(library)
    assert backup.reason == f"before-migration-v{LATEST_VERSION}"


def test_an_older_library_that_cannot_be_written_is_read_as_it_is_stored(
    tmp_path: Path,
) -> None:
    """On read-only media, or locked by another program, a library an earlier version made is
    read as it was before: commands that only read kept reading it."""
    library = tmp_path / "library.sqlite3"
    shutil.copyfile(LIBRARIES / "library-v5.sqlite3", library)
    holder = sqlite3.connect(library, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing: reading is still allowed
    try:
        with open_library(str(library), read_only=True) as store:
            assert store.schema_version == 5  # as it was
            report = load_report(store, ReportId(1))
            assert report.outline.sections and store.search("发展")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # Tried once in a process: a command opening the library again does not wait again.
    started = time.perf_counter()
    with open_library(str(library), read_only=True) as store:
        assert store.schema_version == 5
    assert time.perf_counter() - started < 1.0
