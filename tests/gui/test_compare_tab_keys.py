"""A comparison in a tab of the window answers the window's keys and zoom: F7 as soon as it
opens, the zoom buttons and Ctrl+wheel over its texts, and the title after a swap."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from core.library import find_report
from gui.compare.compare_view import CompareView
from gui.main_window import MainWindow

CZ2024 = "长治市2024年政府工作报告"
CZ2026 = "长治市2026年政府工作报告（报纸版）"
WAIT_MS = 120_000


def _compare(qtbot: Any, window: MainWindow, store: Any) -> CompareView:
    older, newer = find_report(store, CZ2024), find_report(store, CZ2026)
    view = window.comparisons.open(older, newer)
    assert view is not None
    qtbot.waitUntil(
        lambda: view.geometry_map() is not None and not view.is_comparing(), timeout=WAIT_MS
    )
    return view


def _wheel(widget: QWidget, notches: int, modifiers: Qt.KeyboardModifier) -> None:
    """Turn the mouse wheel over ``widget`` (positive: away from the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_f7_goes_to_the_first_change_with_the_focus_on_the_tab_bar(
    qtbot: Any, window: MainWindow, store: Any
) -> None:
    view = _compare(qtbot, window, store)
    bar = window.tabs.tabBar()
    bar.setFocus()  # where a click on the comparison's tab leaves it
    assert view.current_change() == -1
    qtbot.keyClick(bar, Qt.Key.Key_F7)
    assert view.current_change() == 0
    qtbot.keyClick(bar, Qt.Key.Key_F7)
    assert view.current_change() == 1
    qtbot.keyClick(bar, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_change() == 0


def test_zoom_makes_a_comparisons_texts_bigger_and_keeps_the_size_for_reports(
    qtbot: Any, window: MainWindow, store: Any
) -> None:
    view = _compare(qtbot, window, store)
    before = view.point_size()
    assert abs(before - window.point_size) < 0.01
    window.zoom_by(2)
    assert abs(view.point_size() - (before + 2)) < 0.01
    assert abs(view.right_pane.document().defaultFont().pointSizeF() - (before + 2)) < 0.01
    qtbot.waitUntil(lambda: view.geometry_map() is not None)
    tab = window.open_report(find_report(store, CZ2024))
    assert tab is not None and abs(tab.view.point_size() - (before + 2)) < 0.01
    view.set_point_size(100)  # as the reader, kept within 8 to 40 points
    assert view.point_size() == 40


def test_ctrl_wheel_up_zooms_in_over_a_report_and_over_a_comparison(
    qtbot: Any, window: MainWindow, store: Any
) -> None:
    tab = window.open_report(find_report(store, CZ2024))
    assert tab is not None
    size = tab.view.point_size()
    _wheel(tab.view.viewport(), 1, Qt.KeyboardModifier.ControlModifier)
    assert abs(tab.view.point_size() - (size + 1)) < 0.01
    assert abs(window.point_size - (size + 1)) < 0.01
    _wheel(tab.view.viewport(), -2, Qt.KeyboardModifier.ControlModifier)
    assert abs(tab.view.point_size() - (size - 1)) < 0.01
    top = tab.view.verticalScrollBar().value()
    _wheel(tab.view.viewport(), -3, Qt.KeyboardModifier.NoModifier)  # the wheel alone scrolls
    assert tab.view.verticalScrollBar().value() > top
    assert abs(tab.view.point_size() - (size - 1)) < 0.01

    view = _compare(qtbot, window, store)
    _wheel(view.left_pane.viewport(), 1, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.point_size() - size) < 0.01
    assert abs(window.point_size - size) < 0.01


def test_swapping_sides_retitles_the_window(qtbot: Any, window: MainWindow, store: Any) -> None:
    view = _compare(qtbot, window, store)
    before = window.windowTitle()
    assert before == view.title()
    view.swap_action.trigger()
    assert window.windowTitle() == view.title() != before
    assert window.tabs.tabText(window.tabs.currentIndex()) == view.title()
