"""The scorecard view: years × indicators from the region's reports, verdicts in colour and word."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from core.importer import import_file
from core.library import find_report
from core.numbers.table_words import CHINESE_TABLE_WORDS
from core.resources import resource_path
from core.text_width import WORD_JOINER
from gui.scorecard.scorecard_columns import CHART_NARROWEST, YEAR_NARROWEST, YEAR_WIDTH
from gui.scorecard.scorecard_model import (
    LINE_ROLE,
    SERIES_ROLE,
    VERDICT_ROLE,
    gap_text,
    verdict_word,
)
from gui.scorecard.scorecard_view import ScorecardView
from gui.scorecard.trend_chart import (
    RESULT_COLOUR,
    TARGET_COLOUR,
    draw_trend,
    scale_label,
    trend_layout,
)


def test_changzhi_scorecard_pairs_2024_targets_with_results(
    qapp: Any, qtmodeltester: Any, store: Any
) -> None:
    view = ScorecardView.for_region(store, "长治市")
    model = view.model
    qtmodeltester.check(model)
    assert 2024 in model.years
    column = model.years.index(2024)
    gdp_row = model.keys.index("gdp")
    cell = model.index(gdp_row, column)
    line = cell.data(LINE_ROLE)
    assert line.target.value == 6
    assert line.result is not None and line.result.value == 2.6  # from the 2025 interpretation
    assert cell.data(VERDICT_ROLE) == "missed"
    text = cell.data().replace(WORD_JOINER, "")  # (which keeps the gap on one line)
    assert "6%" in text and "2.6%" in text and verdict_word("missed") in text
    assert "(-3.4 pp)" in text  # percentage points in the app's language, not the report's
    assert cell.data(Qt.ItemDataRole.BackgroundRole).isValid()
    assert model.is_chart_column(model.columnCount() - 1)
    series = model.index(gdp_row, model.columnCount() - 1).data(SERIES_ROLE)
    assert (2024, 6.0, 2.6) in series


def test_clicking_a_cell_opens_the_target(window: Any, store: Any) -> None:
    window.open_scorecard("长治市")
    view = window.tabs.currentWidget()
    assert isinstance(view, ScorecardView)
    assert window.tab_index("scorecard:长治市") == window.tabs.currentIndex()
    cell = view.model.index(view.model.keys.index("gdp"), view.model.years.index(2024))
    # The report's own panels (empty beside a scorecard) give it their room; the library stays.
    assert window.library_dock.isVisible()
    assert not any(d.isVisible() for d in (window.sections_dock, window.numbers_dock))
    view.table.clicked.emit(cell)
    tab = window.current_reader()
    assert tab is not None
    assert window.sections_dock.isVisible() and window.numbers_dock.isVisible()  # a report
    target = cell.data(LINE_ROLE).target
    assert tab.readable.report.text[target.start : target.end] == target.text


def test_the_view_menu_opens_the_scorecard_of_the_report_read(
    window: Any, store: Any, qtbot: Any
) -> None:
    action = window.menu_actions.scorecard
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    action.trigger()  # nothing read or selected: the status bar says what to do
    assert window.tabs.count() == 0 and window.statusBar().currentMessage()
    window.open_report(find_report(store, "晋城市2024年政府工作报告"))
    window.position_label.setText("40%")
    action.trigger()
    assert window.tabs.tabText(window.tabs.currentIndex()).endswith("晋城市")
    assert window.position_label.text() == ""  # a scorecard has no reading position
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.position_label.text() == "0% read")  # the report's top


def test_trend_chart_draws_both_series(qapp: Any) -> None:
    image = QImage(220, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_trend(
        painter, QRectF(0, 0, 220, 64), [(2024, 6.0, 2.6), (2026, 5.0, None)], QColor("black")
    )
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(220) for y in range(64)}
    assert "#2e86c1" in colours or any(c.startswith("#2e8") for c in colours)
    assert len(colours) > 3


def test_trend_chart_ticks_every_year_labels_its_scale_and_leaves_a_gap_for_a_missing_year(
    qapp: Any,
) -> None:
    series = [(2022, 6.5, 5.1), (2023, 6.0, 5.2), (2024, 6.0, 2.6), (2026, 5.0, None)]
    layout = trend_layout(QRectF(0, 0, 240, 64), series)
    assert layout is not None
    assert [text for text, _x in layout.ticks] == ["2022", "2023", "2024", "2025", "2026"]
    xs = [x for _text, x in layout.ticks]
    assert xs == sorted(xs) and layout.area.left() <= xs[0] and xs[-1] <= layout.area.right()
    assert [text for text, _y in layout.scale] == ["6.5", "0"]
    top, bottom = (y for _text, y in layout.scale)
    assert top == layout.area.top() and bottom == layout.area.bottom()
    targets, results = layout.runs
    # 2022–2024 joined; 2026 alone, since 2025 had no target to pass through.
    assert [len(run) for run in targets] == [3, 1]
    assert [len(run) for run in results] == [3]
    assert trend_layout(QRectF(0, 0, 240, 64), [(2024, None, None)]) is None


@pytest.mark.parametrize(
    ("value", "label"), [(6.0, "6"), (10.5, "10.5"), (0.25, "0.25"), (1234.5, "1234"), (-3.0, "-3")]
)
def test_the_scale_labels_read_short(value: float, label: str) -> None:
    assert scale_label(value) == label


def test_a_verdict_and_its_gap_are_bracketed_as_each_language_writes(qapp: Any, store: Any) -> None:
    def gdp_2024_verdict() -> str:
        view = ScorecardView.for_region(store, "长治市")
        model = view.model
        cell = model.index(model.keys.index("gdp"), model.years.index(2024))
        return str(cell.data()).split("\n")[-1]

    assert gdp_2024_verdict().replace(WORD_JOINER, "") == "Missed (-3.4 pp)"
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "reportlens_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        shown = gdp_2024_verdict()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert shown.replace(WORD_JOINER, "") == "未完成（-3.4个百分点）"
    # A narrow column wraps the verdict before its gap, never inside it (个百分 / 点).
    for width in range(40, 160, 8):
        lines = [line.replace(WORD_JOINER, "") for line in _wrapped(shown, width)]
        assert [line for line in lines if "-3.4个百分点" in line] or len(lines) == 1
        assert not [line for line in lines if "点" in line and "-3.4" not in line]


def _wrapped(text: str, width: float) -> list[str]:
    """``text``'s lines laid out as a table cell wraps it, ``width`` pixels wide."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_the_window_names_each_verdict_as_the_exported_tables_do(qapp: Any) -> None:
    """A near miss read 接近完成 in the window and 未完成（接近） in the CSV once."""
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "reportlens_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        shown = {key: verdict_word(key) for key in CHINESE_TABLE_WORDS.verdicts}
        near = verdict_word("near")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert shown == CHINESE_TABLE_WORDS.verdicts
    assert near == CHINESE_TABLE_WORDS.near_miss


