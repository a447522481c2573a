"""The scorecard as a table: one row per canonical indicator, one column per year, then a chart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from core.model import ReportId
from core.numbers import ReportNumbers, Scorecard
from core.numbers.scorecard import POINTS, ScoreLine
from core.numbers.target_compare import target_value_text
from core.plain_passage import plain_phrase
from core.text_width import kept_whole
from gui.placeholders import fill_placeholders

LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the ScoreLine of a cell
SERIES_ROLE = Qt.ItemDataRole.UserRole + 2  # the chart column: [(year, target, result)]
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3

ModelIndex = QModelIndex | QPersistentModelIndex

VERDICT_COLOURS = {
    "met": "#27ae60",
    "near": "#e67e22",
    "missed": "#c0392b",
    "not_reported": "#7f8c8d",
    "not_comparable": "#95a5a6",
    "awaiting": "#b39ddb",  # a soft violet: pending, unlike the greys and the blue of results
}


def verdict_key(line: ScoreLine) -> str:
    """met / near / missed / not_reported / not_comparable / awaiting (a near miss has its
    own colour)."""
    verdict = str(line.verdict)
    return "near" if verdict == "missed" and line.near else verdict


def verdict_word(key: str) -> str:
    """The verdict in words, in the current language."""
    words = {
        "met": QCoreApplication.translate("Scorecard", "Met"),
        "near": QCoreApplication.translate("Scorecard", "Narrowly missed"),
        "missed": QCoreApplication.translate("Scorecard", "Missed"),
        "not_reported": QCoreApplication.translate("Scorecard", "Not reported"),
        "not_comparable": QCoreApplication.translate("Scorecard", "Not comparable"),
        "awaiting": QCoreApplication.translate("Scorecard", "Awaiting next year's report"),
    }
    return words.get(key, key)


def gap_text(gap: float, unit: str) -> str:
    """How far the result fell from the target, signed: ``+0.5 pp`` (``+0.5个百分点`` in
    Chinese). Percentage points are the app's own word; other units are the report's."""
    if unit == POINTS:
        return QCoreApplication.translate("Scorecard", "%1 pp").replace("%1", f"{gap:+g}")
    return f"{gap:+g}{unit}"


def verdict_with_gap(verdict: str, gap: str) -> str:
    """A verdict with its gap in brackets as the app's language writes them: ``Missed
    (-3.4 pp)``, ``未完成（-3.4个百分点）``."""
    return fill_placeholders(QCoreApplication.translate("Scorecard", "%1 (%2)"), verdict, gap)


def verdict_colour(key: str, alpha: int = 255) -> QColor:
    """The colour of a verdict."""
    colour = QColor(VERDICT_COLOURS.get(key, "#7f8c8d"))
    colour.setAlpha(alpha)
    return colour


@dataclass(frozen=True)
class Place:
    """Where a statement stands: the report and the span in its text."""

    report_id: ReportId
    start: int
    end: int


class ScorecardModel(QAbstractTableModel):
    """Rows: indicators (in the order the targets name them); columns: years, then the trend."""

    def __init__(
        self, card: Scorecard, reports: list[ReportNumbers], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._card = card
        self._reports = reports
        self.years = [year.year for year in card.years]
        self.keys: list[str] = []
        self.labels: dict[str, str] = {}
        self._cells: dict[tuple[str, int], ScoreLine] = {}
        for year in card.years:
            for line in year.lines:
                if line.key not in self.labels:
                    self.keys.append(line.key)
                    self.labels[line.key] = line.label
                self._cells.setdefault((line.key, year.year), line)

    @property
    def card(self) -> Scorecard:
        """The scorecard shown."""
        return self._card

    @property
    def reports(self) -> list[ReportNumbers]:
        """The reports the scorecard was built from."""
        return self._reports

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per indicator."""
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One column per year, and the chart."""
        return 0 if parent.isValid() or not self.years else len(self.years) + 1

    def is_chart_column(self, column: int) -> bool:
        """Whether ``column`` is the trend chart."""
        return column == len(self.years)

    def line(self, row: int, column: int) -> ScoreLine | None:
        """The score line of a cell (None for an empty cell or the chart)."""
        if not 0 <= row < len(self.keys) or not 0 <= column < len(self.years):
            return None
        return self._cells.get((self.keys[row], self.years[column]))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Years across, indicators down; the chart's column named in short, in full in its
        tooltip; an indicator's name whole in its tooltip (a narrow table cuts it)."""
        chart = orientation == Qt.Orientation.Horizontal and section == len(self.years)
        if chart and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Target and result over the years")
        indicator = orientation == Qt.Orientation.Vertical and 0 <= section < len(self.keys)
        if indicator and role == Qt.ItemDataRole.ToolTipRole:
            return self.labels[self.keys[section]]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.years):
                return self.tr("%1 target → result").replace("%1", str(self.years[section]))
            if chart:  # short: the chart's column is narrow in a small window
                return self.tr("Over the years")
            return None
        if 0 <= section < len(self.keys):
            return self.labels[self.keys[section]]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (target → result, verdict), colour, tooltip, and the chart's series."""
        if not index.isValid() or not 0 <= index.row() < len(self.keys):
            return None
        if self.is_chart_column(index.column()):
            if role == SERIES_ROLE:
                return self.series(index.row())
            return None
        line = self.line(index.row(), index.column())
        if line is None:
            return None
        key = verdict_key(line)
        if role == Qt.ItemDataRole.DisplayRole:
            result = target_value_text(line.result) if line.result is not None else "—"
            verdict = verdict_word(key)
            if line.gap is not None and line.result is not None:
                # (-3.4个百分点) on one line: a narrow column broke it as 个百分 / 点.
                gap = kept_whole(gap_text(line.gap, line.gap_unit))
                verdict = verdict_with_gap(verdict, gap)
            return f"{target_value_text(line.target)} → {result}\n{verdict}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return verdict_colour(key, 60)
        if role == Qt.ItemDataRole.DecorationRole:
            return verdict_colour(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [self.tr("Target: %1").replace("%1", plain_phrase(line.target.text))]
            if line.result is not None:
                parts.append(self.tr("Result: %1").replace("%1", plain_phrase(line.result.text)))
            if line.reference is not None:
                parts.append(
                    self.tr("Compared with GDP growth: %1").replace(
                        "%1", target_value_text(line.reference)
                    )
                )
            if line.result is not None:
                parts.append(
                    self.tr("Click to read the target; right-click to read the result too")
                )
            return "\n".join(parts)
        if role == LINE_ROLE:
            return line
        if role == VERDICT_ROLE:
            return key
        return None

    def series(self, row: int) -> list[tuple[int, float | None, float | None]]:
        """(year, target value, result value) for the chart of one indicator."""
        points = []
        for column, year in enumerate(self.years):
            line = self.line(row, column)
            if line is None:
                continue
            result = line.result.value if line.result is not None else None
            points.append((year, line.target.value, result))
        return points

    def place_of(self, statement: Any) -> Place | None:
        """The report and span of a statement of this scorecard."""
        for report in self._reports:
            if report.report_id is not None and statement in report.statements:
                return Place(report.report_id, statement.start, statement.end)
        return None
