"""How many characters of a table cell a reader sees: the cell's text laid out as Qt's style
draws it (``QCommonStyle``'s item text: wrapped at words when the table wraps, in the cell's
width less its margins, as many lines as its height holds, the last cut with "…" when the
text goes on)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QTableView


def characters_shown(table: QTableView, cell: QModelIndex) -> int:
    """The characters of ``cell``'s text that show whole (an "…" counts for none)."""
    text = str(cell.data() or "")
    if not text:
        return 0
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.horizontalHeader().sectionSize(cell.column()) - 2 * margin
    grid = 1 if table.showGrid() else 0
    height = table.verticalHeader().sectionSize(cell.row()) - grid
    metrics = table.fontMetrics()
    if not table.wordWrap():
        return len(metrics.elidedText(text, table.textElideMode(), width).replace("…", ""))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout = QTextLayout(text, table.font())
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(line)
    layout.endLayout()
    shown, used = 0, 0.0
    for index, line in enumerate(lines):
        used += line.height()
        # as Qt's style: the line after which another would not fit, when there is one, is
        # the last shown, and ends in "…"
        cut = index + 1 < len(lines) and used + line.height() > height
        words = text[line.textStart() : line.textStart() + line.textLength()]
        if line.naturalTextWidth() > width or cut:
            elided = metrics.elidedText(words + ("…" if cut else ""), table.textElideMode(), width)
            return shown + len(elided.replace("…", ""))
        shown += len(words)
    return shown
