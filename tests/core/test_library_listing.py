"""The library as a window lists it first: whole when small, its first regions when large."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from core.library import open_library
from core.library_listing import first_reports, region_order
from core.store import ReportStore, ReportSummary


def _everything(store: ReportStore) -> tuple[list[ReportSummary], list[str]]:
    """Every report, and the regions in the library's order ("" for no known region)."""
    summaries = store.list_reports()
    return summaries, sorted({s.meta.region or "" for s in summaries}, key=region_order)


def test_region_sizes_count_every_report_and_name_no_region_as_empty(
    many_regions_library: Path,
) -> None:
    with open_library(str(many_regions_library), read_only=True) as store:
        summaries, _ = _everything(store)
        sizes = dict(store.region_sizes())
    assert sizes == Counter(s.meta.region or "" for s in summaries)
    assert len(sizes) == 41 and sizes[""] == 1 and sizes["城市00市"] == 3


def test_a_large_library_gives_its_first_regions_and_names_the_rest_in_order(
    many_regions_library: Path,
) -> None:
    with open_library(str(many_regions_library), read_only=True) as store:
        summaries, later = first_reports(store, 10)
        everything, regions = _everything(store)
    # Regions of three reports each, until ten are read: four regions, twelve reports.
    assert regions[:5] == ["城市00市", "城市01市", "城市02市", "城市03市", "城市04市"]
    assert sorted({s.meta.region or "" for s in summaries}) == regions[:4]
    assert {s.id for s in summaries} == {s.id for s in everything if s.meta.region in regions[:4]}
    assert len(summaries) == 12
    assert later == regions[4:] and later[-1] == ""  # no known region comes last


def test_a_library_smaller_than_asked_is_listed_whole(many_regions_library: Path) -> None:
    with open_library(str(many_regions_library), read_only=True) as store:
        summaries, later = first_reports(store, 1000)
        assert summaries == store.list_reports()
    assert later == [] and len(summaries) == 121


def test_asking_for_all_but_the_last_region_still_names_it(many_regions_library: Path) -> None:
    with open_library(str(many_regions_library), read_only=True) as store:
        summaries, later = first_reports(store, 120)
    assert later == [""] and len(summaries) == 120


def test_the_first_regions_follow_the_order_asked_for(many_regions_library: Path) -> None:
    def backwards(region: str) -> tuple[bool, list[int]]:  # as a collation might: "" still last
        return (region == "", [-ord(c) for c in region])

    with open_library(str(many_regions_library), read_only=True) as store:
        summaries, later = first_reports(store, 6, backwards)
    assert sorted({s.meta.region or "" for s in summaries}) == ["城市38市", "城市39市"]
    assert later[:2] == ["城市37市", "城市36市"] and later[-1] == ""
