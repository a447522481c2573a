"""The strip between the panes: each changed passage joined to its place on the other side."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from gui.compare.change_styles import Look, strip_colour
from gui.compare.geometry import CompareGeometry

STRIP_WIDTH = 44
_SECTION_LOOKS = (Look.ADDED_SECTION, Look.REMOVED_SECTION)


class LinkStrip(QWidget):
    """Draws, for every change in view, a band from its left extent to its right extent.

    It only draws: the bands come measured in document pixels; the strip subtracts the two
    panes' scroll positions (as meld's linkmap does with its curtain).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareLinkStrip")
        self.setFixedWidth(STRIP_WIDTH)
        self._geometry: CompareGeometry | None = None
        self._left_scroll = 0.0
        self._right_scroll = 0.0
        self._left_offset = 0.0
        self._right_offset = 0.0
        self._current = -1

    def sizeHint(self) -> QSize:
        """A narrow strip."""
        return QSize(STRIP_WIDTH, 100)

    def set_geometry(self, geometry: CompareGeometry | None) -> None:
        """Draw the bands of ``geometry`` (None: nothing)."""
        self._geometry = geometry
        self.update()

    def set_scroll(self, left: float, right: float) -> None:
        """The panes' scroll positions (document pixels at the top of each viewport)."""
        self._left_scroll, self._right_scroll = left, right
        self.update()

    def set_viewport_offsets(self, left: float, right: float) -> None:
        """How far below the strip's top each pane's viewport starts."""
        self._left_offset, self._right_offset = left, right
        self.update()

    def set_current(self, index: int) -> None:
        """Outline the band of the current change."""
        self._current = index
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bands whose ends are in view."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._geometry is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = float(self.width()), float(self.height())
        bend = width * 0.35
        left_shift = self._left_offset - self._left_scroll
        right_shift = self._right_offset - self._right_scroll
        for band in self._geometry.changes:
            l_top, l_bottom = band.left.top + left_shift, band.left.bottom + left_shift
            r_top, r_bottom = band.right.top + right_shift, band.right.bottom + right_shift
            if max(l_bottom, r_bottom) < 0 or min(l_top, r_top) > height:
                continue
            path = QPainterPath(QPointF(0, l_top))
            path.cubicTo(QPointF(bend, l_top), QPointF(width - bend, r_top), QPointF(width, r_top))
            path.lineTo(QPointF(width, r_bottom))
            path.cubicTo(
                QPointF(width - bend, r_bottom), QPointF(bend, l_bottom), QPointF(0, l_bottom)
            )
            path.closeSubpath()
            current = band.index == self._current
            alpha = 200 if current else (60 if band.look in _SECTION_LOOKS else 120)
            painter.setBrush(strip_colour(band.look, alpha))
            pen = QPen(strip_colour(band.look).darker(140 if current else 115))
            pen.setWidthF(2.0 if current else 1.0)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawLine(0, 0, 0, int(height))
        painter.drawLine(int(width) - 1, 0, int(width) - 1, int(height))
        painter.setPen(Qt.PenStyle.NoPen)