def test_a_gap_in_points_speaks_the_app_language_and_other_units_stay(qapp: Any) -> None:
    assert gap_text(-0.5, "个百分点") == "-0.5 pp"
    assert gap_text(1.2, "亿元") == "+1.2亿元"  # the report's own unit, as it wrote it
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "reportlens_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert gap_text(-0.5, "个百分点") == "-0.5个百分点"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_legend_wraps_so_a_narrow_window_keeps_its_library_dock(qapp: Any, store: Any) -> None:
    view = ScorecardView.for_region(store, "长治市")
    legend = view.findChild(QLabel, "scorecardLegend")
    assert legend is not None and legend.wordWrap()
    for key in ("met", "near", "missed", "not_reported", "not_comparable", "awaiting"):
        assert escape(verdict_word(key)).replace(" ", "&nbsp;") in legend.text()
    # The chart's marks as it draws them: a target a hollow dot, a result a filled one (a line
    # joins only years in a row).
    assert f'{TARGET_COLOUR.name()}">○</span>&nbsp;Target' in legend.text()
    assert f'{RESULT_COLOUR.name()}">●</span>&nbsp;Result' in legend.text()
    # Before, one row of labels made the view at least 958 px wide in English.
    assert view.minimumSizeHint().width() < 400
    view.resize(420, 600)
    view.show()
    qapp.processEvents()
    assert legend.height() > legend.fontMetrics().height() * 1.5  # broken over lines
    view.close()


