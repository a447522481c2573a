"""In a small window (800×600) the text keeps a readable line and the panels give way."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QRectF, QSize

from core.library import find_report
from gui.numbers.numbers_model import NumbersModel
from gui.reader.reading_column import READABLE_CHARS
from gui.scorecard.trend_chart import trend_layout
from gui.text_layout import characters_on_a_line
from tests.gui.target_rows import assert_targets_read_whole

SMALL = QSize(800, 600)


def test_a_small_window_keeps_the_reading_line_and_the_value_column(
    qtbot: Any, window: Any, store: Any
) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    window.resize(SMALL)
    qtbot.waitUntil(lambda: window.width() == SMALL.width())
    window.numbers_dock.toggleViewAction().trigger()  # stepped aside: the View menu opens it
    qtbot.wait(50)
    assert window.numbers_dock.isVisible()
    view = window.tabs.currentWidget().view
    assert characters_on_a_line(view) >= READABLE_CHARS
    table = window.numbers_panel.table
    value = NumbersModel.COLUMNS.index("value")
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(value) == 0
    assert header.sectionSize(value) <= table.viewport().width()
    assert header.sectionSize(value) >= table.sizeHintForColumn(value) or (
        header.sectionSize(value) >= 80
    )


def _compared_in_a_small_window(qtbot: Any, window: Any, store: Any) -> Any:
    """The compare view of 长治 2024 and 2026 in a window of 800×600, its comparison drawn."""
    window.resize(SMALL)
    older = find_report(store, "长治市2024年政府工作报告")
    newer = find_report(store, "长治市2026年政府工作报告（报纸版）")
    view = window.comparisons.open(older, newer)
    qtbot.waitUntil(lambda: view.comparison() is not None, timeout=120_000)
    qtbot.wait(50)
    return view


def test_a_comparison_folds_its_change_list_before_its_texts_go_narrow(
    qtbot: Any, window: Any, store: Any
) -> None:
    view = _compared_in_a_small_window(qtbot, window, store)
    panes = (view.left_pane, view.right_pane)
    # Two texts of 25 characters do not fit in 800 px: the change list gives them its room.
    assert view.splitter.sizes()[0] == 0
    left, right = (characters_on_a_line(pane) for pane in panes)
    assert abs(left - right) < 1 and left > 17
    # Wider, the change list comes back only beside texts that keep their line.
    for width in (1000, 1100, 1200, 1300, 1400):
        window.resize(QSize(width, 900))
        qtbot.waitUntil(lambda width=width: window.width() == width)
        qtbot.wait(20)
        if view.splitter.sizes()[0]:
            for pane in panes:
                line = characters_on_a_line(pane)
                assert line >= READABLE_CHARS - 0.01, (width, pane.objectName(), line)
    assert view.splitter.sizes()[0] > 300


def test_folded_panels_come_back_at_the_reader_s_word_and_stay_as_told(
    qtbot: Any, window: Any, store: Any
) -> None:
    view = _compared_in_a_small_window(qtbot, window, store)
    switch = view.panels_action
    # Folded for want of room: the toolbar's switch says so, and brings them back.
    assert view.splitter.sizes()[0] == 0 and not switch.isChecked()
    box = view.compare_actions.switch_box(switch)
    assert box.isVisible() and not box.isChecked() and switch.shortcut().toString() == "F9"
    switch.trigger()
    qtbot.wait(20)
    least = view.panels.minimumSizeHint().width()
    assert view.splitter.sizes()[0] >= least and switch.isChecked() and box.isChecked()
    assert view.panels.isVisible()
    # Hidden by the reader, they stay hidden in a window with room for them.
    switch.trigger()
    window.resize(QSize(1400, 900))
    qtbot.waitUntil(lambda: window.width() == 1400)
    qtbot.wait(20)
    assert view.splitter.sizes()[0] == 0 and not switch.isChecked()
    switch.trigger()
    qtbot.wait(20)
    assert view.splitter.sizes()[0] > 300 and switch.isChecked()


def test_targets_read_whole_beside_two_texts_in_a_small_window(
    qtbot: Any, window: Any, store: Any
) -> None:
    view = _compared_in_a_small_window(qtbot, window, store)
    view.panels_action.trigger()  # the panels brought back beside the two texts
    view.panels.setCurrentIndex(view.panels.count() - 1)
    qtbot.wait(20)
    table = view.panels.targets_view
    assert table.isVisible() and view.splitter.sizes()[0] > 0
    lines = assert_targets_read_whole(table)
    assert lines["固定资产投资"] == 2 and max(lines.values()) <= 3, lines


def test_year_labels_never_overlap_in_a_narrow_chart() -> None:
    series = [(2024, 6.0, 2.6), (2025, None, None), (2026, 6.0, None)]
    for width in (90.0, 120.0, 150.0, 400.0):
        layout = trend_layout(QRectF(0, 0, width, 60), series, label_width=26.0)
        assert layout is not None
        xs = [x for _text, x in layout.ticks]
        assert layout.ticks[0][0] == "2024"
        assert all(b - a >= 26.0 for a, b in pairwise(xs)), (width, xs)
