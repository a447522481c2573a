"""How the library is listed: regions by pinyin, and a large library's first regions first.

Imported before the app's first paint: it needs the store's records and the bundled pinyin
table (read on the first sort, well under a millisecond), nothing of jieba or the parser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from core.pinyin_order import region_order

if TYPE_CHECKING:
    from core.store import ReportStore, ReportSummary


def year_order(year: int | None) -> int:
    """The sort key of a year within a region: the newest first, an unknown year last."""
    return -(year or 0)


def report_order(summary: ReportSummary) -> tuple[int, int]:
    """The sort key of a report within a year: a full report before its newspaper printing and
    interpretations, then the order of import."""
    return (summary.meta.kind.rank, int(summary.id))


def in_library_order(summaries: Iterable[ReportSummary]) -> list[ReportSummary]:
    """Reports as the window's library lists them: regions by pinyin ("" last), the newest year
    first, a year's full report first."""
    return sorted(
        summaries,
        key=lambda s: (
            region_order(s.meta.region or ""),
            year_order(s.meta.year),
            report_order(s),
        ),
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
