"""Comparing B with A shows what comparing A with B shows, seen from the other side."""

from __future__ import annotations

import pytest

from core.compare.comparison import compare_reports
from core.compare.records import ChangeKind, CompareInput


@pytest.mark.parametrize("newer", ["cz2024np", "cz2025i"])
def test_the_samples_count_alike_from_either_side(
    inputs: dict[str, CompareInput], newer: str
) -> None:
    # The 2025 interpretation rewrites 2024's areas whole: their old paragraphs are removed
    # one by one and the new ones added one by one, whichever report is on the left (the new
    # ones had been joined into one block, the old ones not). (Against 2026 the word diff
    # itself, difflib's, cuts a few rewordings differently from each side.)
    forward = compare_reports(inputs["cz2024"], inputs[newer])
    backward = compare_reports(inputs[newer], inputs["cz2024"])
    one, other = forward.summary.overall, backward.summary.overall
    assert (one.added, one.removed, one.moved, one.numbers) == (
        other.removed,
        other.added,
        other.moved,
        other.numbers,
    )
    removed = [c for c in forward.changes if c.kind is ChangeKind.DELETED]
    inserted = [c for c in backward.changes if c.kind is ChangeKind.INSERTED]
    assert sorted((c.left_start, c.left_end) for c in removed) == sorted(
        (c.right_start, c.right_end) for c in inserted
    )