def test_a_region_with_no_targets_says_so_at_the_top(qapp: Any, store: Any) -> None:
    view = ScorecardView.for_region(store, "测试市")
    assert view.model.rowCount() == 0
    view.resize(900, 700)
    view.show()
    qapp.processEvents()
    empty = view.findChild(QLabel, "scorecardEmpty")
    legend = view.findChild(QLabel, "scorecardLegend")
    assert empty is not None and legend is not None
    assert empty.isVisible() and "测试市" in empty.text()
    assert not legend.isVisible() and not view.table.isVisible()
    # Title, sources and explanation one after another at the top, the room left below.
    assert empty.geometry().bottom() < view.height() // 3
    view.close()


def test_the_years_give_way_so_a_laptop_s_window_shows_the_table_without_scrolling(
    qapp: Any, store: Any
) -> None:
    view = ScorecardView.for_region(store, "长治市")
    years = len(view.model.years)
    # The scorecard's width in an 800 px window beside the library.
    view.resize(660, 600)
    view.show()
    qapp.processEvents()
    table = view.table
    assert table.horizontalScrollBar().maximum() == 0
    widths = [table.columnWidth(column) for column in range(years)]
    assert min(widths) >= YEAR_NARROWEST and max(widths) < YEAR_WIDTH
    assert table.columnWidth(years) >= CHART_NARROWEST
    view.resize(1300, 600)  # a wide window: each year at its width, the chart the rest
    qapp.processEvents()
    assert [table.columnWidth(column) for column in range(years)] == [YEAR_WIDTH] * years
    assert table.horizontalScrollBar().maximum() == 0
    view.close()


@pytest.mark.parametrize(("language", "between"), [("en", ", "), ("zh", "、")])
def test_a_year_judged_by_two_reports_lists_them_as_the_app_s_language_lists(
    qapp: Any,
    store: Any,
    samples: dict[str, Path],
    tmp_path: Path,
    request: pytest.FixtureRequest,
    language: str,
    between: str,
) -> None:
    if language == "zh":
        request.getfixturevalue("chinese")
    # A second edition of the 2025 interpretation: the 2024 targets are judged by both.
    second = tmp_path / "changzhi-2025-interpretation-copy.txt"
    text = samples["cz2025i"].read_text(encoding="utf-8")
    second.write_text(text + "\n附：本解读由市政府研究室整理。\n", encoding="utf-8")
    import_file(store, second)
    view = ScorecardView.for_region(store, "长治市")
    sources = view.findChild(QLabel, "scorecardSources")
    assert sources is not None
    first = sources.text().splitlines()[0]
    assert f"长治市2025年政府工作报告解读{between}长治市2025年政府工作报告解读（" in first
    view.close()


def test_a_cell_s_menu_opens_the_result_where_it_is_reported(window: Any, store: Any) -> None:
    window.open_scorecard("长治市")
    view = window.tabs.currentWidget()
    assert isinstance(view, ScorecardView)
    cell = view.model.index(view.model.keys.index("gdp"), view.model.years.index(2024))
    line = cell.data(LINE_ROLE)
    assert line.result is not None  # 2.6%, in the 2025 interpretation
    assert "right-click" in cell.data(Qt.ItemDataRole.ToolTipRole)
    menu = view.cell_menu(cell)
    assert menu is not None
    target, result = menu.actions()
    assert target.isEnabled() and result.isEnabled()
    result.trigger()
    tab = window.current_reader()
    assert tab is not None and "解读" in tab.readable.report.meta.title
    assert tab.readable.report.text[line.result.start : line.result.end] == line.result.text
    # Shift+Enter on the cell does the same from the keyboard.
    window.tabs.setCurrentWidget(view)
    view.table.setCurrentIndex(cell)
    window.close_tab(window.tabs.indexOf(tab))
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    again = window.current_reader()
    assert (
        again is not None
        and again.readable.report.text[line.result.start : line.result.end] == line.result.text
    )
    # A target of 2026, whose results are not reported yet: nothing to read but the target.
    pending = view.model.index(view.model.keys.index("gdp"), view.model.years.index(2026))
    assert pending.data(LINE_ROLE).result is None
    waiting = view.cell_menu(pending)
    assert waiting is not None and not waiting.actions()[1].isEnabled()
    assert "right-click" not in pending.data(Qt.ItemDataRole.ToolTipRole)
