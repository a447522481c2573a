"""The end-of-import summary: what was imported, skipped as duplicate, or failed and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
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
        self.setWindowTitle(self.tr("Import finished"))
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
        # A long reason (a library that could not be written, named with the file) wraps in
        # its column rather than being cut off.
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(True)
        self.tree.setItemDelegateForColumn(1, WrappingDelegate(self.tree))
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


class WrappingDelegate(QStyledItemDelegate):
    """Draws a column's text wrapped, each row as tall as its text at the column's width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The text's size wrapped at the column's width (Qt's own is one unbroken line)."""
        sized = QStyleOptionViewItem(option)
        width = self._tree.header().sectionSize(index.column())
        sized.rect = QRect(0, 0, max(width, 1), 1)
        return super().sizeHint(sized, index)


def _reason(message: str) -> str:
    """Core's message without the file name it starts with (the first column shows it)."""
    name, sep, rest = message.partition(": ")
    return rest if sep and "/" not in name and len(name) < 200 else message
