"""The widths of the scorecard's columns: its years and its chart in the table's width.

Each year's column is as wide as it reads best (a target, its result and the verdict with its
gap on two lines) when the table has room; in a narrower table (a laptop's window beside the
library) the years give way together down to their narrowest and the chart, last, takes what
is left (never less than its header's words), so that the table scrolls sideways only when
even that does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

YEAR_WIDTH = 210  # a year's column when the table has room
YEAR_NARROWEST = 150  # ``6%左右 → 2.6%`` and ``未完成（-3.4个百分点）`` whole on their lines
CHART_NARROWEST = 120  # the chart column: its dots and the labels of its first and last years


def year_width(room: int, years: int, chart: int = CHART_NARROWEST) -> int:
    """The width of each of ``years`` columns in a table ``room`` wide beside the chart,
    ``chart`` at its narrowest."""
    if years <= 0:
        return YEAR_WIDTH
    return max(YEAR_NARROWEST, min(YEAR_WIDTH, (room - chart) // years))


class ScorecardColumns(QObject):
    """Fits ``table``'s year columns (all but the last, the chart) whenever its width changes;
    the chart column stretches to the edge."""

    def __init__(self, table: QTableView, years: int) -> None:
        super().__init__(table)
        self._table = table
        self._years = years
        self._fitted = -1
        table.horizontalHeader().setStretchLastSection(True)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the columns again when the table's viewport is resized."""
        if event.type() == QEvent.Type.Resize and watched is self._table.viewport():
            self.fit()
        return False

    def fit(self) -> None:
        """Size the year columns to the table's width (only when it changed: a column the
        user dragged keeps its width until the table is resized)."""
        room = self._table.viewport().width()
        if room == self._fitted:
            return
        self._fitted = room
        # The chart's column is never narrower than its header's words.
        header = self._table.horizontalHeader()
        chart = max(CHART_NARROWEST, header.sectionSizeFromContents(self._years).width())
        width = year_width(room, self._years, chart)
        for column in range(self._years):
            self._table.setColumnWidth(column, width)
