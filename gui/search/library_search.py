"""Library-wide search: results grouped by report, as you type; each passage listed once, with
every match in it marked (nearby matches share one passage: ``core.search_passages``).

Words separated by spaces find the paragraphs holding all of them, a quoted part is one phrase
(``core.search_query``): the status then names the terms and counts paragraphs, and a result
opened has every term's hits in its paragraph marked in the reader (``reader_hits``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from core.library_search_results import search_library
from core.model import ReportId
from core.store.records import SearchPassage
from gui.counts import counted
from gui.placeholders import fill_placeholders
from gui.search.all_terms_status import AllTermsStatus
from gui.search.reader_hits import ReaderHits
from gui.search.snippet_delegate import MARKS_ROLE, SnippetDelegate
from gui.search.throttle import Throttle

REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
START_ROLE = Qt.ItemDataRole.UserRole + 2
END_ROLE = Qt.ItemDataRole.UserRole + 3
HIT_COUNT_ROLE = Qt.ItemDataRole.UserRole + 4  # the matches a passage's row holds
# With several terms: every term's hits in the passage's paragraph, core spans, to mark.
PARAGRAPH_HITS_ROLE = Qt.ItemDataRole.UserRole + 5
RESULT_LIMIT = 300
PARAGRAPH_LIMIT = 100  # paragraphs holding every term of several: each holds several hits
DEBOUNCE_MS = 250


class SearchResultsModel(QStandardItemModel):
    """Reports that match (with their count of matches) → each passage with its matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Results")])

    def set_results(
        self,
        passages: list[SearchPassage],
        titles: dict[int, str],
        *,
        by_paragraph: bool = False,
    ) -> None:
        """Show ``passages`` grouped by report, in the order given; a passage's row opens the
        report at its first match.

        Args:
            passages: the passages found.
            titles: the reports' titles, by id.
            by_paragraph: the passages are those of paragraphs holding every term of several:
                a report counts its paragraphs, and a passage's row holds every hit of its
                paragraph to mark.
        """
        self.removeRows(0, self.rowCount())
        groups: dict[int, QStandardItem] = {}
        counts: dict[int, int] = {}  # matches
        paragraphs: dict[int, set[int]] = {}
        in_paragraph: dict[tuple[int, int], list[tuple[int, int]]] = {}
        if by_paragraph:
            for passage in passages:
                for found in passage.hits:
                    key = (int(found.report_id), found.paragraph_index)
                    in_paragraph.setdefault(key, []).append((found.start, found.end))
        for passage in passages:
            hit = passage.hits[0]
            report_id = int(hit.report_id)
            group = groups.get(report_id)
            if group is None:
                group = QStandardItem(titles.get(report_id, str(report_id)))
                group.setEditable(False)
                font = QFont()
                font.setBold(True)
                group.setFont(font)
                group.setData(report_id, REPORT_ID_ROLE)
                group.setData(int(hit.start), START_ROLE)
                group.setData(int(hit.end), END_ROLE)
                groups[report_id] = group
                counts[report_id] = 0
                paragraphs[report_id] = set()
                self.appendRow(group)
            counts[report_id] += len(passage.hits)
            paragraphs[report_id].add(hit.paragraph_index)
            item = QStandardItem(passage.text)
            item.setEditable(False)
            item.setData(report_id, REPORT_ID_ROLE)
            item.setData(int(hit.start), START_ROLE)
            item.setData(int(hit.end), END_ROLE)
            item.setData(len(passage.hits), HIT_COUNT_ROLE)
            item.setData(list(passage.marks), MARKS_ROLE)
            if by_paragraph:
                item.setData(in_paragraph[(report_id, hit.paragraph_index)], PARAGRAPH_HITS_ROLE)
            group.appendRow(item)
        for report_id, group in groups.items():
            count = len(paragraphs[report_id]) if by_paragraph else counts[report_id]
            group.setText(counted(group.text(), count))


