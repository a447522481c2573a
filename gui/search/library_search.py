"""Library-wide search: results grouped by report, as you type; each passage listed once, with
every match in it marked (nearby matches share one passage: ``core.search_passages``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from core.model import ReportId
from core.store.records import SearchPassage
from gui.counts import counted
from gui.placeholders import fill_placeholders
from gui.search.snippet_delegate import MARKS_ROLE, SnippetDelegate
from gui.search.throttle import Throttle

REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
START_ROLE = Qt.ItemDataRole.UserRole + 2
END_ROLE = Qt.ItemDataRole.UserRole + 3
HIT_COUNT_ROLE = Qt.ItemDataRole.UserRole + 4  # the matches a passage's row holds
RESULT_LIMIT = 300
DEBOUNCE_MS = 250


class SearchResultsModel(QStandardItemModel):
    """Reports that match (with their count of matches) → each passage with its matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Results")])

    def set_results(self, passages: list[SearchPassage], titles: dict[int, str]) -> None:
        """Show ``passages`` grouped by report, in the order given; a passage's row opens the
        report at its first match."""
        self.removeRows(0, self.rowCount())
        groups: dict[int, QStandardItem] = {}
        counts: dict[int, int] = {}
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
                self.appendRow(group)
            counts[report_id] += len(passage.hits)
            item = QStandardItem(passage.text)
            item.setEditable(False)
            item.setData(report_id, REPORT_ID_ROLE)
            item.setData(int(hit.start), START_ROLE)
            item.setData(int(hit.end), END_ROLE)
            item.setData(len(passage.hits), HIT_COUNT_ROLE)
            item.setData(list(passage.marks), MARKS_ROLE)
            group.appendRow(item)
        for report_id, group in groups.items():
            group.setText(counted(group.text(), counts[report_id]))


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
        self.edit.setClearButtonEnabled(True)
        self.throttle = Throttle(self.search_now, DEBOUNCE_MS, self)
        self.edit.textChanged.connect(self.throttle)
        self.edit.returnPressed.connect(lambda: self.throttle.flush())
        self.status = QLabel(self)
        self.status.setObjectName("librarySearchStatus")
        # Wrapped, a long count (the first 200 matches, in 5 reports; add words…) takes a
        # second line rather than widening the column it shares with the library's tab.
        self.status.setWordWrap(True)
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
        hits = list(self._store.search(query, limit=RESULT_LIMIT))
        passages = self._store.passages(hits)
        titles = {int(i): t for i, t in self._store.titles({h.report_id for h in hits}).items()}
        self.model.set_results(passages, titles)
        self.view.expandAll()
        if hits:
            self.status.setText(self._count_text(len(hits), self.model.rowCount()))
        else:
            self.status.setText(self.tr("No matches for “%1”").replace("%1", query))

    def _count_text(self, matches: int, reports: int) -> str:
        """How many matches in how many reports, one of each in the singular (each report
        listed holds a match, so matches in several reports are several)."""
        if matches >= RESULT_LIMIT:  # more may follow: say these are only the first
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
        self.result_activated.emit(
            int(ReportId(int(report_id))), int(index.data(START_ROLE)), int(index.data(END_ROLE))
        )
