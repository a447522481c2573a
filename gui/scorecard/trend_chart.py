"""A small chart in a table cell: an indicator's target against its result over the years."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from gui.scorecard.scorecard_model import SERIES_ROLE

TARGET_COLOUR = QColor("#e8a317")
RESULT_COLOUR = QColor("#2e86c1")


def draw_trend(
    painter: QPainter,
    rect: QRectF,
    series: list[tuple[int, float | None, float | None]],
    text_colour: QColor,
) -> None:
    """Draw targets (dashed, hollow) and results (solid, filled) over the years in ``rect``."""
    values = [v for _y, t, r in series for v in (t, r) if v is not None]
    if not values or not series:
        painter.setPen(text_colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "—")
        return
    low, high = min([*values, 0.0]), max(values)
    if high == low:
        high = low + 1
    area = rect.adjusted(22, 6, -22, -14)
    years = [y for y, _t, _r in series]
    first, last = min(years), max(years)

    def point(year: int, value: float) -> QPointF:
        x = (
            area.center().x()
            if last == first
            else area.left() + area.width() * (year - first) / (last - first)
        )
        y = area.bottom() - area.height() * (value - low) / (high - low)
        return QPointF(x, y)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    axis = QColor(text_colour)
    axis.setAlpha(90)
    painter.setPen(QPen(axis, 1))
    painter.drawLine(
        QPointF(area.left() - 8, area.bottom()), QPointF(area.right() + 8, area.bottom())
    )
    font = painter.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
    painter.setFont(font)
    for year in years:
        x = point(year, low).x()
        painter.drawText(
            QRectF(x - 20, area.bottom() + 1, 40, 12), Qt.AlignmentFlag.AlignCenter, str(year)
        )
    for index, colour, dashed in ((1, TARGET_COLOUR, True), (2, RESULT_COLOUR, False)):
        points = [point(item[0], item[index]) for item in series if item[index] is not None]
        if not points:
            continue
        pen = QPen(colour, 2)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if len(points) > 1:
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush if dashed else colour)
        for p in points:
            painter.drawEllipse(p, 3.5, 3.5)
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
        return QSize(220, 64)
