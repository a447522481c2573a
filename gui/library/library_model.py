"""The library as a tree: region, then year, then the reports of that year."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from core.library_listing import report_order, year_order
from core.model import ReportId
from core.pinyin_order import region_order
from core.title_in_group import title_within_group
from gui.library.kind_icons import kind_icon, kind_label

REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
REGION_ROLE = Qt.ItemDataRole.UserRole + 2
YEAR_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
# What the filter box matches: a report's whole title (its row shows only what its groups do
# not already say), a group's name.
FILTER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 5
# Reports put in the tree per turn of the event loop. The first turn comes before the first
# paint: 100 reports fill the panel's visible rows whether groups are open (a small library)
# or closed (ten regions of ten years), at about 2 ms.
CHUNK_REPORTS = 100


class LibraryModel(QStandardItemModel):
    """Regions (by pinyin, ``region_order``) → years (newest first) → reports.

    Report items carry their ReportId in REPORT_ID_ROLE; group items carry none. A report's
    row shows its title without the region and year its groups name; FILTER_TEXT_ROLE and
    the tooltip hold it whole. A large
    library is put in the tree a few hundred reports per turn of the event loop, so the window
    paints and answers at once whatever the library's size; ``filled`` says when all are in.
    """

    chunk_added = Signal(int, int)  # the first and last region rows just added
    filled = Signal()  # every report is in the tree

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Library")])
        self._summaries: list[Any] = []
        self._items: dict[int, QStandardItem] = {}
        # Regions still to put in the tree, with their reports by year (None: not read yet).
        self._pending: deque[tuple[str, dict[int | None, list[Any]] | None]] = deque()
        self._generation = 0

    def set_reports(self, summaries: Sequence[Any], later_regions: Sequence[str] = ()) -> None:
        """Show these report summaries (records with ``id``, ``meta``, ``source_name``).

        ``later_regions``: the library's regions after those of ``summaries``, whose reports
        are not read yet (``core.library_listing.first_reports``). They count as regions to
        come, and the tree waits at them until a later ``set_reports`` lists the whole library.
        """
        self._generation += 1
        self._summaries = list(summaries)
        self._items = {}
        self.removeRows(0, self.rowCount())
        by_region: dict[str, dict[int | None, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for summary in summaries:
            by_region[summary.meta.region or ""][summary.meta.year].append(summary)
        self._pending = deque(
            (region, by_region[region]) for region in sorted(by_region, key=region_order)
        )
        self._pending.extend((region, None) for region in later_regions)
        self._fill(self._generation)

    def is_filled(self) -> bool:
        """Whether every report is in the tree."""
        return not self._pending

    def region_count(self) -> int:
        """How many regions the library has (shown or still to come)."""
        return self.rowCount() + len(self._pending)

    def _fill(self, generation: int) -> None:
        if generation != self._generation:
            return  # a newer listing replaced this one
        first, added = self.rowCount(), 0
        while self._pending and added < CHUNK_REPORTS:
            region, years = self._pending[0]
            if years is None:
                break  # not read yet: the whole library's listing will come
            self._pending.popleft()
            self.appendRow(self._region_item(region, years))
            added += sum(len(reports) for reports in years.values())
        if self.rowCount() > first:
            self.chunk_added.emit(first, self.rowCount() - 1)
        if not self._pending:
            self.filled.emit()
        elif self._pending[0][1] is not None:
            QTimer.singleShot(0, self, lambda: self._fill(generation))

    def _region_item(self, region: str, years: dict[int | None, list[Any]]) -> QStandardItem:
        region_item = QStandardItem(
            region or QCoreApplication.translate("LibraryModel", "Unknown region")
        )
        region_item.setEditable(False)
        region_item.setData(region_item.text(), FILTER_TEXT_ROLE)
        region_item.setData(region, REGION_ROLE)
        for year in sorted(years, key=year_order):
            year_item = QStandardItem(
                str(year) if year else QCoreApplication.translate("LibraryModel", "Unknown year")
            )
            year_item.setEditable(False)
            year_item.setData(year_item.text(), FILTER_TEXT_ROLE)
            year_item.setData(region, REGION_ROLE)
            year_item.setData(year or 0, YEAR_ROLE)
            for summary in sorted(years[year], key=report_order):
                item = self._report_item(summary)
                self._items[int(summary.id)] = item
                year_item.appendRow(item)
            region_item.appendRow(year_item)
        return region_item

    def _report_item(self, summary: Any) -> QStandardItem:
        meta = summary.meta
        kind = meta.kind.value
        # Under 长治市 › 2024 the row reads 政府工作报告（报纸版）: a narrow column shows what
        # tells the reports of a year apart, not the region and year their groups name.
        item = QStandardItem(
            kind_icon(kind), title_within_group(meta.title, meta.region, meta.year)
        )
        item.setEditable(False)
        item.setData(meta.title, FILTER_TEXT_ROLE)
        edition = f" · {meta.edition}" if meta.edition else ""
        item.setToolTip(f"{meta.title}\n{kind_label(kind)}{edition}\n{summary.source_name}")
        item.setData(int(summary.id), REPORT_ID_ROLE)
        item.setData(meta.region or "", REGION_ROLE)
        item.setData(meta.year or 0, YEAR_ROLE)
        item.setData(kind, KIND_ROLE)
        return item

    def summaries(self) -> list[Any]:
        """The summaries shown."""
        return list(self._summaries)

    def summary(self, report_id: ReportId) -> Any | None:
        """The summary of one report, if shown."""
        return next((s for s in self._summaries if s.id == report_id), None)

    def index_of(self, report_id: ReportId) -> QModelIndex:
        """The index of a report's item (invalid when not shown, or not in the tree yet)."""
        item = self._items.get(int(report_id))
        return item.index() if item is not None else QModelIndex()

    def most_recent(self) -> ReportId | None:
        """The report a new user should see first: a full report of the latest year it has
        one of, before any newspaper edition or interpretation however recent (an edition
        can lack its front page and open mid-sentence, on "上接第一版")."""
        if not self._summaries:
            return None
        best = max(
            self._summaries,
            key=lambda s: (-s.meta.kind.rank, s.meta.year or 0, -s.id),
        )
        return ReportId(best.id)
