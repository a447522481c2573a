"""The scorecard view: years × indicators from the region's reports, verdicts in colour and word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from gui.scorecard.scorecard_model import LINE_ROLE, SERIES_ROLE, VERDICT_ROLE, verdict_word
from gui.scorecard.scorecard_view import ScorecardView
from gui.scorecard.trend_chart import draw_trend


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
    text = cell.data()
    assert "6%" in text and "2.6%" in text and verdict_word("missed") in text
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
