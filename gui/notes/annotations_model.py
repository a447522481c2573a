"""The annotations panel's list: annotations under their section (one report) or their report
(every report's), where a report's annotations may be read only when its row is opened."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from core.model import ReportId
from core.notes.note_text import note_plain_lines
from core.notes.palette import colour_of
from core.notes.records import Annotation, PaletteColour
from core.notes.shown_quote import shown_quote
from core.store.annotation_reads import ReportCount
from gui.compare.section_names import app_section_names
from gui.counts import counted
from gui.notes.annotation_tooltip import annotation_tooltip, cut_short
from gui.notes.note_editor import colour_icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # annotation id (group rows: none)
REPORT_ROLE = Qt.ItemDataRole.UserRole + 2
SPAN_ROLE = Qt.ItemDataRole.UserRole + 3  # (start, end)
ORPHAN_ROLE = Qt.ItemDataRole.UserRole + 4  # True: awaits placing by hand
GROUP_REPORT_ROLE = Qt.ItemDataRole.UserRole + 5  # a report's group row, filled when opened
# Characters of a quote, or of a note's first line, in its row at most: the panel's edge
# cuts it sooner where the panel is narrower.
ROW_LENGTH = 80


class AnnotationsModel(QStandardItemModel):
    """Annotations grouped under their report (library-wide) or their section (one report).

    Every report's annotations can be many thousands: then only the reports are listed, each
    with its count, and a report's annotations are read when its row is opened
    (``set_report_groups``, ``fill_report``).
    """

    def set_annotations(
        self,
        annotations: Sequence[Annotation],
        palette: Sequence[PaletteColour],
        titles: dict[int, str],
        by_report: bool,
        texts: Mapping[ReportId, str] | None = None,
    ) -> None:
        """Show ``annotations``; ``by_report`` groups by report, otherwise by section.

        ``texts`` (report id → its text) lets each quote be read as the reader shows it
        (``shown_quote``); a report not given has its quotes read on their context.
        """
        self.clear()
        groups: dict[Any, QStandardItem] = {}
        for annotation in annotations:
            if by_report:
                key: Any = annotation.report_id
                label = titles.get(int(annotation.report_id), str(annotation.report_id))
            else:
                key = annotation.anchor.section_path
                # A passage before the first heading: the opening, as the export and a
                # comparison name it (a dash beside Chinese headings reads as the numeral 一).
                label = " › ".join(key) or app_section_names().front
            group = groups.get(key)
            if group is None:
                group = QStandardItem(label)
                group.setEditable(False)
                group.setToolTip(label)  # whole, where the panel's edge cuts its row
                groups[key] = group
                self.appendRow(group)
            text = (texts or {}).get(annotation.report_id)
            group.appendRow(_annotation_row(annotation, palette, text))

    def set_report_groups(self, counts: Sequence[ReportCount], titles: dict[int, str]) -> None:
        """List reports with their annotation counts, each to be filled when opened."""
        self.clear()
        for count in counts:
            title = titles.get(int(count.report_id), str(count.report_id))
            group = QStandardItem(counted(title, count.count))
            group.setEditable(False)
            group.setToolTip(title)
            group.setData(int(count.report_id), GROUP_REPORT_ROLE)
            waiting = QStandardItem("…")
            waiting.setEditable(False)
            group.appendRow(waiting)
            self.appendRow(group)

    def needs_filling(self, index: QModelIndex) -> ReportId | None:
        """The report of a group row whose annotations are not read yet (else None)."""
        item = self.itemFromIndex(index)
        report = item.data(GROUP_REPORT_ROLE) if item is not None else None
        if report is None or item.child(0) is None or item.child(0).data(ID_ROLE) is not None:
            return None
        return ReportId(int(report))

    def fill_report(
        self,
        index: QModelIndex,
        annotations: Sequence[Annotation],
        palette: Sequence[PaletteColour],
        text: str | None = None,
    ) -> None:
        """Put a report's annotations under its group row, in place of the waiting row;
        ``text`` is the report's text, to read their quotes on (None: on their context)."""
        group = self.itemFromIndex(index)
        group.removeRows(0, group.rowCount())
        for annotation in annotations:
            group.appendRow(_annotation_row(annotation, palette, text))

    def row_of(self, annotation_id: int) -> QModelIndex:
        """An annotation's row (invalid: it is not listed)."""
        for group in range(self.rowCount()):
            parent = self.index(group, 0)
            for row in range(self.rowCount(parent)):
                index = self.index(row, 0, parent)
                if index.data(ID_ROLE) == annotation_id:
                    return index
        return QModelIndex()


def _annotation_row(
    annotation: Annotation, palette: Sequence[PaletteColour], report_text: str | None
) -> QStandardItem:
    """An annotation's row: its quote (with its colour) and, on a second line, the first line
    of its note (its Markdown marks left out) and its tags, so that what the user wrote is read
    in the list itself."""
    colour = colour_of(palette, annotation.colour)
    quote = shown_quote(annotation.anchor, report_text)  # read once, used twice
    text = _shortened(" ".join(quote.split()))
    if annotation.is_orphaned:
        text = "⚠ " + text
    # The note reads as the text its Markdown shows (``**重点**`` as 重点).
    note_lines = note_plain_lines(annotation.note)
    note = _shortened(note_lines[0]) if note_lines else ""
    detail = " ".join([f"✎ {note}" if note else "", *(f"#{t}" for t in annotation.tags)]).strip()
    item = QStandardItem(colour_icon(colour.colour), f"{text}\n{detail}" if detail else text)
    item.setEditable(False)
    item.setToolTip(annotation_tooltip(annotation, quote))
    item.setData(int(annotation.id), ID_ROLE)
    item.setData(int(annotation.report_id), REPORT_ROLE)
    item.setData((annotation.anchor.start, annotation.anchor.end), SPAN_ROLE)
    item.setData(annotation.is_orphaned, ORPHAN_ROLE)
    return item


def _shortened(text: str) -> str:
    """``text`` cut to a row's length, the last an ellipsis when it goes on: a quote cut
    without one reads as the whole passage."""
    return cut_short(text, ROW_LENGTH)
