"""Which reports to offer for "Compare with…": previous year first, then peers, then editions."""

from __future__ import annotations

from collections.abc import Sequence

from core.model import ReportId
from core.report_ranking import Item, others_ranked


def _compare_group(same_region: bool, gap: int) -> tuple[int, int]:
    if same_region and gap < 0:
        return 0, -gap
    if not same_region and gap == 0:
        return 1, 0
    if same_region and gap == 0:
        return 2, 0
    if same_region:
        return 3, gap
    return 4, abs(gap)


def compare_candidates(reports: Sequence[Item], chosen: ReportId) -> list[Item]:
    """Every other report, in the order a reader most likely wants to compare ``chosen`` with.

    Args:
        reports: the library's reports (anything with ``id`` and ``meta``).
        chosen: the report the user picked first.

    Returns:
        The same region's earlier years (latest first), then other cities' reports of the same
        year, then other editions of the same region and year, then the rest (by region, year).
        Interpretations come after full reports within each group.
    """
    return others_ranked(reports, chosen, _compare_group)
