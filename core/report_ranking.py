"""Ranking the library's other reports by how they stand to one report: same region or not,
how many years apart. "Compare with…" and "Carry to…" each offer the reports a reader most
likely wants next, by a ranking of their own on these terms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from core.model import ReportId, ReportKind, ReportMeta


class HasMeta(Protocol):
    """A listed report: anything with an ``id`` and a ``meta``."""

    @property
    def id(self) -> ReportId: ...

    @property
    def meta(self) -> ReportMeta: ...


Item = TypeVar("Item", bound=HasMeta)

Grouping = Callable[[bool, int], tuple[int, int]]
"""``(same region, other year - this year)`` → ``(group, distance)``: lower ranks first."""


def region_key(region: str | None) -> str:
    """A region's name as reports are matched by: ``长治市`` and ``长治`` are one region."""
    return (region or "").removesuffix("市").removesuffix("省")


def others_ranked(reports: Sequence[Item], this_id: ReportId, grouping: Grouping) -> list[Item]:
    """Every report but ``this_id``, by ``grouping`` of how each stands to it, then full
    reports before interpretations, then by region and id; in the order given when
    ``this_id`` is not among them."""
    this = next((r for r in reports if r.id == this_id), None)
    if this is None:
        return [r for r in reports if r.id != this_id]
    region, year = region_key(this.meta.region), this.meta.year or 0

    def rank(item: Item) -> tuple[int, int, int, str, int]:
        same_region = region_key(item.meta.region) == region
        group, distance = grouping(same_region, (item.meta.year or 0) - year)
        secondary = int(item.meta.kind is ReportKind.INTERPRETATION)
        return group, distance, secondary, item.meta.region or "", int(item.id)

    return sorted((r for r in reports if r.id != this_id), key=rank)
