"""Stored pairing overrides on real SQLite files: order, orientation, replacing, removal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.analysis import analyse_text, content_hash
from core.compare.records import PairOverride
from core.model import ReportId
from core.store import LATEST_VERSION, NewReport, ReportStore
from core.store.migrations import MIGRATIONS, migrate
from core.store.pair_overrides import save_overrides, stored_overrides


def _add(store: ReportStore, text: str, name: str) -> ReportId:
    analysed = analyse_text(text, name)
    new = NewReport(
        meta=analysed.meta,
        text=text,
        source_name=name,
        encoding="utf-8",
        format="txt",
        content_hash=content_hash(text),
        outline=analysed.outline,
        paragraphs=analysed.paragraphs,
        paragraph_tokens=[list(text[p.start : p.end]) for p in analysed.paragraphs],
    )
    return store.add_report(new)[0]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def two_reports(library: Path, sample_texts: dict[str, str]) -> tuple[ReportId, ReportId]:
    with ReportStore.open(library) as store:
        older = _add(store, sample_texts["cz2024"], "cz2024.txt")
        newer = _add(store, sample_texts["cz2026np"], "cz2026.txt")
    return older, newer


OVERRIDES = [
    PairOverride(("一、2023年工作回顾", "（一）𠮷祥"), ("一、2025年工作回顾",)),
    PairOverride(("二、总体要求",), None),
    PairOverride(None, ("三、重点任务", "（五）")),
]


def test_overrides_come_back_in_order_after_reopening(
    library: Path, two_reports: tuple[ReportId, ReportId]
) -> None:
    older, newer = two_reports
    with ReportStore.open(library) as store:
        assert stored_overrides(store, older, newer) == []
        save_overrides(store, older, newer, OVERRIDES)
    with ReportStore.open(library) as store:
        assert stored_overrides(store, older, newer) == OVERRIDES


def test_read_with_the_sides_swapped_the_paths_are_turned_round(
    library: Path, two_reports: tuple[ReportId, ReportId]
) -> None:
    older, newer = two_reports
    with ReportStore.open(library) as store:
        save_overrides(store, older, newer, OVERRIDES)
        swapped = stored_overrides(store, newer, older)
    assert swapped == [PairOverride(o.right, o.left) for o in OVERRIDES]


def test_saving_replaces_both_orientations_and_empty_forgets(
    library: Path, two_reports: tuple[ReportId, ReportId]
) -> None:
    older, newer = two_reports
    with ReportStore.open(library) as store:
        save_overrides(store, older, newer, OVERRIDES)
        latest = [PairOverride(("二、总体要求",), ("三、重点任务",))]
        save_overrides(store, newer, older, latest)
        assert stored_overrides(store, newer, older) == latest
        assert stored_overrides(store, older, newer) == [
            PairOverride(("三、重点任务",), ("二、总体要求",))
        ]
        save_overrides(store, older, newer, [])
        assert stored_overrides(store, older, newer) == []
        assert stored_overrides(store, newer, older) == []


def test_other_pairs_are_kept_apart(
    library: Path, two_reports: tuple[ReportId, ReportId], sample_texts: dict[str, str]
) -> None:
    older, newer = two_reports
    with ReportStore.open(library) as store:
        third = _add(store, sample_texts["cz2024np"], "cz2024-news.txt")
        save_overrides(store, older, newer, OVERRIDES[:1])
        save_overrides(store, older, third, OVERRIDES[1:])
        assert stored_overrides(store, older, newer) == OVERRIDES[:1]
        assert stored_overrides(store, older, third) == OVERRIDES[1:]
        assert stored_overrides(store, newer, third) == []


def test_removing_a_report_removes_its_overrides(
    library: Path, two_reports: tuple[ReportId, ReportId]
) -> None:
    older, newer = two_reports
    with ReportStore.open(library) as store:
        save_overrides(store, older, newer, OVERRIDES)
        store.remove_report(newer)
        count = store._conn.execute("SELECT count(*) FROM pair_overrides").fetchone()[0]
    assert count == 0


def test_a_library_from_before_the_table_gains_it(library: Path) -> None:
    conn = sqlite3.connect(library, isolation_level=None)
    for version, step in enumerate(MIGRATIONS[:3], start=1):
        conn.execute("BEGIN")
        step(conn)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    assert "pair_overrides" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert migrate(conn) == list(range(4, LATEST_VERSION + 1))
    assert "pair_overrides" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
