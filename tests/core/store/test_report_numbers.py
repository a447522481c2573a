"""Numbers are stored at import, read back whole, dropped when the year or kind changes, and
read again once when an earlier extractor found them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import ReportNotFoundError
from core.importer import import_paths
from core.library import load_report, open_library
from core.model import ReportId
from core.numbers import StatementKind, extract_numbers
from core.numbers.extractor_version import EXTRACTOR_VERSION
from core.store import ReportStore


def imported(store: ReportStore, path: Path) -> ReportId:
    """The library id of ``path`` once imported into ``store``."""
    (outcome,) = import_paths(store, [path])
    assert outcome.report_id is not None
    return outcome.report_id


def test_numbers_stored_at_import_equal_a_fresh_extraction(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        report_id = imported(store, samples["cz2024"])
        stored = store.numbers(report_id)
        report = load_report(store, report_id, with_tokens=False)
    assert stored is not None
    fresh = extract_numbers(report.text, report.outline, report.meta.year, kind=report.meta.kind)
    assert sorted(stored, key=lambda s: (s.start, s.end)) == sorted(
        fresh, key=lambda s: (s.start, s.end)
    )
    assert any(s.kind is StatementKind.TARGET and s.canonical for s in stored)
    assert report.statements() == tuple(sorted(stored, key=lambda s: (s.start, s.end)))


def test_changing_the_year_drops_the_stored_numbers(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        report_id = imported(store, samples["cz2024"])
        meta = store.report(report_id).meta
        store.update_meta(report_id, meta._replace(title="改过的标题"))
        assert store.numbers(report_id) is not None
        store.update_meta(report_id, meta._replace(year=2023))
        assert store.numbers(report_id) is None
        again = load_report(store, report_id, with_tokens=False)
        assert {s.year for s in again.statements() if s.kind is StatementKind.TARGET} <= {2023}
        assert store.numbers(report_id) == list(again.statements())  # kept for next time


def test_numbers_of_an_earlier_extractor_are_read_again_once(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    library = tmp_path / "lib.sqlite3"
    with open_library(str(library)) as store:
        report_id = imported(store, samples["cz2024"])
        current = store.numbers(report_id)
        # As an earlier extractor left them: one statement fewer, and its version.
        store._conn.execute(
            "UPDATE report_numbers SET statements = ?, extractor = ?",
            (json.dumps([s.as_json() for s in (current or [])[1:]]), EXTRACTOR_VERSION - 1),
        )
        assert store.numbers(report_id) is None
    with open_library(str(library), read_only=True) as store:
        assert load_report(store, report_id).statements() == tuple(current or ())
        assert store.numbers(report_id) is None  # a read-only library is left as it is
    with open_library(str(library)) as store:
        assert load_report(store, report_id).statements() == tuple(current or ())
        assert store.numbers(report_id) == current
        (extractor,) = store._conn.execute("SELECT extractor FROM report_numbers").fetchone()
    assert extractor == EXTRACTOR_VERSION


def test_saving_numbers_of_a_report_not_in_the_library_fails(tmp_path: Path) -> None:
    with open_library(str(tmp_path / "lib.sqlite3")) as store, pytest.raises(ReportNotFoundError):
        store.save_numbers(ReportId(7), [])


def test_a_library_that_refuses_writes_still_opens_a_report_with_stale_numbers(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        report_id = imported(store, samples["cz2024"])
        current = store.numbers(report_id)
        store._conn.execute("UPDATE report_numbers SET extractor = 0")
        store._conn.execute("PRAGMA query_only = ON")  # as a read-only file or a full disk
        assert load_report(store, report_id).statements() == tuple(current or ())
        store._conn.execute("PRAGMA query_only = OFF")
        assert store.numbers(report_id) is None  # nothing was written; asked again next time
