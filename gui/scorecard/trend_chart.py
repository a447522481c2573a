"""A small chart in a table cell: an indicator's target against its result over the years.

Every year between the first and the last has its tick, the top and bottom of the scale carry
their values, and a line joins only years next to each other: a year with no target (no plan
in the library) leaves a gap rather than a line that seems to pass through a target.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from gui.scorecard.scorecard_model import SERIES_ROLE

TARGET_COLOUR = QColor("#e8a317")
RESULT_COLOUR = QColor("#2e86c1")

Series = list[tuple[int, float | None, float | None]]
"""(year, target value, result value), in year order."""

_SCALE_WIDTH = 30.0  # room on the left for the scale's values
_MARGIN = 14.0
_INSET = 12.0  # between the scale and the first year's points


@dataclass(frozen=True)
class TrendLayout:
    """Where a chart's parts go in its cell.

    Attributes:
        area: the plotting area.
        ticks: each year's label and its x.
        scale: the top and bottom values' labels and their y.
        runs: for the targets (index 0) and the results (index 1), the runs of points of
            consecutive years, each drawn as one line.
    """

    area: QRectF
    ticks: list[tuple[str, float]]
    scale: list[tuple[str, float]]
    runs: tuple[list[list[QPointF]], list[list[QPointF]]]


def scale_label(value: float) -> str:
    """A value as the scale shows it: ``6``, ``10.5``, ``0.25``, ``1234`` (1234.5: a half
    goes to the even neighbour)."""
    if abs(value) >= 100 or value == int(value):
        return f"{value:.0f}"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def trend_layout(rect: QRectF, series: Series, label_width: float = 0.0) -> TrendLayout | None:
    """The chart of ``series`` laid out in ``rect``; None when it has no value to draw.

    Args:
        rect: the cell.
        series: the years' targets and results.
        label_width: the width a year's label takes: in a narrow cell only every second (or
            third…) year is labelled, so that no two labels overlap.
    """
    values = [v for _y, t, r in series for v in (t, r) if v is not None]
    if not values:
        return None
    low, high = min([*values, 0.0]), max([*values, 0.0])
    if high == low:
        high = low + 1
    area = rect.adjusted(_SCALE_WIDTH + 6, 6, -_MARGIN, -_MARGIN)
    first, last = series[0][0], series[-1][0]

    def x_of(year: int) -> float:  # the first and last years stand clear of the edges
        if last == first:
            return area.center().x()
        span = area.width() - 2 * _INSET
        return area.left() + _INSET + span * (year - first) / (last - first)

    def y_of(value: float) -> float:
        return area.bottom() - area.height() * (value - low) / (high - low)

    step = 1 if last - first <= 8 else 2
    if last > first and label_width > 0:
        per_year = (area.width() - 2 * _INSET) / (last - first)
        while step <= last - first and per_year * step < label_width + 4:
            step += 1
    ticks = [(str(year), x_of(year)) for year in range(first, last + 1, step)]
    scale = [(scale_label(high), y_of(high)), (scale_label(low), y_of(low))]
    runs: tuple[list[list[QPointF]], list[list[QPointF]]] = ([], [])
    for which in (0, 1):
        previous_year: int | None = None
        for year, *pair in series:
            value = pair[which]
            if value is None:
                previous_year = None
                continue
            point = QPointF(x_of(year), y_of(value))
            if previous_year is not None and year == previous_year + 1:
                runs[which][-1].append(point)
            else:
                runs[which].append([point])
            previous_year = year
    return TrendLayout(area, ticks, scale, runs)


def draw_trend(painter: QPainter, rect: QRectF, series: Series, text_colour: QColor) -> None:
    """Draw targets (dashed, hollow) and results (solid, filled) over the years in ``rect``."""
    font = painter.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
    label_width = QFontMetricsF(font).horizontalAdvance("0000")
    layout = trend_layout(rect, series, label_width)
    if layout is None:
        painter.setPen(text_colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "—")
        return
    area = layout.area
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    axis = QColor(text_colour)
    axis.setAlpha(90)
    painter.setPen(QPen(axis, 1))
    painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
    painter.setFont(font)
    label = QColor(text_colour)
    label.setAlpha(160)
    painter.setPen(label)
    for text, x in layout.ticks:
        half = label_width / 2 + 2
        painter.drawText(
            QRectF(x - half, area.bottom() + 1, 2 * half, 12), Qt.AlignmentFlag.AlignCenter, text
        )
    for text, y in layout.scale:
        painter.drawText(
            QRectF(rect.left(), y - 6, _SCALE_WIDTH, 12),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
    for runs, colour, dashed in (
        (layout.runs[0], TARGET_COLOUR, True),
        (layout.runs[1], RESULT_COLOUR, False),
    ):
        pen = QPen(colour, 2)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        for run in runs:
            if len(run) > 1:
                path = QPainterPath(run[0])
                for point in run[1:]:
                    path.lineTo(point)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush if dashed else colour)
            for point in run:
                painter.drawEllipse(point, 3.5, 3.5)
    painter.restore()


class TrendChartDelegate(QStyledItemDelegate):
    """Paints the chart column of the scorecard table."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the chart of the row's indicator."""
        series = index.data(SERIES_ROLE)
        if series is None:
            super().paint(painter, option, index)
            return
        rect = QRectF(option.rect)  # type: ignore[attr-defined]
        text = option.palette.color(QPalette.ColorRole.Text)  # type: ignore[attr-defined]
        draw_trend(painter, rect, series, text)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for a readable chart."""
        return QSize(240, 64)
