"""The text pane of a reader tab: comfortable line length, zoom, going to passages, a long
text shown from its start while the whole is built."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from gui.highlight_layers import Highlight
from gui.offsets import OffsetMap
from gui.reader.document_builder import ZERO_WIDTH
from gui.reader.highlighted_text import (
    IN_VIEW,
    STRETCH_AFTER,
    WHOLE_TEXT_HIGHLIGHTED,
    HighlightedText,
)
from gui.reader.reading_column import column_width, readable_width, side_margin
from gui.reader.top_place import TopPlace
from gui.text_layout import line_band
from gui.wheel_zoom import WheelZoom

MIN_POINT_SIZE = 8.0
MAX_POINT_SIZE = 40.0
CURRENT_COLOUR = QColor(255, 120, 0, 170)  # the match or passage gone to
HIT_COLOUR = QColor(255, 200, 0, 90)  # a search result's other hits, as find marks matches


class ReaderView(HighlightedText):
    """A read-only, selectable view of one report's document, its highlights in layers
    (``HighlightedText``), its text in a column of readable width (``reading_column``).

    A long report's view may show the start of its text first (``partial``), readable while
    the whole is built elsewhere, then take the whole (``take_whole``) where the reading is:
    going to a passage beyond the start waits for it.
    """

    position_changed = Signal(int)  # core offset of the first visible character
    zoom_changed = Signal(float)
    zoom_requested = Signal(int)  # Ctrl+wheel: steps bigger (negative: smaller)

    def __init__(
        self,
        document: QTextDocument,
        offsets: OffsetMap,
        parent: QWidget | None = None,
        *,
        partial: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("readerView")
        self._offsets = offsets
        self._waiting: list[Callable[[], None]] | None = [] if partial else None
        self.setOpenLinks(False)
        self.setDocument(document)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self.set_layer("flash", []))
        self._wheel_zoom = WheelZoom(self.zoom_requested.emit)
        self.verticalScrollBar().valueChanged.connect(self._emit_position)
        self._place = TopPlace(self)
        self._keep_readable()
        self._passage_marked: tuple[int, int] | None = None  # Qt span marked by show_passage
        self._hits_marked: tuple[int, int] | None = None  # Qt span whose hits ``mark_hits`` marks
        self.cursorPositionChanged.connect(self._leave_passage)
        if partial or document.characterCount() > WHOLE_TEXT_HIGHLIGHTED:
            self._layers.show_only(document, 0, STRETCH_AFTER)

    @property
    def offsets(self) -> OffsetMap:
        """The offset map of the shown text."""
        return self._offsets

    # Layout ------------------------------------------------------------------------------

    def reading_width(self) -> int:
        """The widest the text column gets, in pixels."""
        return column_width(self)

    def _keep_readable(self) -> None:
        """Hold the view to a readable line at the reading font (``readable_width``)."""
        self.setMinimumWidth(readable_width(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Centre a column of readable width; keep the passage at the top where it was."""
        place = self._place.before_resize(event)
        self._update_margins()
        super().resizeEvent(event)
        if place is not None:
            self._place.keep(place)
        if self._selections_due and self._has_its_width():
            self._show_due_selections()

    def _update_margins(self) -> None:
        side = side_margin(self)
        self.setViewportMargins(side, 0, side, 0)

    # Zoom --------------------------------------------------------------------------------

    def point_size(self) -> float:
        """The reading font size."""
        return self.document().defaultFont().pointSizeF()

    def set_point_size(self, size: float) -> None:
        """Set the reading font size (kept between 8 and 40 points)."""
        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))
        if abs(size - self.point_size()) < 0.01:
            return
        anchor = self.first_visible_offset()
        font = self.document().defaultFont()
        font.setPointSizeF(size)
        self.document().setDefaultFont(font)
        self._keep_readable()
        self._update_margins()
        self.scroll_to_offset(anchor, flash_end=None)
        self.zoom_changed.emit(size)

    def zoom_by(self, steps: int) -> None:
        """Make the text bigger (positive steps) or smaller."""
        self.set_point_size(self.point_size() + steps)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel asks the window to zoom (``zoom_requested``); the wheel alone scrolls."""
        if not self._wheel_zoom.take(event):
            super().wheelEvent(event)

    # Positions ---------------------------------------------------------------------------

    def copy(self) -> None:
        """Copy the selection as plain text; a word shown joined across a gap copies joined.

        (Ctrl+C and the context menu come here. Overriding ``createMimeDataFromSelection``
        instead would hand Qt a QMimeData made in Python, which both sides then delete.)"""
        text = self.textCursor().selection().toPlainText().replace(ZERO_WIDTH, "")
        if text:
            QGuiApplication.clipboard().setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+C (the platform's copy keys) copies as ``copy`` does."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def first_visible_offset(self) -> int:
        """Core offset of the first character at the top of the view."""
        return self._offsets.to_core(self._top_position())

    def _top_position(self) -> int:
        """Qt position of the first character at the top of the view.

        At the very top it is the first: asking Qt where a point is would lay out the whole
        text first, seconds for a report of millions of characters just opened (Qt lays it
        out a stretch at a time while the window waits for input).
        """
        if self.verticalScrollBar().value() == 0:
            return 0
        cursor = self.cursorForPosition(QPoint(4, 4))
        line = self.cursorRect(cursor)
        if line.center().y() < 0:
            # The line found is mostly above the view (the end of the paragraph before a
            # heading put at the top, or a line cut in half): the reading starts below it.
            cursor = self.cursorForPosition(QPoint(4, line.bottom() + 2))
        return cursor.position()

    def _emit_position(self) -> None:
        position = self._top_position()
        self._follow_stretch(position)
        self.position_changed.emit(self._offsets.to_core(position))

    def scroll_to_offset(self, start: int, flash_end: int | None = None) -> None:
        """Scroll so that core offset ``start`` is at the top; briefly mark up to ``flash_end``."""
        if self._wait_for(max(start, flash_end or start), self.scroll_to_offset, start, flash_end):
            return
        position = self._offsets.to_qt(start)
        document = self.document()
        line = line_band(document, position)
        if line is None:
            return
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(int(line.top))
        if flash_end is not None and flash_end > start:
            colour = self.palette().color(QPalette.ColorRole.Highlight)
            colour.setAlpha(70)
            self.set_layer("flash", [Highlight(position, self._offsets.to_qt(flash_end), colour)])
            self._flash_timer.start(1600)

    def show_passage(self, start: int, end: int) -> None:
        """Go to the core span ``[start, end)`` as find in report goes to a match: selected,
        marked, and well inside the view (a search hit, a note's or a change's passage)."""
        if self._wait_for(end, self.show_passage, start, end):
            return
        qt_start, qt_end = self._select(start, end)
        self.set_layer("current", [Highlight(qt_start, qt_end, CURRENT_COLOUR)])
        self._passage_marked = (qt_start, qt_end)
        self.show_selection()

    def mark_hits(self, passage: tuple[int, int], hits: Sequence[tuple[int, int]]) -> None:
        """Mark ``hits`` (core spans: every term's hits in a search result's paragraph) in the
        colour of find's matches, for as long as the passage gone to (``show_passage``), the
        core span ``passage``, stays selected."""
        self._hits_marked = self._offsets.span_to_qt(*passage)
        qt_spans = (self._offsets.span_to_qt(start, end) for start, end in hits)
        self.set_layer("hits", [Highlight(start, end, HIT_COLOUR) for start, end in qt_spans])

    def _leave_passage(self) -> None:
        """The user moved the cursor off the passage gone to (a click elsewhere, a new
        selection): its mark goes, which would otherwise stay in the colour of find's current
        match, like a highlight of another kind; so do the search hits marked with it."""
        if self._passage_marked is None and self._hits_marked is None:
            return
        cursor = self.textCursor()
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        if self._passage_marked is not None and selected != self._passage_marked:
            self._passage_marked = None
            self.set_layer("current", [])
        if self._hits_marked is not None and selected != self._hits_marked:
            self._hits_marked = None
            self.set_layer("hits", [])

    def show_selection(self) -> None:
        """Scroll the selection into view: where it is, when it is well inside the view; its
        first line a third of the way down otherwise (at the very edge it shows half cut)."""
        start = QTextCursor(self.document())
        start.setPosition(self.textCursor().selectionStart())
        first = self.cursorRect(start)
        last = self.cursorRect()
        height = self.viewport().height()
        margin = min(height // 4, 3 * max(1, first.height()))
        if margin <= first.top() and last.bottom() <= height - margin:
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + first.top() - height // 3)

    def select_span(self, start: int, end: int) -> None:
        """Select the core span ``[start, end)`` and make it visible."""
        if self._wait_for(end, self.select_span, start, end):
            return
        self._select(start, end)
        self.ensureCursorVisible()

    def _select(self, start: int, end: int) -> tuple[int, int]:
        """Select the core span ``[start, end)``; its Qt span."""
        qt_start, qt_end = self._offsets.span_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return qt_start, qt_end

    # The whole text ----------------------------------------------------------------------

    def is_whole(self) -> bool:
        """Whether the view shows the whole text (not its start while the rest is built)."""
        return self._waiting is None

    def when_whole(self, action: Callable[[], None]) -> None:
        """Do ``action`` now if the whole text is shown, else once it is."""
        if self._waiting is None:
            action()
        else:
            self._waiting.append(action)

    def _wait_for(self, end: int, method: Callable[..., None], *args: int | None) -> bool:
        """Whether going to core offset ``end`` waits for the whole text (then ``method`` is
        called with ``args`` once it is shown: the last such call only)."""
        if self._waiting is None or self._offsets.to_qt(end) < self.document().characterCount():
            return False
        self._waiting[:] = [action for action in self._waiting if action.__name__ != "go"]

        def go() -> None:
            method(*args)

        self._waiting.append(go)
        return True

    def take_whole(self, document: QTextDocument) -> None:
        """Show ``document``, the whole text this view shows the start of, where the reading
        is: the passage at the top, the selection and the zoom kept; then go where was asked
        meanwhile."""
        shown = self.document()
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        top = None if self.verticalScrollBar().value() == 0 else self.first_visible_offset()
        document.setDefaultFont(shown.defaultFont())
        document.setParent(self)
        # Dropped while their document is shown: Qt measures the selections it drops, and
        # measuring one of another document costs it milliseconds.
        self.setExtraSelections([])
        self.setDocument(document)
        shown.deleteLater()
        cursor = QTextCursor(document)
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if top is not None:
            self._place.keep(top)
        else:
            self.verticalScrollBar().setValue(0)
        start, end = self._layers.stretch() or (0, STRETCH_AFTER)
        if document.characterCount() > WHOLE_TEXT_HIGHLIGHTED:
            # What is in view first (Qt lays out the rest of the stretch a step at a time
            # from now on; the stretch grows to its size when the reading moves).
            self._layers.show_only(document, start, min(end, self._top_position() + IN_VIEW))
        else:
            self._layers.show_all(document)
        self._show_selections()
        waiting, self._waiting = self._waiting or [], None
        for action in waiting:
            action()

    # Highlights --------------------------------------------------------------------------

    # Highlights --------------------------------------------------------------------------

    def set_layer(self, name: str, highlights: Sequence[Highlight]) -> None:
        """Replace the highlights of one layer (drawn: annotations, numbers, find, flash)."""
        if name == "current":
            self._passage_marked = None  # find's current match, or none: kept as set
        super().set_layer(name, highlights)
