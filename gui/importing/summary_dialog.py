"""The end-of-import summary: what was imported, skipped as duplicate, or failed and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core_messages import translated_message
from gui.counts import counted
from gui.placeholders import fill_placeholders


class ImportSummaryDialog(QDialog):
    """Lists the outcome of every file, grouped as imported / duplicate / failed."""

    def __init__(
        self, outcomes: Sequence[Any], cancelled: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.resize(620, 380)
        groups = {
            "imported": (self.tr("Imported"), []),
            "duplicate": (self.tr("Already in the library"), []),
            "failed": (self.tr("Failed"), []),
        }
        for outcome in outcomes:
            groups[str(getattr(outcome.status, "value", outcome.status))][1].append(outcome)
        counts = {key: len(items) for key, (_label, items) in groups.items()}
        self.counts = counts
        self.setWindowTitle(self._title(counts, cancelled))
        summary = fill_placeholders(
            self.tr("%1 imported, %2 already in the library, %3 failed."),
            counts["imported"],
            counts["duplicate"],
            counts["failed"],
        )
        restored = sum(1 for o in groups["imported"][1] if o.breaks_restored)
        if restored:
            summary += " " + fill_placeholders(
                self.tr(
                    "%1 of them had almost no line breaks: ReportLens restored them where it "
                    "judged the headings and paragraphs to start."
                ),
                restored,
            )
        if cancelled:
            summary += " " + self.tr("The import was cancelled; the rest was not imported.")
        label = QLabel(summary, self)
        label.setObjectName("importSummaryText")
        label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importSummaryTree")
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.tree.setColumnWidth(0, 240)
        # A long reason (a library that could not be written, named with the file), or a long
        # file name, wraps in its column rather than being cut off; each file's row is banded
        # apart from the next, its name at the top beside the first line of its result, so
        # that a wrapped result never reads as the next file's.
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        for _key, (title, items) in groups.items():
            if not items:
                continue
            group = QTreeWidgetItem(self.tree, [counted(title, len(items)), ""])
            for outcome in items:
                # An imported file's message says why it is listed under another title than
                # detected, and names the title it is listed under.
                detail = (
                    outcome.title
                    if _key == "imported" and not outcome.message
                    else _reason(translated_message(outcome.message))
                )
                if _key == "imported" and outcome.breaks_restored:
                    detail = fill_placeholders(self.tr("(line breaks restored) %1"), detail)
                item = QTreeWidgetItem(group, [outcome.path.name, detail])
                item.setToolTip(0, str(outcome.path))  # two folders may hold one file name
                item.setToolTip(1, detail)  # a long reason is cut off in its column
            group.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _title(self, counts: dict[str, int], cancelled: bool) -> str:
        """What happened, in a word: a run where every file failed is not "finished"."""
        if counts["failed"] and not counts["imported"] and not counts["duplicate"]:
            return self.tr("Import failed")
        if counts["failed"]:
            return self.tr("Some files could not be imported")
        if cancelled:
            return self.tr("Import cancelled")
        return self.tr("Import finished")


class WrappingDelegate(QStyledItemDelegate):
    """Draws text wrapped at the top of its cell, each row as tall as its longest text at its
    column's width, with a little room above and below."""

    PADDING = 3
    """Pixels kept clear above and below a row's text."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Qt's options, with the text at the top: a one-line file name beside a result
        wrapped over three lines stands by its first line, not its middle."""
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The text's size wrapped at the column's width (Qt's own is one unbroken line)."""
        sized = QStyleOptionViewItem(option)
        width = self._tree.header().sectionSize(index.column())
        if index.column() == 0:  # the branch and its indentation take part of the first column
            width -= self._tree.indentation() * (1 + int(index.parent().isValid()))
        sized.rect = QRect(0, 0, max(width, 1), 1)
        return super().sizeHint(sized, index) + QSize(0, 2 * self.PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The text inside the row's room above and below."""
        padded = QStyleOptionViewItem(option)
        padded.rect = option.rect.adjusted(0, self.PADDING, 0, -self.PADDING)
        super().paint(painter, padded, index)


def _reason(message: str) -> str:
    """Core's message without the file name it starts with (the first column shows it)."""
    name, sep, rest = message.partition(": ")
    return rest if sep and "/" not in name and len(name) < 200 else message
