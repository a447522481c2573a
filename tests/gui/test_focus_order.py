"""Moving through the window with Tab: every panel is reached, the report's text right after
the library and its chapters, and a table is left in one press (its cells are for the arrow
keys)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from core.library import find_report


def _press_tab(times: int = 1) -> list[str]:
    """Move the focus on with Tab ``times`` times: the names of the widgets it goes to."""
    names = []
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        focused.focusNextChild()  # what Tab does (a table with Tab navigation moves a cell)
        now = QApplication.focusWidget()
        assert now is not None
        names.append(now.objectName() or type(now).__name__)
    return names


def _focus(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is widget


def test_tab_goes_from_the_chapters_to_the_text_then_to_the_panels(window: Any, store: Any) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    window.open_report(find_report(store, "晋城市2024年政府工作报告"))  # opened last, in front
    _focus(window.library_panel.filter_edit)
    stops = _press_tab(30)
    assert stops.index("readerView") < stops.index("numbersFilter")
    assert stops.index("sectionTree") < stops.index("readerView")
    assert stops.index("readerView") <= 5  # the tree, a dock's tab, the chapters, the tab bar
    assert "libraryFilter" in stops  # round again: nothing holds the focus


def test_tab_leaves_a_table_in_one_press(window: Any, store: Any) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    table = window.numbers_panel.table
    assert table.model().rowCount() > 10
    _focus(table)
    assert _press_tab() != ["numbersTable"]

    window.open_scorecard("长治市")
    scorecard = window.tabs.currentWidget().table
    _focus(scorecard)
    assert _press_tab() != ["scorecardTable"]
