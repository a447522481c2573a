"""The order of reports offered for carrying an annotation: the same region's next year first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.library import open_library
from core.model import ReportId, ReportKind, ReportMeta
from core.notes.carry_targets import carry_targets


@dataclass(frozen=True)
class Row:
    id: ReportId
    meta: ReportMeta


def row(report_id: int, region: str, year: int, kind: ReportKind = ReportKind.REPORT) -> Row:
    return Row(ReportId(report_id), ReportMeta(f"{region}{year}", region, year, kind))


def test_later_years_of_the_region_first_then_editions_then_earlier_then_others() -> None:
    rows = [
        row(1, "长治市", 2024),
        row(2, "长治市", 2023),
        row(3, "晋城市", 2024),
        row(4, "长治市", 2026),
        row(5, "长治", 2025, ReportKind.INTERPRETATION),
        row(6, "长治市", 2025),
        row(7, "长治市", 2024, ReportKind.NEWSPAPER),
        row(8, "太原市", 2020),
    ]
    ordered = [int(r.id) for r in carry_targets(rows, ReportId(1))]
    assert ordered == [6, 5, 4, 7, 2, 3, 8]


def test_an_unknown_source_keeps_every_report() -> None:
    rows = [row(1, "长治市", 2024), row(2, "晋城市", 2024)]
    assert [int(r.id) for r in carry_targets(rows, ReportId(9))] == [1, 2]


def test_on_the_sample_library_the_next_years_come_first(tmp_path: Path) -> None:
    from core.library import import_samples_if_new

    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        import_samples_if_new(store)
        reports = store.list_reports()
    source = next(r for r in reports if r.meta.title == "长治市2024年政府工作报告")
    titles = [r.meta.title for r in carry_targets(reports, source.id)]
    assert titles == [
        "长治市2025年政府工作报告解读",
        "长治市2026年政府工作报告（报纸版）",
        "长治市2024年政府工作报告（报纸版）",
        "晋城市2024年政府工作报告",
    ]
