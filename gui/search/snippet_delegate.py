"""Draws a search passage with its matched words marked, whole, a rule between passages.

A passage is drawn on as many lines as it takes (core keeps passages a few lines long), with
room above and below it and a thin rule under it, so that one passage reads apart from the next.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

MARKS_ROLE = Qt.ItemDataRole.UserRole + 10
MARK_STYLE = "background-color: rgba(255, 200, 0, 0.55); font-weight: bold;"
PADDING = 4  # pixels above and below a passage's text


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
        if _followed(index):  # a rule between this passage and the next
            painter.save()
            painter.setPen(options.palette.color(QPalette.ColorRole.Mid))  # type: ignore[attr-defined]
            bottom = options.rect.bottom()  # type: ignore[attr-defined]
            painter.drawLine(text_rect.left(), bottom, options.rect.right(), bottom)  # type: ignore[attr-defined]
            painter.restore()
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        painter.translate(text_rect.left(), text_rect.top() + PADDING)
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height() - 2 * PADDING))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the whole passage, as wide as the view gives its text, and the padding."""
        if index.data(MARKS_ROLE) is None:
            return super().sizeHint(option, index)
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        width = self._text_width(options, index)
        document.setTextWidth(width)
        return QSize(width, int(document.size().height()) + 2 * PADDING + 1)

    def _text_width(
        self, options: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> int:
        """The width the view gives a passage's text, as ``paint`` finds it: its column less
        the row's indentation and the style's margins (the option's own rect is not set when
        the size is asked)."""
        view = self.parent()
        if not isinstance(view, QTreeView):
            return max(200, options.rect.width() or 300)  # type: ignore[attr-defined]
        depth = 1 if view.rootIsDecorated() else 0  # the open/close arrows' column
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        column = view.columnWidth(0) or view.viewport().width()
        indent = depth * view.indentation()
        options.rect = QRect(indent, 0, max(1, column - indent), 100)  # type: ignore[attr-defined]
        text = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, view)
        return max(100, text.width())


def _followed(index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether another passage follows this one under its report."""
    return index.sibling(index.row() + 1, 0).isValid()