class PassageList(QTreeView):
    """The results' tree; its passages are laid out again when its width changes, for a
    passage wraps onto more lines, or fewer, and keeps every line shown."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class LibrarySearchPanel(QWidget):
    """A search box over the whole library; activating a result opens it at the place."""

    result_activated = Signal(int, int, int)  # ReportId, core start, end

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySearch")
        self._store = store
        self.edit = QLineEdit(self)
        self.edit.setObjectName("librarySearchEdit")
        self.edit.setPlaceholderText(self.tr("Search all reports…"))
        self.edit.setToolTip(
            self.tr(
                "Words separated by spaces find the paragraphs that hold all of them; "
                "a phrase in quotes is found as it is written"
            )
        )
        self.edit.setClearButtonEnabled(True)
        self.throttle = Throttle(self.search_now, DEBOUNCE_MS, self)
        self.edit.textChanged.connect(self.throttle)
        self.edit.returnPressed.connect(lambda: self.throttle.flush())
        self.status = QLabel(self)
        self.status.setObjectName("librarySearchStatus")
        # Wrapped, a long count (the first 200 matches, in 5 reports; add words…) takes a
        # second line rather than widening the column it shares with the library's tab.
        self.status.setWordWrap(True)
        self._all_terms = AllTermsStatus(self)
        self.reader_hits = ReaderHits(self)
        self.model = SearchResultsModel(self)
        self.view = PassageList(self)
        self.view.setObjectName("librarySearchResults")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

    def set_store(self, store: Any) -> None:
        """Search another library connection."""
        self._store = store

    def focus_search(self) -> None:
        """Put the cursor in the search box, text selected."""
        self.edit.setFocus()
        self.edit.selectAll()

    def search_now(self, query: str | None = None) -> None:
        """Run the search for ``query`` (default: the box's text) and show the results."""
        query = (self.edit.text() if query is None else query).strip()
        if not query or self._store is None:
            self.model.set_results([], {})
            self.status.setText("")
            return
        found = search_library(
            self._store, query, limit=RESULT_LIMIT, paragraph_limit=PARAGRAPH_LIMIT
        )
        hits = list(found.hits)
        passages = self._store.passages(hits)
        titles = {int(i): t for i, t in self._store.titles({h.report_id for h in hits}).items()}
        several = found.query.several
        self.model.set_results(passages, titles, by_paragraph=several)
        self.view.expandAll()
        if several:
            self.status.setTextFormat(Qt.TextFormat.RichText)
            self.status.setText(self._all_terms.status(found, self.model.rowCount()))
            return
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        if hits:
            reports = self.model.rowCount()
            self.status.setText(self._count_text(len(hits), reports, found.truncated))
        else:
            self.status.setText(self.tr("No matches for “%1”").replace("%1", query))

    def _count_text(self, matches: int, reports: int, truncated: bool) -> str:
        """How many matches in how many reports, one of each in the singular (each report
        listed holds a match, so matches in several reports are several)."""
        if truncated:  # more follow: say these are only the first
            if reports == 1:
                text = self.tr("The first %1 matches, in 1 report; add words to narrow the search")
            else:
                text = self.tr(
                    "The first %1 matches, in %2 reports; add words to narrow the search"
                )
        elif matches == 1:
            text = self.tr("1 match in 1 report")
        elif reports == 1:
            text = self.tr("%1 matches in 1 report")
        else:
            text = self.tr("%1 matches in %2 reports")
        return fill_placeholders(text, matches, reports)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        report_id = index.data(REPORT_ID_ROLE)
        if report_id is None:
            return
        start, end = int(index.data(START_ROLE)), int(index.data(END_ROLE))
        in_paragraph = index.data(PARAGRAPH_HITS_ROLE)
        self.result_activated.emit(int(ReportId(int(report_id))), start, end)
        if in_paragraph:
            self.reader_hits.mark(int(report_id), (start, end), in_paragraph)
        else:
            self.reader_hits.forget()
