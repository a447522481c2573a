"""The order of "Compare with…" suggestions."""

from __future__ import annotations

from dataclasses import dataclass

from core.compare.candidates import compare_candidates
from core.model import ReportId, ReportKind, ReportMeta


@dataclass(frozen=True)
class _Row:
    id: ReportId
    meta: ReportMeta


def _row(i: int, region: str, year: int, kind: ReportKind = ReportKind.REPORT) -> _Row:
    return _Row(ReportId(i), ReportMeta(f"{region}{year}", region, year, kind))


def test_previous_year_then_peers_then_editions() -> None:
    rows = [
        _row(1, "长治市", 2024),
        _row(2, "长治市", 2023),
        _row(3, "长治市", 2022),
        _row(4, "晋城市", 2024),
        _row(5, "长治市", 2024, ReportKind.NEWSPAPER),
        _row(6, "长治市", 2025, ReportKind.INTERPRETATION),
        _row(7, "晋城市", 2021),
    ]
    order = [r.id for r in compare_candidates(rows, ReportId(1))]
    assert order == [2, 3, 4, 5, 6, 7]


def test_region_suffix_does_not_split_a_city() -> None:
    rows = [_row(1, "长治市", 2024), _row(2, "长治", 2023), _row(3, "晋城市", 2023)]
    assert [r.id for r in compare_candidates(rows, ReportId(1))] == [2, 3]


def test_unknown_choice_returns_the_others() -> None:
    rows = [_row(1, "长治市", 2024)]
    assert compare_candidates(rows, ReportId(9)) == rows
