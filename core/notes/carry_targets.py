"""Which reports to offer for carrying an annotation: the same region's next year first."""

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
    this = next((r for r in reports if r.id == source), None)
    if this is None:
        return [r for r in reports if r.id != source]
    region, year = _region_key(this.meta.region), this.meta.year or 0

    def rank(item: Item) -> tuple[int, int, int, str, int]:
        same_region = _region_key(item.meta.region) == region
        other_year = item.meta.year or 0
        if same_region and other_year > year:
            group, distance = 0, other_year - year
        elif same_region and other_year == year:
            group, distance = 1, 0
        elif same_region:
            group, distance = 2, year - other_year
        else:
            group, distance = 3, abs(other_year - year)
        secondary = int(item.meta.kind is ReportKind.INTERPRETATION)
        return group, distance, secondary, item.meta.region or "", int(item.id)

    return sorted((r for r in reports if r.id != source), key=rank)
