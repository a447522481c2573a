"""How the library is listed: regions by pinyin, and a large library's first regions first.

Imported before the app's first paint, so it needs nothing but the store's records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from core.pinyin_order import region_order

if TYPE_CHECKING:
    from core.store import ReportStore, ReportSummary


def in_library_order(summaries: Iterable[ReportSummary]) -> list[ReportSummary]:
    """Reports as the library lists them: regions by pinyin ("" last), then by year (unknown
    first) and the order of import."""
    return sorted(
        summaries,
        key=lambda s: (region_order(s.meta.region or ""), s.meta.year or 0, s.id),
    )


def first_reports(
    store: ReportStore, wanted: int, order: Callable[[str], Any] = region_order
) -> tuple[list[ReportSummary], list[str]]:
    """The reports a window lists first, and the regions (in order) whose reports come later.

    A small library is listed whole. A large one gives only its first regions (in ``order``, a
    sort key that puts "" last) that together hold ``wanted`` reports: a window's first frame
    shows no more of it, and reading thousands of summaries would only delay that frame.
    """
    sizes = sorted(store.region_sizes(), key=lambda size: order(size[0]))
    first: list[str] = []
    count = 0
    for region, size in sizes:
        if count >= wanted:
            break
        first.append(region)
        count += size
    later = [region for region, _ in sizes[len(first) :]]
    if not later:  # ("" comes last, so it is never among the first of a library listed in part)
        return store.list_reports(), []
    return store.list_reports(regions=first), later
