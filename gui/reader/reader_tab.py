"""One open report in the reading area: the legend of highlights above the text."""

from __future__ import annotations

from collections import Counter
from functools import partial

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.model import ReportId
from core.paragraphs import broken_word_gaps
from gui.highlight_layers import Highlight
from gui.numbers.numbers_model import NumbersModel
from gui.offsets import OffsetMap
from gui.reader.document_builder import build_document
from gui.reader.legend import NumberLegend
from gui.reader.number_card import number_cards
from gui.reader.number_kinds import NumberHighlightState, first_kind, kind_colour, kind_value
from gui.reader.number_marks import number_marks
from gui.reader.readable_report import ReadableReport
from gui.reader.reader_view import ReaderView
from gui.reader.section_tree import SectionTreeModel

HIGHLIGHT_ALPHA = 55


class ReaderTab(QWidget):
    """A report open for reading, with its section tree model and numbers model.

    The window's docks (section tree, numbers panel) show the models of the current tab.
    """

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
        document = build_document(
            report.text,
            report.outline,
            readable.noise,
            self.offsets,
            font,
            broken_word_gaps(report.text, report.paragraphs),
        )
        self.view = ReaderView(document, self.offsets, self)
        document.setParent(self.view)
        self.legend = NumberLegend(state, self)
        self.legend.set_counts(Counter(kind_value(n.kind) for n in readable.numbers))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        self.section_model = SectionTreeModel(report.outline, self)
        self.numbers_model = NumbersModel(
            readable.numbers, report.text, report.outline, self, title=report.meta.title
        )
        state.changed.connect(self.refresh_numbers)
        self.refresh_numbers()

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
