"""A large library goes into the tree a few hundred reports per turn of the event loop."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from core.model import ReportId, ReportKind, ReportMeta
from core.store.records import ReportSummary
from gui.library.library_model import CHUNK_REPORTS, REPORT_ID_ROLE, LibraryModel
from gui.library.library_panel import EXPANDED_REGIONS, LibraryPanel


def _library(regions: int, years: int = 10) -> list[ReportSummary]:
    summaries = []
    for r in range(regions):
        for y in range(years):
            rid = r * years + y + 1
            region = f"城市{r:03d}市"
            meta = ReportMeta(
                f"{region}{2016 + y}年政府工作报告", region, 2016 + y, ReportKind.REPORT
            )
            summaries.append(ReportSummary(ReportId(rid), meta, f"r{rid}.txt", "", 1000))
    return summaries


def _reports_in_tree(model: LibraryModel) -> list[int]:
    found = []
    for r in range(model.rowCount()):
        region = model.index(r, 0)
        for y in range(model.rowCount(region)):
            year = model.index(y, 0, region)
            found += [
                model.index(i, 0, year).data(REPORT_ID_ROLE) for i in range(model.rowCount(year))
            ]
    return found


def test_a_large_library_fills_in_turns_and_ends_complete_and_in_order(qtbot: Any) -> None:
    model = LibraryModel()
    summaries = _library(300)  # 3,000 reports
    filled: list[bool] = []
    model.filled.connect(lambda: filled.append(True))
    model.set_reports(summaries)
    assert 0 < len(_reports_in_tree(model)) <= CHUNK_REPORTS + 10  # the rest comes later
    assert not model.is_filled() and model.region_count() == 300
    assert model.summary(ReportId(3000)) is not None  # known before it is in the tree
    qtbot.waitUntil(model.is_filled)
    assert filled == [True]
    assert sorted(_reports_in_tree(model)) == list(range(1, 3001))
    assert model.index(0, 0).data() == "城市000市" and model.rowCount() == 300
    assert model.index_of(ReportId(2999)).data(REPORT_ID_ROLE) == 2999


def test_a_new_listing_during_the_fill_replaces_it(qtbot: Any) -> None:
    model = LibraryModel()
    model.set_reports(_library(300))
    model.set_reports(_library(3, years=2))
    qtbot.waitUntil(model.is_filled)
    qtbot.wait(20)  # the first listing's pending turns have run and added nothing
    assert sorted(_reports_in_tree(model)) == [1, 2, 3, 4, 5, 6]


def test_groups_open_in_a_small_library_and_when_filtered(qtbot: Any) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_reports(_library(3))
    first_region = panel.proxy.index(0, 0)
    assert panel.tree.isExpanded(first_region)
    panel.set_reports(_library(EXPANDED_REGIONS + 10))
    qtbot.waitUntil(panel.model.is_filled)
    assert not panel.tree.isExpanded(panel.proxy.index(0, 0))  # many regions: opened one by one
    panel.filter_edit.setText("城市005市2020")
    assert panel.proxy.rowCount() == 1
    region = panel.proxy.index(0, 0)
    assert panel.tree.isExpanded(region) and panel.tree.isExpanded(panel.proxy.index(0, 0, region))


def test_a_listing_in_part_waits_at_the_regions_not_read_until_the_whole_one(qtbot: Any) -> None:
    model = LibraryModel()
    everything = _library(40, years=3)
    first = [s for s in everything if s.meta.region in ("城市000市", "城市001市")]
    later = sorted({s.meta.region or "" for s in everything} - {"城市000市", "城市001市"})
    model.set_reports(first, later)
    assert sorted(_reports_in_tree(model)) == [1, 2, 3, 4, 5, 6]
    assert model.region_count() == 40 and not model.is_filled()
    qtbot.wait(30)  # no turn of the event loop adds regions whose reports are not read
    assert model.rowCount() == 2 and not model.is_filled()
    model.set_reports(everything)
    qtbot.waitUntil(model.is_filled)
    assert sorted(_reports_in_tree(model)) == list(range(1, 121))


def test_the_window_lists_a_large_library_in_part_then_whole_after_the_first_paint(
    qtbot: Any, many_regions_library: Path, settings: QSettings, tmp_path: Path
) -> None:
    from core.library import open_library
    from gui.main_window import MainWindow
    from gui.workers import LibraryWriter

    # A private copy: the writer opens it for writing and takes the day's backup beside it.
    library = tmp_path / "library.sqlite3"
    shutil.copyfile(many_regions_library, library)
    writer = LibraryWriter(str(library))
    with open_library(str(library), read_only=True) as store:
        window = MainWindow(store, writer, settings)
        qtbot.addWidget(window)
        window.list_first_reports()  # as the app does before the first paint
        panel = window.library_panel
        listed = len(panel.model.summaries())
        assert CHUNK_REPORTS <= listed < 121  # the first regions, up to the first hundred
        assert panel.model.region_count() == 41  # the others counted: the groups stay closed
        assert not panel.tree.isExpanded(panel.proxy.index(0, 0))
        window.show()
        window.start(first_start_opens=False)
        qtbot.waitUntil(panel.model.is_filled)
        assert len(panel.model.summaries()) == 121 and panel.model.rowCount() == 41
        assert not panel.tree.isExpanded(panel.proxy.index(0, 0))
        window.close()
    writer.shutdown()


def test_regions_are_listed_by_pinyin_and_no_known_region_last(qtbot: Any) -> None:
    model = LibraryModel()
    names = ["郑州市", "北京市", None, "鞍山市", "重庆市", "安阳市", "晋城市", "长治市", "厦门市"]
    names += ["西安市", "六安市", "六盘水市"]
    model.set_reports(
        [
            ReportSummary(
                ReportId(number + 1),
                ReportMeta(f"{name}2024年政府工作报告", name, 2024, ReportKind.REPORT),
                f"r{number}.txt",
                "",
                1000,
            )
            for number, name in enumerate(names)
        ]
    )
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    # 长治 is Chángzhì, 厦门 Xiàmén, 六安 Lù'ān: read as the places are, not as the characters
    # usually are (zhǎng, shà, liù).
    assert shown == [
        *["安阳市", "鞍山市", "北京市", "长治市", "重庆市", "晋城市", "六盘水市", "六安市"],
        *["西安市", "厦门市", "郑州市", "Unknown region"],
    ]
