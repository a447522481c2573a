"""One open report in the reading area: the legend of highlights above the text.

A long report's tab opens at once showing the start of its text, readable, with a bar saying
how far the rest is; the whole document is built meanwhile, a slice at a time between the
window's events (``gui.reader.sliced_build``), and takes the start's place where the reading
is. The window stays usable.
"""

from __future__ import annotations

from collections import Counter
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QTextDocument
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from core.model import ReportId
from core.reading_styles import ReadingStyles
from gui.highlight_layers import Highlight
from gui.numbers.numbers_model import NumbersModel
from gui.offsets import OffsetMap
from gui.reader.document_builder import reading_formats, styled_document
from gui.reader.legend import NumberLegend
from gui.reader.number_card import number_cards
from gui.reader.number_kinds import NumberHighlightState, first_kind, kind_colour, kind_value
from gui.reader.number_marks import number_marks
from gui.reader.readable_report import ReadableReport
from gui.reader.reader_view import ReaderView
from gui.reader.section_tree import SectionTreeModel
from gui.reader.sliced_build import SlicedBuild

HIGHLIGHT_ALPHA = 55
BUILT_APART = 200_000
"""A text longer than this (characters) is built a slice at a time, its start shown first:
building it at once would hold the window for a tenth of a second or more."""
FIRST_STRETCH = 20_000
"""About how much of a long text (characters, to the end of a line) shows while the rest is
built: screens of it, built in a few milliseconds."""


class ReaderTab(QWidget):
    """A report open for reading, with its section tree model and numbers model.

    The window's docks (section tree, numbers panel) show the models of the current tab.
    """

    whole_shown = Signal()  # a long report's whole text took the place of its start

    def __init__(
        self,
        readable: ReadableReport,
        state: NumberHighlightState,
        font: QFont | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readerTab")
        self.readable = readable
        report = readable.report
        self._state = state
        self.offsets = OffsetMap(report.text)
        styles = readable.styles()
        formats = reading_formats()
        first = _first_stretch(styles)
        document = styled_document(styles.upto(first), self.offsets, formats, font)
        self.view = ReaderView(document, self.offsets, self, partial=first < len(styles.shown))
        document.setParent(self.view)
        self.legend = NumberLegend(state, self)
        self.legend.set_counts(Counter(kind_value(n.kind) for n in readable.numbers))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("readerProgress")
        self.progress.setFormat(self.tr("Preparing the rest of the text… %p%"))
        self.progress.setMaximumHeight(self.fontMetrics().height() + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        self._build: SlicedBuild | None = None
        if self.view.is_whole():
            self.progress.hide()
        else:
            self._build = SlicedBuild(styles, self.offsets, formats, font, self)
            self._build.progress.connect(self.progress.setValue)
            self._build.built.connect(self._built)
            self._build.start()
        self.section_model = SectionTreeModel(report.outline, self)
        self.numbers_model = NumbersModel(
            readable.numbers, report.text, report.outline, self, title=report.meta.title
        )
        state.changed.connect(self.refresh_numbers)
        self.refresh_numbers()

    def _built(self, document: QTextDocument) -> None:
        """The whole text is built: shown where the reading is."""
        self.progress.hide()
        self.view.take_whole(document)
        self.whole_shown.emit()

    @property
    def report_id(self) -> ReportId:
        """The library id of the report shown."""
        return self.readable.report_id

    def title(self) -> str:
        """The tab's title: the report's title."""
        return self.readable.report.meta.title

    def tab_key(self) -> str:
        """What identifies this tab among the open ones (and in the saved session)."""
        return f"report:{self.report_id}"

    def refresh_numbers(self) -> None:
        """Highlight the numbers of the kinds switched on, each stretch of text once."""
        shown = self._state.shown_kinds()
        statements = [n for n in self.readable.numbers if kind_value(n.kind) in shown]
        highlights = []
        colours: dict[frozenset[str], QColor] = {}  # a long report has few mixes of kinds
        for mark in number_marks(statements):
            start, end = self.offsets.span_to_qt(mark.start, mark.end)
            kinds = frozenset(kind_value(n.kind) for n in mark.statements)
            colour = colours.get(kinds)
            if colour is None:
                colour = colours[kinds] = kind_colour(first_kind(mark.statements), HIGHLIGHT_ALPHA)
            highlights.append(
                Highlight(
                    start,
                    end,
                    colour,
                    partial(number_cards, mark.statements),  # made when first hovered
                )
            )
        self.view.set_layer("numbers", highlights)

    def current_offset(self) -> int:
        """Core offset at the top of the view (saved to reopen the tab at the same place)."""
        return self.view.first_visible_offset()


def _first_stretch(styles: ReadingStyles) -> int:
    """How much of the text shown to build at once: all of a short one; FIRST_STRETCH
    characters and the rest of their line of a long one."""
    if len(styles.shown) <= BUILT_APART:
        return len(styles.shown)
    end = styles.shown.find("\n", FIRST_STRETCH)
    return len(styles.shown) if end < 0 else end
