"""Small badges telling a report's kind at a glance: full report, interpretation, newspaper."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

# Kind value → (badge colour, one-character label source text)
_BADGES = {
    "report": ("#c0392b", "Full text badge"),
    "interpretation": ("#8e44ad", "Interpretation badge"),
    "newspaper": ("#2c3e50", "Newspaper badge"),
}


def kind_label(kind: str) -> str:
    """The name of a report kind in the current language."""
    names = {
        "report": QCoreApplication.translate("ReportKind", "Report"),
        "interpretation": QCoreApplication.translate("ReportKind", "Interpretation"),
        "newspaper": QCoreApplication.translate("ReportKind", "Newspaper edition"),
        "not_a_report": QCoreApplication.translate("ReportKind", "Not a report"),
    }
    return names.get(kind, kind)


def _badge_text(kind: str) -> str:
    letters = {
        "report": QCoreApplication.translate("ReportKind", "R", "badge: full report"),
        "interpretation": QCoreApplication.translate("ReportKind", "I", "badge: interpretation"),
        "newspaper": QCoreApplication.translate("ReportKind", "N", "badge: newspaper"),
    }
    return letters.get(kind, "?")


@cache
def kind_icon(kind: str) -> QIcon:
    """A rounded badge with the kind's initial, drawn sharp at 1× and 2×."""
    colour = QColor(_BADGES.get(kind, ("#7f8c8d", ""))[0])
    icon = QIcon()
    for scale in (1, 2):
        size = 16 * scale
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3 * scale, 3 * scale)
        font = QFont()
        font.setPixelSize(int(11 * scale))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, _badge_text(kind))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
