"""Which reports to offer for carrying an annotation: the same region's next year first."""

from __future__ import annotations

from collections.abc import Sequence

from core.model import ReportId
from core.report_ranking import Item, others_ranked


def _carry_group(same_region: bool, gap: int) -> tuple[int, int]:
    if same_region and gap > 0:
        return 0, gap
    if same_region and gap == 0:
        return 1, 0
    if same_region:
        return 2, -gap
    return 3, abs(gap)


def carry_targets(reports: Sequence[Item], source: ReportId) -> list[Item]:
    """Every other report, in the order a reader most likely carries a note from ``source``.

    Notes made on one year's report are carried forward: the same region's later years come
    first (the next year first), then its other editions of the same year, then its earlier
    years (latest first), then other regions (nearest year first, then by region). Full
    reports come before interpretations within each group.

    Args:
        reports: the library's reports (anything with ``id`` and ``meta``).
        source: the report the annotation is in.
    """
    return others_ranked(reports, source, _carry_group)
