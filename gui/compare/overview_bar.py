"""The overview bar: where the changes are in the whole of both texts; a click jumps there."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from gui.compare.change_styles import strip_colour
from gui.compare.geometry import CompareGeometry

BAR_WIDTH = 18
MIN_MARK = 2.0


class OverviewBar(QWidget):
    """Two thin columns (left text, right text) of coloured marks, scaled to the bar's height.

    A frame shows the part of the right text in view. Clicking asks for the change nearest
    to the clicked place (``change_clicked``).
    """

    change_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareOverview")
        self.setFixedWidth(BAR_WIDTH)
        self._geometry: CompareGeometry | None = None
        self._view = (0.0, 0.0)  # right pane: top and height in view, document pixels
        self._current = -1
        self.setToolTip(self.tr("Where the changes are: click to go there"))

    def sizeHint(self) -> QSize:
        """A thin bar."""
        return QSize(BAR_WIDTH, 100)

    def set_geometry(self, geometry: CompareGeometry | None) -> None:
        """Show the changes of ``geometry``."""
        self._geometry = geometry
        self.update()

    def set_view(self, top: float, height: float) -> None:
        """The part of the right text in view."""
        self._view = (top, height)
        self.update()

    def set_current(self, index: int) -> None:
        """Mark the current change."""
        self._current = index
        self.update()

    def _scale(self, height: float) -> float:
        return max(0.0, self.height() - 2) / max(height, 1.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw every change as a mark at its place in each text."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        geometry = self._geometry
        if geometry is None:
            return
        half = self.width() / 2
        left_scale, right_scale = (
            self._scale(geometry.left_height),
            self._scale(geometry.right_height),
        )
        painter.setPen(QPen(self.palette().mid().color()))
        top, height = self._view
        painter.drawRect(QRectF(0.5, 1 + top * right_scale, self.width() - 1, height * right_scale))
        for band in geometry.changes:
            colour = strip_colour(band.look)
            painter.setPen(colour.darker(150) if band.index == self._current else colour)
            for x, scale, extent in (
                (1.0, left_scale, band.left),
                (half, right_scale, band.right),
            ):
                if extent.bottom <= extent.top:
                    continue
                y = 1 + extent.top * scale
                mark = max(MIN_MARK, (extent.bottom - extent.top) * scale)
                painter.fillRect(QRectF(x, y, half - 1.5, mark), colour)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Ask for the change nearest to the click."""
        geometry = self._geometry
        if geometry is None or not geometry.changes:
            return
        y = event.position().y() - 1
        left_side = event.position().x() < self.width() / 2
        scale = self._scale(geometry.left_height if left_side else geometry.right_height)
        target = y / scale if scale else 0.0

        def distance(index: int) -> float:
            band = geometry.changes[index]
            extent = band.left if left_side else band.right
            return abs(extent.top - target)

        self.change_clicked.emit(min(range(len(geometry.changes)), key=distance))
