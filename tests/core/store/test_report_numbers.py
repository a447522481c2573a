"""Numbers are stored at import, read back whole, and dropped when the year or kind changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.importer import import_paths
from core.library import load_report, open_library
from core.numbers import StatementKind, extract_numbers


def test_numbers_stored_at_import_equal_a_fresh_extraction(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        (outcome,) = import_paths(store, [samples["cz2024"]])
        assert outcome.report_id is not None
        stored = store.numbers(outcome.report_id)
        report = load_report(store, outcome.report_id, with_tokens=False)
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
        (outcome,) = import_paths(store, [samples["cz2024"]])
        report_id = outcome.report_id
        assert report_id is not None
        meta = store.report(report_id).meta
        store.update_meta(report_id, replace(meta, title="改过的标题"))
        assert store.numbers(report_id) is not None
        store.update_meta(report_id, replace(meta, year=2023))
        assert store.numbers(report_id) is None
        again = load_report(store, report_id, with_tokens=False)
        assert {s.year for s in again.statements() if s.kind is StatementKind.TARGET} <= {2023}
