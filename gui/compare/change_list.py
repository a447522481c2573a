"""The change list: the comparison's changes grouped by section, with counts per kind."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from core.compare.change_filter import ChangeFilter, matches
from core.compare.records import (
    Change,
    ChangeCounts,
    ChangeKind,
    Comparison,
    PairLevel,
    SectionPath,
)
from core.compare.summary import count_changes
from core.plain_passage import plain_passage
from gui.compare.change_styles import kind_name, look_of, strip_colour
from gui.compare.pair_reason_text import reason_text
from gui.compare.section_names import shown_label
from gui.counts import counted
from gui.placeholders import fill_placeholders

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1  # index of the change in comparison.changes
SUMMARY_LIMIT = 36


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_LIMIT else flat[: SUMMARY_LIMIT - 1] + "…"


def _group_key(change: Change) -> tuple[str, SectionPath]:
    # The engine counts an added section under its right path, every other change under its
    # left path (core.compare.summary): the list groups the same way so counts agree.
    if change.kind is ChangeKind.ADDED_SECTION:
        return ("right", change.right_path)
    return ("left", change.left_path)


class ChangeListModel(QStandardItemModel):
    """One row per area pair that has changes (titles and counts), its changes below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Changes")])

    def counts_text(self, counts: ChangeCounts) -> str:
        """``2 reworded · 1 inserted · 1 number`` (kinds with no change left out)."""
        parts = [  # each a whole phrase, so that a language puts the number where it goes
            (counts.changed, self.tr("%1 reworded")),
            (counts.added, self.tr("%1 added")),
            (counts.removed, self.tr("%1 removed")),
            (counts.moved, self.tr("%1 moved")),
            (
                counts.numbers,
                self.tr("%1 numbers") if counts.numbers != 1 else self.tr("%1 number"),
            ),
        ]
        return " · ".join(phrase.replace("%1", str(count)) for count, phrase in parts if count)

    def set_comparison(
        self, comparison: Comparison | None, which: ChangeFilter = ChangeFilter.ALL
    ) -> None:
        """Show the changes of ``comparison`` that ``which`` follows (None: empty); a section
        with none of them is left out."""
        self.removeRows(0, self.rowCount())
        if comparison is None:
            return
        by_group: dict[tuple[str, SectionPath], list[int]] = {}
        for index, change in enumerate(comparison.changes):
            if matches(change, which):
                by_group.setdefault(_group_key(change), []).append(index)
        root = self.invisibleRootItem()
        bold = QFont()
        bold.setBold(True)
        # Why each area was paired (or stands alone), in the app's language.
        reasons = {
            (pair.left.path if pair.left else (), pair.right.path if pair.right else ()): (
                reason_text(pair.reason)
            )
            for pair in comparison.pairs
            if pair.level is PairLevel.AREA
        }
        # Sections a block of several removes or adds whole, by that block's change.
        covered: dict[int, list[str]] = {}
        for section in comparison.summary.sections:
            if section.within is not None:
                path = section.left_path or section.right_path
                covered.setdefault(section.within, []).append(shown_label(path))
        for section in comparison.summary.sections:
            if section.left_path:
                key = ("left", section.left_path)
            else:
                key = ("right", section.right_path)
            indices = by_group.get(key, [])
            if not indices or section.counts.total == 0:
                continue
            left_title = shown_label(section.left_path)
            right_title = shown_label(section.right_path)
            title = left_title if left_title == right_title else f"{left_title} ↔ {right_title}"
            swept = [name for index in indices for name in covered.get(index, [])]
            if swept:  # one block through the sections after this one: named to the last
                title = f"{left_title or right_title} … {swept[-1]}"
            # Under a filter, the counts of the changes listed (not the section's others).
            counts = (
                section.counts
                if which is ChangeFilter.ALL
                else count_changes(comparison.changes[i] for i in indices)
            )
            group = QStandardItem(counted(title, self.counts_text(counts)))
            group.setEditable(False)
            reason = reasons.get((section.left_path, section.right_path))
            tip = f"{left_title}\n↔ {right_title}"
            if swept:
                tip += "\n" + self.tr("The block also covers:") + "\n" + "\n".join(swept)
            group.setToolTip(f"{tip}\n{reason}" if reason else tip)
            group.setData(indices[0], CHANGE_ROLE)
            for index in indices:
                group.appendRow(self._change_item(comparison, index, bold))
            root.appendRow(group)

    def _change_item(self, comparison: Comparison, index: int, bold: QFont) -> QStandardItem:
        change = comparison.changes[index]
        # The words as the panes show them: an interpretation's ``###`` and ``**`` left out, a
        # word broken across lines whole (地区生产总值).
        old = plain_passage(comparison.left.text, change.left_start, change.left_end)
        new = plain_passage(comparison.right.text, change.right_start, change.right_end)
        if change.kind is ChangeKind.REPLACED:
            what = f"{_short(old)} → {_short(new)}"
        else:
            what = _short(old or new)
        # ``Reworded: …`` in English, ``改写：…`` in Chinese.
        item = QStandardItem(fill_placeholders(self.tr("%1: %2"), kind_name(change.kind), what))
        item.setEditable(False)
        item.setData(index, CHANGE_ROLE)
        item.setToolTip(f"{old}\n→\n{new}" if old and new else (old or new))
        item.setData(QBrush(strip_colour(look_of(change))), Qt.ItemDataRole.DecorationRole)
        if change.numbers_changed:
            item.setFont(bold)
        return item

    def index_of_change(self, change_index: int) -> QModelIndex:
        """The row of one change (invalid when it is not listed)."""
        for row in range(self.rowCount()):
            group = self.item(row)
            for child in range(group.rowCount()):
                item = group.child(child)
                if item.data(CHANGE_ROLE) == change_index:
                    return item.index()
        return QModelIndex()


class ChangeListView(QTreeView):
    """The change list; a click on a change (or a section) asks to show it in both panes."""

    change_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareChangeList")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self._emit)
        self.activated.connect(self._emit)
        self._following = False

    def _emit(self, index: QModelIndex) -> None:
        if self._following or not index.isValid():
            return
        value = index.data(CHANGE_ROLE)
        if value is not None:
            self.change_activated.emit(int(value))

    def follow(self, change_index: int) -> None:
        """Select a change's row without asking to jump."""
        model = self.model()
        if not isinstance(model, ChangeListModel):
            return
        index = model.index_of_change(change_index) if change_index >= 0 else QModelIndex()
        self._following = True
        try:
            self.setCurrentIndex(index)
            if index.isValid():
                self.scrollTo(index)
        finally:
            self._following = False
