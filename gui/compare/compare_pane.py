"""One text pane of the compare view: read-only, selectable, scrolled by offset."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QPaintEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from gui.highlight_layers import Highlight, HighlightLayers
from gui.offsets import OffsetMap
from gui.text_layout import offset_band
from gui.wheel_zoom import WheelZoom

CONTEXT_LINES = 3  # lines of text kept above a change scrolled into view
ANNOTATION_TINT = 70  # alpha of an annotation's colour over the text (changes: opaque marks)


def _annotation_format(_layer: str, colour: QColor) -> QTextCharFormat:
    """An annotation over a compared text: a light tint and a wavy underline in its colour."""
    fmt = QTextCharFormat()
    tint = QColor(colour)
    tint.setAlpha(ANNOTATION_TINT)  # light, so a change's colour shows through
    fmt.setBackground(tint)
    full = QColor(colour)
    full.setAlpha(255)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(full.darker(190))
    return fmt


class ComparePane(QTextBrowser):
    """Shows one side's document; the view scrolls it and marks the current change."""

    section_menu_requested = Signal(int, QPoint)  # core offset under the mouse, global position
    painted = Signal()  # the text has been painted (emitted once per shown document)
    zoom_requested = Signal(int)  # Ctrl+wheel: steps bigger (negative: smaller)

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"comparePane_{side}")
        self.side = side
        self.offsets = OffsetMap("")
        self._shown: QTextDocument | None = None
        self._painted = False
        # Annotation highlights (Qt positions); drawn as a wavy underline in the note's colour
        # over a light tint, so that the change marks (backgrounds, strike-through) stay
        # readable beneath them.
        self._layers = HighlightLayers((), _annotation_format)
        self._current: list[QTextEdit.ExtraSelection] = []
        self._wheel_zoom = WheelZoom(self.zoom_requested.emit)
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )

    def show_document(self, document: QTextDocument, offsets: OffsetMap) -> None:
        """Show ``document`` (whose plain text is the side's text) with its offset map."""
        previous = self._shown
        self.offsets = offsets
        self._current = []
        self.setExtraSelections([])
        self.setDocument(document)
        document.setParent(self)
        self._shown = document
        self._painted = False
        if previous is not None and previous is not document:
            previous.deleteLater()
        self._layers.rebuild(document)
        self._refresh_selections()

    def set_layer(self, name: str, highlights: Sequence[Highlight]) -> None:
        """Replace the highlights of one layer (annotations): coloured wavy underlines, tinted."""
        self._layers.set(self.document(), name, highlights)
        self._refresh_selections()

    def layer(self, name: str) -> list[Highlight]:
        """The highlights of one layer."""
        return self._layers.get(name)

    def _refresh_selections(self) -> None:
        self.setExtraSelections(self._layers.selections() + self._current)

    def offset_at(self, point: QPoint) -> int:
        """Core offset of the character at viewport ``point``."""
        return self.offsets.to_core(self.cursorForPosition(point).position())

    def top_offset(self) -> int:
        """Core offset of the first character in view."""
        return self.offset_at(QPoint(4, 4))

    def set_point_size(self, size: float) -> None:
        """Show the text at ``size`` points, the first line in view kept at the top."""
        document = self.document()
        font = document.defaultFont()
        if abs(font.pointSizeF() - size) < 0.01:
            return
        top = self.offsets.to_qt(self.top_offset())
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        self.set_scroll_value(offset_band(document, top).top)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel asks the window to zoom (``zoom_requested``); the wheel alone scrolls."""
        if not self._wheel_zoom.take(event):
            super().wheelEvent(event)

    def scroll_value(self) -> int:
        """The vertical scroll position (document pixels at the top of the viewport)."""
        return self.verticalScrollBar().value()

    def set_scroll_value(self, value: float) -> None:
        """Scroll to document pixel ``value`` (clamped by the scroll bar)."""
        self.verticalScrollBar().setValue(round(value))

    def context_height(self) -> float:
        """Room kept above a change that is scrolled into view."""
        return float(self.fontMetrics().lineSpacing() * CONTEXT_LINES)

    def mark_current(self, start: int, end: int) -> None:
        """Mark the core span ``[start, end)`` as the current change (an empty span: its line)."""
        cursor = QTextCursor(self.document())
        qt_start, qt_end = self.offsets.span_to_qt(start, end)
        cursor.setPosition(qt_start)
        fmt = QTextCharFormat()
        selection = QTextEdit.ExtraSelection()
        if qt_end > qt_start:
            cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
            fmt.setBackground(QColor(31, 79, 191, 70))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#1f4fbf"))
        else:
            colour = QColor("#1f4fbf")
            colour.setAlpha(28)
            fmt.setBackground(colour)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = cursor
        selection.format = fmt
        self._current = [selection]
        self._refresh_selections()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the text, and say so the first time."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def has_painted(self) -> bool:
        """The shown document has been painted at least once."""
        return self._painted

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Offer pairing by hand and annotating at the mouse (the view builds the menu)."""
        self.section_menu_requested.emit(self.offset_at(event.pos()), event.globalPos())
