"""What the annotations panel lists: the annotations its filters find, read from the library,
of the open report (by section) or of every report (by report).

Every report's annotations, when there are more than the panel's ``eager_limit``, are listed
as reports with their counts, each report's read when its row is opened: a library with years
of notes lists them at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject

from core.model import ReportId
from core.notes.records import Annotation
from core.notes.shown_quote import texts_of_reports
from core.store.annotations import annotations_of
from gui.notes.annotations_model import GROUP_REPORT_ROLE, ID_ROLE
from gui.notes.annotations_summary import ListedSummary, count_sentence, empty_hint

if TYPE_CHECKING:
    from gui.notes.annotations_panel import AnnotationsPanel


class AnnotationsListing(QObject):
    """Fills ``panel``'s model with what its filter bar asks for, and a report's group row
    with that report's annotations when the user opens it."""

    def __init__(self, panel: AnnotationsPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._scope: tuple[object, ...] = ()
        self.summary = (
            ListedSummary()
        )  # what the list holds, said above it  # what was listed last: every report's, or one's
        panel.tree.expanded.connect(self._expanded)

    def fill_filters(self) -> None:
        """Offer the library's colours and tags in the filter bar (those chosen stay)."""
        notes = annotations_of(self._panel.store)
        self._panel.filter_bar.fill(notes.palette(), notes.tag_counts())

    def list_anew(self) -> None:
        """Read the annotations shown again (after a change, a filter or a new report). While
        the same annotations are listed (this report's, or every report's), the row chosen
        stays chosen and the list where it was scrolled to: an annotation added or changed
        elsewhere leaves the user where they were reading."""
        panel = self._panel
        scope = ("everywhere",) if panel.everywhere.isChecked() else ("report", panel.report_id)
        current = panel.tree.currentIndex().siblingAtColumn(0).data(ID_ROLE)
        scrolled = panel.tree.verticalScrollBar().value()
        self._list()
        if scope != self._scope:
            self._scope = scope
            return
        if current is not None:
            panel.select_annotation(int(current))
        panel.tree.doItemsLayout()  # the scroll bar's range as the new rows need
        panel.tree.verticalScrollBar().setValue(scrolled)

    def _list(self) -> None:
        self.fill_filters()
        panel, bar = self._panel, self._panel.filter_bar
        notes = annotations_of(panel.store)
        chosen = bar.filters()
        filters = {"colour": chosen.colour, "tag": chosen.tag}
        filtered = bool(chosen.text.strip() or chosen.colour or chosen.tag or chosen.needs_placing)
        if chosen.everywhere:
            counts = notes.report_counts(chosen.text, **filters)
            bar.show_orphan_count(sum(c.orphans for c in counts))
            titles = panel.store.titles()
            total = sum(c.count for c in notes.report_counts()) if filtered else 0
            if not chosen.needs_placing and sum(c.count for c in counts) > panel.eager_limit:
                shown = sum(c.count for c in counts)
                self._summarise(
                    ListedSummary(shown, len(counts), total or shown, filtered, everywhere=True)
                )
                opened = self._opened_reports()
                panel.model.set_report_groups(counts, titles)
                for row in range(panel.model.rowCount()):  # keep open what the user opened
                    index = panel.model.index(row, 0)
                    if index.data(GROUP_REPORT_ROLE) in opened:
                        panel.tree.expand(index)
                return
            found = notes.search(chosen.text, orphaned=chosen.needs_placing, **filters)
            total = total or len(found)
        elif panel.report_id is None:
            found = []  # no report open: nothing of "this report" to show
            titles = {}
            bar.show_orphan_count(0)
            total = 0
        else:
            found = notes.search(chosen.text, report=panel.report_id, **filters)
            bar.show_orphan_count(sum(1 for a in found if a.is_orphaned))
            if chosen.needs_placing:
                found = [a for a in found if a.is_orphaned]
            titles = {}
            total = notes.count_annotations(panel.report_id) if filtered else len(found)
        reports = len({a.report_id for a in found})
        self._summarise(
            ListedSummary(
                len(found), reports, total, filtered, chosen.everywhere, panel.report_id is not None
            )
        )
        texts = self._report_texts(found)
        panel.model.set_annotations(found, notes.palette(), titles, chosen.everywhere, texts)
        panel.tree.expandAll()

    def _summarise(self, summary: ListedSummary) -> None:
        """Say how many are listed; kept for the list's hint, read once the list is filled."""
        self.summary = summary
        said = count_sentence(summary)
        self._panel.count_label.setText(said)
        self._panel.count_label.setVisible(bool(said))

    def hint(self) -> str:
        """Why the list is empty (``EmptyHint``'s text)."""
        return empty_hint(self.summary)

    def _opened_reports(self) -> set[int]:
        """The reports whose group rows are open (listing every report's annotations)."""
        model, tree = self._panel.model, self._panel.tree
        opened = set()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            report = index.data(GROUP_REPORT_ROLE)
            if report is not None and tree.isExpanded(index):
                opened.add(int(report))
        return opened

    def _expanded(self, index: QModelIndex) -> None:
        """A report's group opened: read its annotations now, if they are not yet."""
        panel = self._panel
        report = panel.model.needs_filling(index)
        if report is None:
            return
        notes = annotations_of(panel.store)
        chosen = panel.filter_bar.filters()
        found = notes.search(chosen.text, colour=chosen.colour, tag=chosen.tag, report=report)
        panel.model.fill_report(
            index, found, notes.palette(), self._report_texts(found).get(report)
        )

    def _report_texts(self, annotations: Sequence[Annotation]) -> dict[ReportId, str]:
        """The text of each report listed, to read the quotes on: the reader's own for the
        report it shows, the others' read from the library once for the listing."""
        reader = self._panel.reader()
        at_hand = {reader.report_id: reader.report_text} if reader is not None else {}
        others = [a for a in annotations if a.report_id not in at_hand]
        return {**at_hand, **texts_of_reports(self._panel.store, others)}
