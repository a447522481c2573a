"""The find bar of the open report: matches highlighted, next/previous, a count.

It finds what library search finds (``core.find_in_text``): ``6%`` finds ``6％`` and a word
broken across a blank line is found whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QToolButton,
    QWidget,
)

from core.find_in_text import find_in_text
from gui.highlight_layers import Highlight
from gui.placeholders import fill_placeholders
from gui.reader.reader_view import CURRENT_COLOUR, ReaderView
from gui.search.throttle import Throttle

MAX_MATCHES = 5000
NEXT_KEY = QKeySequence(Qt.Key.Key_Return)
PREVIOUS_KEY = QKeySequence("Shift+Return")
CLOSE_KEY = QKeySequence(Qt.Key.Key_Escape)
MATCH_COLOUR = QColor(255, 200, 0, 90)


class FindBar(QWidget):
    """Finds text in the current reader; Enter / F3 go to the next match, Shift the previous."""

    closed = Signal()
    matches_changed = Signal()
    """The matches, or the current one, changed: Find next / previous may have become possible
    or impossible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view: ReaderView | None = None
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self._wrapped = ""  # said beside the count after a step went round the report's end
        self._stepped_aside = False  # hidden while no report is shown, to come back
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in report"))
        self.edit.setClearButtonEnabled(True)
        self._throttle = Throttle(self._search, 120, self)
        self.edit.textChanged.connect(lambda _text: self._throttle())
        self.edit.returnPressed.connect(self._enter)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.clicked.connect(self.find_next)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(90)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addWidget(close)
        QShortcut(CLOSE_KEY, self, self.close_bar)
        QShortcut(PREVIOUS_KEY, self.edit, self.find_previous)  # NEXT_KEY: returnPressed

    def shortcut_entries(self) -> list[tuple[str, str]]:
        """The bar's own keys, by what they do (Help ▸ Keyboard shortcuts)."""
        native = QKeySequence.SequenceFormat.NativeText
        return [
            (self.tr("Next match"), NEXT_KEY.toString(native)),
            (self.tr("Previous match"), PREVIOUS_KEY.toString(native)),
            (self.tr("Close the find bar"), CLOSE_KEY.toString(native)),
        ]

    def set_view(self, view: ReaderView | None) -> None:
        """Search in another reader (the current tab's); clears the previous one's marks.

        With no reader (a scorecard or a comparison is shown) an open bar steps aside, and
        comes back, with its text, when a report is shown again."""
        if self._view is not None and self._view is not view:
            self._view.set_layer("find", [])
            self._view.set_layer("current", [])
        if view is not self._view and not self.isVisible():
            self._matches, self._current = [], -1  # the other report's: found again on opening
            self._update_count()
        self._view = view
        if view is None:
            if not self.isHidden():
                self._stepped_aside = True
                self.hide()
            return
        if self._stepped_aside:
            self._stepped_aside = False
            self.show()
        if self.isVisible():
            self._search()

    def open_bar(self) -> None:
        """Show and focus the bar, seeding it with the reader's selection."""
        if self._view is not None:
            selected = self._view.textCursor().selectedText()
            if selected and "\u2029" not in selected:
                self.edit.setText(selected)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._throttle.cancel()
        self._search()

    def close_bar(self) -> None:
        """Hide the bar and its marks; focus goes back to the text."""
        self._stepped_aside = False
        self.hide()
        if self._view is not None:
            self._view.set_layer("find", [])
            self._view.set_layer("current", [])
            self._view.setFocus()
        self.closed.emit()

    def match_count(self) -> int:
        """How many matches the current text has in the current reader."""
        return len(self._matches)

    def can_step(self) -> bool:
        """Whether there is a match to go to next or previous."""
        return self._view is not None and bool(self.edit.text()) and bool(self._matches)

    def current_match(self) -> int:
        """Index of the current match (-1 when none)."""
        return self._current

    def _search(self) -> None:
        self._matches = []
        self._current = -1
        self._wrapped = ""
        view = self._view
        needle = self.edit.text()
        if view is not None and needle:
            offsets = view.offsets
            self._matches = [
                offsets.span_to_qt(start, end)
                for start, end in find_in_text(offsets.text, needle, MAX_MATCHES)
            ]
        if view is not None:
            view.set_layer("find", [Highlight(s, e, MATCH_COLOUR) for s, e in self._matches])
            view.set_layer("current", [])
            if self._matches:
                here = view.textCursor().selectionStart()
                after = [i for i, (s, _e) in enumerate(self._matches) if s >= here]
                self._go(after[0] if after else 0)
        self._update_count()

    def _enter(self) -> None:
        if self._throttle.is_pending():
            self._throttle.flush()
        else:
            self.find_next()

    def find_next(self) -> None:
        """Go to the next match; past the last, to the first, saying so beside the count."""
        if self._matches:
            wrapped = self._current + 1 >= len(self._matches)
            self._go(
                (self._current + 1) % len(self._matches),
                self.tr("search wrapped to the start") if wrapped else "",
            )

    def find_previous(self) -> None:
        """Go to the previous match; before the first, to the last, saying so."""
        if self._matches:
            wrapped = self._current <= 0
            self._go(
                (self._current - 1) % len(self._matches),
                self.tr("search wrapped to the end") if wrapped else "",
            )

    def wrapped_note(self) -> str:
        """What the count says of the last step going round the report's end ("" if none)."""
        return self._wrapped

    def _go(self, index: int, wrapped: str = "") -> None:
        assert self._view is not None
        self._current = index
        self._wrapped = wrapped
        if wrapped and self.isHidden() and isinstance(top := self.window(), QMainWindow):
            top.statusBar().showMessage(wrapped[:1].upper() + wrapped[1:], 4000)  # F3, bar closed
        start, end = self._matches[index]
        self._view.set_layer("current", [Highlight(start, end, CURRENT_COLOUR)])
        cursor = self._view.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._view.show_selection()
        self._update_count()

    def _update_count(self) -> None:
        self.matches_changed.emit()
        if not self.edit.text():
            self.count_label.setText("")
        elif not self._matches:
            self.count_label.setText(self.tr("No matches"))
        else:
            count = fill_placeholders(self.tr("%1 of %2"), self._current + 1, len(self._matches))
            self.count_label.setText(f"{count} · {self._wrapped}" if self._wrapped else count)
