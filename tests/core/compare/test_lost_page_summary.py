"""An edition's lost page is one removed block, counted under the section it starts in; the
sections it removes whole with it are told as within it, not as unchanged."""

from __future__ import annotations

from pathlib import Path

from core.compare.comparison import compare_reports
from core.compare.records import ChangeKind, CompareInput
from core.compare.serialise import comparison_to_data
from core.compare.summary import count_changes
from core.library import load_file


def test_the_sections_a_lost_page_removes_whole_are_within_its_block(
    samples: dict[str, Path],
) -> None:
    full, edition = load_file(samples["cz2024"]), load_file(samples["cz2024np"])
    comparison = compare_reports(CompareInput.from_loaded(full), CompareInput.from_loaded(edition))
    first = comparison.changes[0]
    assert first.kind is ChangeKind.REMOVED_SECTION  # the edition's lost first page
    sections = comparison.summary.sections
    within = [s for s in sections if s.within == 0]
    # The review's opening and its first six areas lie whole on the lost page.
    assert [s.left_path[-1][:6] for s in within] == [
        "（导语）",
        "坚持抓项目、",
        "坚持强产业、",
        "坚持推改革、",
        "坚持兴文旅、",
        "坚持提品质、",
        "坚持夯基础、",
    ]
    spans = {p.left.path: p.left for p in comparison.pairs if p.left is not None}
    for section in within:
        assert section.counts.total == 0 and not section.right_path
        area = spans[section.left_path]
        assert first.left_start < area.start and area.end <= first.left_end + 2
    # The area the page ends in has changes of its own; no section is said to be within a
    # change that has its own counts, and the counts still add up to the overall ones.
    assert all(s.within is None for s in sections if s.counts.total)
    assert sum(s.counts.total for s in sections) == comparison.summary.overall.total
    assert count_changes(comparison.changes) == comparison.summary.overall
    data = comparison_to_data(comparison)
    assert [s["within_change"] for s in data["summary"]["sections"]].count(0) == len(within)


def test_a_comparison_without_blocks_has_no_section_within_one(samples: dict[str, Path]) -> None:
    left, right = load_file(samples["cz2024"]), load_file(samples["jc2024"])
    comparison = compare_reports(CompareInput.from_loaded(left), CompareInput.from_loaded(right))
    assert all(s.within is None for s in comparison.summary.sections)
