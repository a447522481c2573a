"""Draw the app icon (an open report under a reading lens marked 政) as PNG, ICO and ICNS.

Run from the repository root: ``.venv/bin/python resources/app/make_icon.py``. The files it
writes are committed; the build only reads them. Needs a CJK font (Noto Serif CJK SC or
any font with 政).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QImageWriter,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

HERE = Path(__file__).resolve().parent
SIZE = 256
RED = QColor("#b3261e")
DARK_RED = QColor("#7f1d1a")
PAPER = QColor("#fffaf0")
INK = QColor("#3c3c3c")
GOLD = QColor("#e8b923")
CJK_FAMILIES = ["Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "serif"]


def _round_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _background(painter: QPainter) -> None:
    gradient = QLinearGradient(0, 0, 0, SIZE)
    gradient.setColorAt(0.0, RED)
    gradient.setColorAt(1.0, DARK_RED)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(QRectF(8, 8, SIZE - 16, SIZE - 16), 44, 44)


def _book(painter: QPainter) -> None:
    """Two pages of an open report with lines of text."""
    for left in (True, False):
        page = QPainterPath()
        x0, x1 = (40.0, 126.0) if left else (130.0, 216.0)
        outer, inner = (x0, x1) if left else (x1, x0)
        page.moveTo(inner, 70)
        page.cubicTo(inner - (30 if left else -30), 58, outer, 62, outer, 66)
        page.lineTo(outer, 196)
        page.cubicTo(outer, 192, inner - (30 if left else -30), 188, inner, 200)
        page.closeSubpath()
        painter.setBrush(PAPER)
        painter.setPen(QPen(QColor("#d9cbb0"), 2))
        painter.drawPath(page)
        painter.setPen(_round_pen(QColor("#b9ab94"), 5))
        for row in range(6):
            y = 92 + row * 18
            a, b = x0 + 14, x1 - 14
            painter.drawLine(QPointF(a, y), QPointF(b - (24 if row % 3 == 2 else 0), y))


def _lens(painter: QPainter) -> None:
    """A reading lens over the right page, with 政 inside it."""
    centre, radius = QPointF(150, 128), 52.0
    painter.setPen(_round_pen(QColor(0, 0, 0, 60), 10))
    painter.drawLine(QPointF(190, 168), QPointF(226, 206))
    painter.setPen(_round_pen(INK, 14))
    painter.drawLine(QPointF(188, 166), QPointF(222, 200))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.setPen(QPen(GOLD, 9))
    painter.drawEllipse(centre, radius, radius)
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPixelSize(64)
    font.setWeight(QFont.Weight.Bold)
    painter.setFont(font)
    painter.setPen(RED)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "政")


def draw_icon() -> QImage:
    """The icon at 256 × 256 pixels on a transparent background."""
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _background(painter)
    _book(painter)
    _lens(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, image_format: str) -> None:
    """Save ``image`` in ``image_format`` (Qt's image plugins write ICO and ICNS)."""
    writer = QImageWriter(str(path), image_format.encode())
    if not writer.write(image):
        raise SystemExit(f"could not write {path.name}: {writer.errorString()}")


def main() -> int:
    """Write reportlens.png, .ico and .icns next to this script."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need a GUI application
    image = draw_icon()
    write(image, HERE / "reportlens.png", "png")
    write(image, HERE / "reportlens.ico", "ico")
    write(image, HERE / "reportlens.icns", "icns")
    print("wrote reportlens.png, reportlens.ico, reportlens.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
