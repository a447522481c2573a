"""The widths of the scorecard's columns: its indicators, its years and its chart in the
table's width.

Each year's column is as wide as it reads best (a target, its result and the verdict with its
gap on two lines) when the table has room. In a narrower table (a laptop's window beside the
library) they give way in turn, so that the table scrolls sideways only when nothing more can:
the years together down to the width that keeps each line whole, then the chart down to the
least that shows its dots (never less than its header's words), then the indicators' names
(cut at their end, whole in their tooltips), and last the years down to a verdict on two
lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

YEAR_WIDTH = 210  # a year's column when the table has room
YEAR_NARROWEST = 150  # ``6%左右 → 2.6%`` and ``未完成（-3.4个百分点）`` whole on their lines
YEAR_LEAST = 118  # the verdict with its gap on two lines: three in all, in the row's height
CHART_NARROWEST = 120  # the chart column: its dots and the labels of its first and last years
CHART_LEAST = 90  # its dots, the labels of its first and last years close together
INDICATOR_LEAST_CHARACTERS = 6  # an indicator's name cut to ``城镇居民人均…``
NO_LIMIT = 16_777_215  # Qt's QWIDGETSIZE_MAX: a widget's width unbounded


def year_width(room: int, years: int, chart: int = CHART_NARROWEST) -> int:
    """The width of each of ``years`` columns in a table ``room`` wide beside the chart,
    ``chart`` at its narrowest."""
    if years <= 0:
        return YEAR_WIDTH
    return max(YEAR_NARROWEST, min(YEAR_WIDTH, (room - chart) // years))


def fits(room: int, years: int, year: int, chart: int) -> bool:
    """Whether ``years`` columns ``year`` wide and a chart ``chart`` wide fit in ``room``."""
    return years * year + chart <= room


class ScorecardColumns(QObject):
    """Fits ``table``'s indicator names, year columns (all but the last) and chart (the last,
    stretched to the edge) whenever its width changes."""

    def __init__(self, table: QTableView, years: int) -> None:
        super().__init__(table)
        self._table = table
        self._years = years
        self._fitted = -1
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        table.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the columns again when the table is resized."""
        if event.type() == QEvent.Type.Resize and watched is self._table:
            self.fit()
        return False

    def fit(self) -> None:
        """Size the names and the year columns to the table's width (only when it changed: a
        column the user dragged keeps its width until the table is resized)."""
        table = self._table
        if table.width() == self._fitted:
            return
        self._fitted = table.width()
        names = table.verticalHeader()
        names.setMaximumWidth(NO_LIMIT)
        scroll_bar = table.verticalScrollBar().sizeHint().width()
        beside = 2 * table.frameWidth() + scroll_bar  # the columns' room without the names
        whole_names = names.sizeHint().width()
        # The chart's column is never narrower than its header's words.
        words = table.horizontalHeader().sectionSizeFromContents(self._years).width()
        chart = max(CHART_NARROWEST, words)
        least_chart = max(CHART_LEAST, words)
        room = table.width() - beside - whole_names
        short = self._years * YEAR_NARROWEST + least_chart - room
        if short > 0:  # the names give what the years lack, down to their least
            em = names.fontMetrics().horizontalAdvance("中")
            least = INDICATOR_LEAST_CHARACTERS * em + (whole_names - self._widest_name())
            cut = max(least, whole_names - short)
            if cut < whole_names:
                names.setMaximumWidth(cut)
                room += whole_names - cut
        width = year_width(room, self._years, chart)
        if not fits(room, self._years, width, least_chart):
            width = max(YEAR_LEAST, (room - least_chart) // max(1, self._years))
        for column in range(self._years):
            table.setColumnWidth(column, width)
        # Stretched to the edge from its least: Qt never stretches a last column narrower
        # than it was before (its first 100 px).
        table.setColumnWidth(self._years, least_chart)

    def _widest_name(self) -> int:
        """The width of the longest indicator's name, in the header's font."""
        names = self._table.verticalHeader()
        model = self._table.model()
        metrics = names.fontMetrics()
        return max(
            (
                metrics.horizontalAdvance(str(model.headerData(row, Qt.Orientation.Vertical)))
                for row in range(model.rowCount())
            ),
            default=0,
        )
