"""What a rich-text tooltip reads as, and how wide Qt lays it out."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QToolTip


def tooltip_document(tip: str) -> QTextDocument:
    """``tip`` laid out as Qt lays a rich-text tooltip out, in the tooltip's font."""
    document = QTextDocument()
    document.setDefaultFont(QToolTip.font())
    document.setHtml(tip)
    return document


def tooltip_paragraphs(tip: str) -> list[str]:
    """The paragraphs a rich-text tooltip shows, as plain text."""
    return [line for line in tooltip_document(tip).toPlainText().split("\n") if line]
