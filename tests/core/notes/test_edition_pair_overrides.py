"""Replacing a report with a new edition keeps the pairing corrections made for its comparisons."""

from __future__ import annotations

from pathlib import Path

from core.compare.comparison import compare_reports
from core.compare.pair_reasons import ReasonKind
from core.compare.records import CompareInput, PairOverride
from core.importer import import_paths
from core.library import load_report, open_library
from core.model import ReportId
from core.notes.new_edition import replace_with_edition
from core.store.pair_overrides import save_overrides, stored_overrides

INTRO = ("2024年工作安排", "（导语）")  # in both editions of 长治 2024
# 长治 2024 compared with 晋城 2024 (长治 on the left): its plan's introduction kept unpaired.
KEPT_UNPAIRED = [PairOverride(INTRO, None)]
# 长治 2026 compared with 长治 2024 (长治 2024 on the right): the two introductions paired.
PAIRED = [PairOverride(("2026年工作安排", "（导语）"), INTRO)]


def test_the_corrections_follow_the_new_edition_on_either_side_and_still_apply(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    db = str(tmp_path / "library.sqlite3")
    with open_library(db) as store:
        outcomes = import_paths(store, [samples[n] for n in ("cz2024", "jc2024", "cz2026np")])
        old, jincheng, later = (ReportId(o.report_id) for o in outcomes)  # type: ignore[arg-type]
        save_overrides(store, old, jincheng, KEPT_UNPAIRED)
        save_overrides(store, later, old, PAIRED)
        new = replace_with_edition(store, old, samples["cz2024np"]).new_report
        assert new is not None
    with open_library(db, read_only=True) as store:
        assert stored_overrides(store, new, jincheng) == KEPT_UNPAIRED
        assert stored_overrides(store, later, new) == PAIRED
        new_edition = CompareInput.from_loaded(load_report(store, new))
        comparison = compare_reports(
            new_edition, CompareInput.from_loaded(load_report(store, jincheng)), None, KEPT_UNPAIRED
        )
        paired = compare_reports(
            CompareInput.from_loaded(load_report(store, later)), new_edition, None, PAIRED
        )
    assert any(
        p.left is not None and p.left.path == INTRO and p.reason.kind is ReasonKind.UNPAIRED_BY_HAND
        for p in comparison.pairs
    )
    assert any(
        p.right is not None and p.right.path == INTRO and p.reason.kind is ReasonKind.PAIRED_BY_HAND
        for p in paired.pairs
    )
