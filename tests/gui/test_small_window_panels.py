"""In a small window (800×600) the panels' own words read: the library's rows, the docks'
tabs, the scorecard's chart column; the scorecard fits beside the library."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QTabBar

from core.library import find_report
from gui.library.library_model import FILTER_TEXT_ROLE
from gui.scorecard.scorecard_columns import CHART_LEAST, YEAR_LEAST

SMALL = QSize(800, 600)
# An 800 px screen holds the window with its frame: the panels' words cost it no width.
SCREEN_WIDE = 770


def _reading_in_a_small_window(qtbot: Any, window: Any, store: Any) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    window.resize(SMALL)
    qtbot.waitUntil(lambda: window.width() == SMALL.width())
    qtbot.wait(50)


def test_a_library_row_shows_what_its_groups_do_not_name(
    qtbot: Any, window: Any, store: Any
) -> None:
    _reading_in_a_small_window(qtbot, window, store)
    panel = window.library_panel
    title = "长治市2026年政府工作报告（报纸版）"
    row = panel.proxy.mapFromSource(panel.model.index_of(find_report(store, title)))
    assert row.data() == "政府工作报告（报纸版）"
    assert row.parent().data() == "2026" and row.parent().parent().data() == "长治市"
    assert row.data(FILTER_TEXT_ROLE) == title and row.data(Qt.ItemDataRole.ToolTipRole).startswith(
        title
    )


def test_the_library_column_is_as_wide_as_its_view(qtbot: Any, window: Any, store: Any) -> None:
    _reading_in_a_small_window(qtbot, window, store)
    # No sideways scrolling that cut the rows out of sight.
    panel = window.library_panel
    row = panel.proxy.mapFromSource(
        panel.model.index_of(find_report(store, "长治市2026年政府工作报告（报纸版）"))
    )
    tree = panel.tree
    assert tree.columnWidth(0) == tree.viewport().width()
    assert tree.horizontalScrollBar().maximum() == 0
    assert tree.visualRect(row).left() <= 3 * 12


def test_the_filter_finds_a_report_by_its_whole_title(window: Any, store: Any) -> None:
    panel = window.library_panel
    panel.filter_edit.setText("长治市2026年政府工作报告")
    report = panel.first_report_index()
    assert panel.report_id_at(report) == find_report(store, "长治市2026年政府工作报告（报纸版）")
    assert report.data() == "政府工作报告（报纸版）"
    panel.filter_edit.setText("晋城市2024年")
    assert panel.proxy.rowCount() == 1


def _dock_tab_bars(window: Any) -> list[QTabBar]:
    return [b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible()]


class _Tab(NamedTuple):
    """A dock tab as drawn: its words, their width, its width, and whether it ends within
    its bar."""

    text: str
    words: int
    width: int
    inside: bool


def _dock_tabs_in_a_small_window(qtbot: Any, window: Any, store: Any) -> list[_Tab]:
    _reading_in_a_small_window(qtbot, window, store)
    window.numbers_dock.toggleViewAction().trigger()  # stepped aside: the View menu opens it
    qtbot.wait(50)
    bars = _dock_tab_bars(window)
    assert len(bars) == 2  # the library and its search, the numbers and the annotations
    return [
        _Tab(
            bar.tabText(tab),
            bar.fontMetrics().horizontalAdvance(bar.tabText(tab)),
            bar.tabRect(tab).width(),
            bar.tabRect(tab).right() <= bar.width(),
        )
        for bar in bars
        for tab in range(bar.count())
    ]


def test_the_dock_tabs_read_whole_in_english(qtbot: Any, window: Any, store: Any) -> None:
    tabs = _dock_tabs_in_a_small_window(qtbot, window, store)
    assert [tab.text for tab in tabs] == ["Library", "Search", "Numbers", "Annotations"]
    assert [tab for tab in tabs if tab.width <= tab.words + 4 or not tab.inside] == []
    assert window.minimumSizeHint().width() <= SCREEN_WIDE


@pytest.mark.usefixtures("chinese")
def test_the_dock_tabs_read_whole_in_chinese(qtbot: Any, window: Any, store: Any) -> None:
    tabs = _dock_tabs_in_a_small_window(qtbot, window, store)
    assert [tab.text for tab in tabs] == ["报告库", "搜索", "数字", "批注"]
    assert [tab for tab in tabs if tab.width <= tab.words + 4 or not tab.inside] == []
    assert window.minimumSizeHint().width() <= SCREEN_WIDE


def test_docks_tabbed_together_later_read_whole_too(qtbot: Any, window: Any, store: Any) -> None:
    window.tabifyDockWidget(window.sections_dock, window.numbers_dock)
    _reading_in_a_small_window(qtbot, window, store)
    bars = _dock_tab_bars(window)
    texts = [{bar.tabText(t) for t in range(bar.count())} for bar in bars]
    assert {"Sections", "Numbers"} in texts  # a tab bar Qt made after the window was built
    for bar in bars:
        assert all(
            bar.tabRect(t).width() > bar.fontMetrics().horizontalAdvance(bar.tabText(t))
            for t in range(bar.count())
        )


def test_the_scorecard_s_chart_column_shows_its_header_whole(
    qtbot: Any, window: Any, store: Any
) -> None:
    _reading_in_a_small_window(qtbot, window, store)
    window.open_scorecard("长治市")
    qtbot.wait(50)
    table = window.tabs.currentWidget().table
    header = table.horizontalHeader()
    chart = table.model().columnCount() - 1
    assert header.sectionSize(chart) >= header.sectionSizeFromContents(chart).width()
    end = header.sectionViewportPosition(chart) + header.sectionSize(chart)
    assert header.sectionViewportPosition(chart) >= 0 and end <= table.viewport().width()
    words = table.model().headerData(chart, header.orientation())
    full = table.model().headerData(chart, header.orientation(), Qt.ItemDataRole.ToolTipRole)
    assert words == "Over the years" and full == "Target and result over the years"


def test_the_scorecard_fits_beside_a_wide_library_without_scrolling_sideways(
    qtbot: Any, window: Any, store: Any, language: str
) -> None:
    _reading_in_a_small_window(qtbot, window, store)
    window.open_scorecard("长治市")
    window.resizeDocks([window.library_dock], [300], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    table = window.tabs.currentWidget().table
    model = table.model()
    years = model.columnCount() - 1
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    end = header.sectionViewportPosition(years) + header.sectionSize(years)
    assert end <= table.viewport().width()
    assert min(header.sectionSize(year) for year in range(years)) >= YEAR_LEAST
    assert header.sectionSize(years) >= CHART_LEAST
    # The longest indicator's name is cut, and whole in its tooltip.
    names = table.verticalHeader()
    rows = range(model.rowCount())
    longest = max(rows, key=lambda row: len(model.headerData(row, Qt.Orientation.Vertical)))
    name = model.headerData(longest, Qt.Orientation.Vertical)
    assert names.width() < names.fontMetrics().horizontalAdvance(name)
    tooltip = model.headerData(longest, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == name == "城镇居民人均可支配收入"
    # In a wide window every name is whole again.
    window.resize(QSize(1400, 900))
    qtbot.waitUntil(lambda: window.width() == 1400)
    qtbot.wait(50)
    assert names.width() > names.fontMetrics().horizontalAdvance(name)
