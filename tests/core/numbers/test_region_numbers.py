"""A region's numbers read as stored: the same scorecard as from the full reports, no texts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.library import import_samples_if_new, load_report, open_library
from core.numbers.region_numbers import region_names, region_numbers
from core.numbers.scorecard import ReportNumbers, build_scorecard, is_scored
from core.numbers.statements import StatementKind


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("region") / "library.sqlite3"
    with open_library(str(path)) as store:
        import_samples_if_new(store)
    return path


def test_region_names_cover_the_ways_a_city_is_written() -> None:
    assert (
        region_names("长治") == region_names("长治市") == ["长治", "长治市", "长治省", "长治省市"]
    )


def test_the_region_s_reports_with_their_stored_numbers_oldest_first(db: Path) -> None:
    with open_library(str(db), read_only=True) as store:
        found = region_numbers(store, "长治")
        assert [r.meta.year for r in found] == [2024, 2024, 2025, 2026]
        assert all(r.meta.region == "长治市" for r in found)
        assert region_numbers(store, "晋城市")[0].meta.title == "晋城市2024年政府工作报告"
        assert region_numbers(store, "太原") == []
        full = [
            ReportNumbers(r.meta, load_report(store, r.report_id).statements(), r.report_id)
            for r in found
            if r.report_id is not None
        ]
    # The targets and results the full report gives, in text order, and nothing else.
    for read, whole in zip(found, full, strict=True):
        assert read.statements == tuple(
            s for s in whole.statements if is_scored(s.kind, s.canonical)
        )
    assert sum(len(r.statements) for r in found) < sum(len(r.statements) for r in full)
    kinds = {(s.kind, s.canonical is not None) for r in found for s in r.statements}
    assert kinds == {(StatementKind.TARGET, True), (StatementKind.RESULT, True)}
    assert build_scorecard(found) == build_scorecard(full)
    assert build_scorecard(found).years[0].year == 2024


def test_stored_numbers_can_be_read_by_kind(db: Path) -> None:
    with open_library(str(db), read_only=True) as store:
        report_id = store.list_reports()[0].id
        every = store.numbers(report_id)
        targets = store.numbers(report_id, lambda item: item["kind"] == "target")
    assert every is not None and targets is not None
    assert targets == [s for s in every if s.kind is StatementKind.TARGET]
    assert 0 < len(targets) < len(every)


def test_a_report_stored_without_numbers_has_them_extracted(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "older.sqlite3"
    copy.write_bytes(db.read_bytes())
    with sqlite3.connect(copy) as conn:  # as a library from before numbers were stored
        conn.execute("DELETE FROM report_numbers")
    with open_library(str(db), read_only=True) as store:
        stored = region_numbers(store, "长治市")
    with open_library(str(copy), read_only=True) as store:
        extracted = region_numbers(store, "长治市")
    assert extracted == stored and any(r.statements for r in extracted)
