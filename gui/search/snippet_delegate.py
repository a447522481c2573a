"""Draws a search snippet with its matched words marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARKS_ROLE = Qt.ItemDataRole.UserRole + 10
MARK_STYLE = "background-color: rgba(255, 200, 0, 0.55); font-weight: bold;"


def snippet_html(text: str, marks: list[tuple[int, int]]) -> str:
    """``text`` as HTML with each ``[start, end)`` span of ``marks`` highlighted."""
    parts: list[str] = []
    at = 0
    for start, end in sorted(marks):
        if start < at:
            continue
        parts.append(escape(text[at:start]))
        parts.append(f"<span style='{MARK_STYLE}'>{escape(text[start:end])}</span>")
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts).replace("\n", " ")


class SnippetDelegate(QStyledItemDelegate):
    """Paints items that have MARKS_ROLE as rich text; others as usual."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setDocumentMargin(2)
        marks = index.data(MARKS_ROLE) or []
        document.setHtml(snippet_html(str(index.data(Qt.ItemDataRole.DisplayRole)), list(marks)))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the background as the style does, then the marked snippet."""
        if index.data(MARKS_ROLE) is None:
            super().paint(painter, option, index)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        options.text = ""  # type: ignore[attr-defined]
        style = options.widget.style() if options.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)  # type: ignore[attr-defined]
        text_rect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemText,
            options,
            options.widget,  # type: ignore[attr-defined]
        )
        document.setTextWidth(text_rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for two lines of snippet."""
        if index.data(MARKS_ROLE) is None:
            return super().sizeHint(option, index)
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        width = max(200, options.rect.width() or 300)  # type: ignore[attr-defined]
        document.setTextWidth(width)
        return QSize(
            width, int(min(document.size().height(), 3 * options.fontMetrics.height() + 6))
        )  # type: ignore[attr-defined]
