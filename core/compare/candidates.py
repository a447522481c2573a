"""Which reports to offer for "Compare with…": previous year first, then peers, then editions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from core.model import ReportId, ReportKind, ReportMeta


class _HasMeta(Protocol):
    @property
    def id(self) -> ReportId: ...

    @property
    def meta(self) -> ReportMeta: ...


Item = TypeVar("Item", bound=_HasMeta)


def _region_key(region: str | None) -> str:
    return (region or "").removesuffix("市").removesuffix("省")


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
    this = next((r for r in reports if r.id == chosen), None)
    if this is None:
        return [r for r in reports if r.id != chosen]
    region, year = _region_key(this.meta.region), this.meta.year or 0

    def rank(item: Item) -> tuple[int, int, int, str, int]:
        same_region = _region_key(item.meta.region) == region
        other_year = item.meta.year or 0
        if same_region and other_year < year:
            group, distance = 0, year - other_year
        elif not same_region and other_year == year:
            group, distance = 1, 0
        elif same_region and other_year == year:
            group, distance = 2, 0
        elif same_region:
            group, distance = 3, other_year - year
        else:
            group, distance = 4, abs(other_year - year)
        secondary = int(item.meta.kind is ReportKind.INTERPRETATION)
        return group, distance, secondary, item.meta.region or "", item.id

    return sorted((r for r in reports if r.id != chosen), key=rank)
