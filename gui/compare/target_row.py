"""Draws one target as a row of two lines: its indicator and verdict, then ``6%左右 → 6%以上``.

A panel beside two texts is narrow: a table of four columns left each target a few characters
a line (``6%左/右``). Here the indicator has the row's width less its verdict, and the two
targets the whole width: they share a line when they fit on it, else the newer starts a line
of its own with the arrow, and a figure is never cut (core.numbers.target_lines).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from core.numbers.target_compare import TargetChange, TargetChangeKind
from core.numbers.target_lines import ARROW, indicator_lines, value_lines

TARGET_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's TargetChange
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 4  # the verdict's word, in the reader's language

CHANGE_COLOURS = {
    TargetChangeKind.CHANGED: "#e06c00",
    TargetChangeKind.REWORDED: "#a67c00",  # the change list's reworded passages, darker
    TargetChangeKind.ADDED: "#2e7d32",
    TargetChangeKind.REMOVED: "#b71c1c",
}
MARKED = frozenset(CHANGE_COLOURS)  # kinds drawn in bold with a coloured stripe
# Kinds whose newer target is drawn in their colour: what reads differently now.
NEWER_COLOURED = frozenset({TargetChangeKind.CHANGED, TargetChangeKind.REWORDED})

STRIPE = 3  # the coloured mark at a marked row's left edge
PADDING = 5  # around a row's text (after the stripe)
GAP = 8  # between the indicator and its verdict
INDENT = 8  # the targets' lines under their indicator
VERDICT_REACH = 22  # characters: in a wide panel, the verdict stays this near its indicator
_ONE_LINE = Qt.TextFlag.TextSingleLine | Qt.TextFlag.TextDontClip


@dataclass(frozen=True)
class PlacedText:
    """A run of a row's text where it is drawn, in the row's own coordinates.

    Attributes:
        text: the run's text.
        rect: where it is drawn (its width is the text's).
        bold: drawn in bold (a changed target's indicator and verdict).
        colour: its colour, or "" for the palette's text colour.
        quiet: drawn in the palette's quieter colour (an unchanged target's verdict).
    """

    text: str
    rect: QRect
    bold: bool = False
    colour: str = ""
    quiet: bool = False


@dataclass(frozen=True)
class TargetRowLayout:
    """A target's row laid out in a width: its runs of text and its height."""

    runs: tuple[PlacedText, ...]
    height: int
    stripe: str  # the colour of the mark at its left edge, or ""


def lay_out_target(
    change: TargetChange, verdict: str, font: QFont, width: int, none: str = "—"
) -> TargetRowLayout:
    """``change``'s row in ``width`` pixels: the indicator (bold if the target changed) with
    ``verdict`` at the right of its first line (no further than ``VERDICT_REACH`` characters
    in a wide panel), then the two targets, indented, on the row's whole width. In a panel
    too narrow for the indicator beside its verdict, the verdict goes after the targets.

    Args:
        change: the indicator's targets in the two reports.
        verdict: the word of its change (``有变化``).
        font: the view's font.
        width: the row's width.
        none: the word in place of a target a report does not have.
    """
    marked = change.change in MARKED
    colour = CHANGE_COLOURS.get(change.change, "")
    bold = QFont(font)
    bold.setBold(True)
    plain = QFontMetrics(font)
    heading = QFontMetrics(bold) if marked else plain
    left = STRIPE + PADDING
    right = max(left + 1, width - PADDING)
    near = min(right, left + VERDICT_REACH * heading.horizontalAdvance("国"))
    verdict_width = heading.horizontalAdvance(verdict)

    def beside_verdict(text: str) -> bool:
        return heading.horizontalAdvance(text) <= near - left - verdict_width - GAP

    def alone(text: str) -> bool:
        return heading.horizontalAdvance(text) <= right - left

    def under_indicator(text: str) -> bool:
        return plain.horizontalAdvance(text) <= right - left - INDENT

    indicator = indicator_lines(change, beside_verdict)
    verdict_below = len(indicator) > 1 and len(indicator_lines(change, alone)) < len(indicator)
    if verdict_below:  # a panel too narrow for both: the verdict goes after the targets
        indicator = indicator_lines(change, alone)
    runs: list[PlacedText] = []
    y = PADDING
    for line in indicator:
        runs.append(PlacedText(line, _rect(heading, line, left, y), bold=marked))
        y += heading.lineSpacing()
    verdict_y = PADDING
    newer = False  # the lines from the arrow on are the newer target's
    for line in value_lines(change, under_indicator, none):
        x = left + INDENT
        older, arrow, rest = line.partition(ARROW)
        if arrow:
            runs.append(PlacedText(older + arrow, _rect(plain, older + arrow, x, y)))
            x += plain.horizontalAdvance(older + arrow)
            newer, line = True, rest
        if line:
            shown = colour if newer and change.change in NEWER_COLOURED else ""
            runs.append(PlacedText(line, _rect(plain, line, x, y), colour=shown))
            x += plain.horizontalAdvance(line)
        verdict_y = y  # beside the targets' last line, when it has room
        y += plain.lineSpacing()
    if verdict_below and x + GAP + verdict_width > near:
        verdict_y, y = y, y + heading.lineSpacing()
    elif not verdict_below:
        verdict_y = PADDING
    runs.append(
        PlacedText(
            verdict,
            _rect(heading, verdict, near - verdict_width, verdict_y),
            bold=marked,
            colour=colour,
            quiet=not colour,
        )
    )
    return TargetRowLayout(tuple(runs), y + PADDING, colour if marked else "")


def _rect(metrics: QFontMetrics, text: str, x: int, y: int) -> QRect:
    return QRect(x, y, metrics.horizontalAdvance(text), metrics.height())


class TargetRowDelegate(QStyledItemDelegate):
    """Paints a target's row (the model's first column) from its TargetChange, as wide as the
    view is: a narrower panel wraps onto more lines."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def row_layout(
        self, index: QModelIndex | QPersistentModelIndex, width: int | None = None
    ) -> TargetRowLayout | None:
        """The row of ``index`` laid out in ``width`` (the view's column), or None if it
        holds no target."""
        change = index.siblingAtColumn(0).data(TARGET_ROLE)
        if not isinstance(change, TargetChange):
            return None
        if width is None:
            width = self._view.header().sectionSize(0) or self._view.viewport().width()
        verdict = str(index.siblingAtColumn(0).data(VERDICT_ROLE) or "")
        return lay_out_target(change, verdict, self._view.font(), width)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The row's height at the column's width (a tree view does not tell its cells)."""
        layout = self.row_layout(index)
        if layout is None:
            return super().sizeHint(option, index)
        return QSize(self._view.header().sectionSize(0), layout.height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The row's background as the style draws it, its mark, then its runs of text."""
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        rect: QRect = options.rect  # type: ignore[attr-defined]
        layout = self.row_layout(index, rect.width())
        if layout is None:
            super().paint(painter, option, index)
            return
        options.text = ""  # type: ignore[attr-defined]
        widget = options.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        palette: QPalette = options.palette  # type: ignore[attr-defined]
        selected = bool(options.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.topLeft())
        if layout.stripe:
            painter.fillRect(QRect(0, 1, STRIPE, rect.height() - 2), QColor(layout.stripe))
        bold = QFont(self._view.font())
        bold.setBold(True)
        for run in layout.runs:
            painter.setFont(bold if run.bold else self._view.font())
            if selected:
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            elif run.colour:
                painter.setPen(QColor(run.colour))
            elif run.quiet:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(run.rect, _ONE_LINE, run.text)
        painter.restore()
