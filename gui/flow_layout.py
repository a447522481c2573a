"""A layout that lays its items out in a row and wraps them onto more rows when narrow.

A row of swatches and counts (the compare view's legend) is wider than a laptop's window
leaves it beside the docks: laid out in one row it forced the window (and, in a tab, every
other tab) to its width. Wrapped, it needs only its widest item, and as many rows as its
width takes: its minimum and preferred heights are those of its current width, so that a
parent that never asks a height for a width (a splitter, a horizontal row) does not cut it.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the next does not fit; an item that
    expands sideways (its size policy) takes its share of the room its row leaves.

    Args:
        parent: the widget laid out.
        spacing: the room between items, across and between rows.
        last_to_the_right: the last item (a status) sits at the right end of its row.
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 8, *, last_to_the_right: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._last_to_the_right = last_to_the_right
        self._width = 0  # the width last laid out in (0: not laid out yet)

    def addItem(self, item: QLayoutItem) -> None:
        """Take ``item`` as the next one (addWidget comes here)."""
        self._items.append(item)

    def count(self) -> int:
        """How many items there are."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        """The item at ``index`` (None past the end)."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        """Remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """It grows in neither direction of its own (its rows take their items' height)."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Its height depends on its width (narrower: more rows)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the items take laid out in ``width``."""
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        """Lay the items out in ``rect``; a new width that takes another number of rows asks
        the parents to lay out again, since the minimum height changed with it."""
        super().setGeometry(rect)
        before = self._height_now()
        self._width = rect.width()
        self._arrange(rect, place=True)
        if self._height_now() != before and (widget := self.parentWidget()) is not None:
            widget.updateGeometry()

    def sizeHint(self) -> QSize:
        """Every item in one row wide, as high as the current width's rows (one row before the
        first layout)."""
        margins = self.contentsMargins()
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(0, len(shown) - 1)
        one_row = max((item.sizeHint().height() for item in shown), default=0)
        size = QSize(width, one_row) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )
        return QSize(size.width(), max(size.height(), self._height_now()))

    def minimumSize(self) -> QSize:
        """The widest item wide (one item a row), as high as the current width's rows (one
        row before the first layout)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(size.width(), max(size.height(), self._height_now()))

    def _height_now(self) -> int:
        """The height the items take in the width last laid out in (0 before that)."""
        return self.heightForWidth(self._width) if self._width > 0 else 0

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out row by row within ``rect`` (only measured unless ``place``);
        returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if rows[-1] and used + self._gap + width > area.width():
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + width
            rows[-1].append(item)
        y = area.y()
        last = self._shown()[-1:] if self._last_to_the_right else []
        for row in rows:
            height = max((item.sizeHint().height() for item in row), default=0)
            widths = _filled(row, area.width(), self._gap)
            x = area.x()
            for item, width in zip(row, widths, strict=True):
                size = item.sizeHint()
                left = area.right() + 1 - width if item in last else x
                if place:
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(max(left, x), top), QSize(width, size.height())))
                x += width + self._gap
            y += height + self._gap
        return y - self._gap - rect.y() + margins.bottom() if rows[0] else 0


def _filled(row: list[QLayoutItem], width: int, gap: int) -> list[int]:
    """The widths of ``row``'s items in a row ``width`` wide: each its preferred width (at
    most the row's), the room left shared by the items that expand sideways (a search box)."""
    widths = [min(item.sizeHint().width(), width) for item in row]
    growing = [
        i for i, item in enumerate(row) if item.expandingDirections() & Qt.Orientation.Horizontal
    ]
    spare = width - sum(widths) - gap * (len(row) - 1)
    if growing and spare > 0:
        for n, i in enumerate(growing):
            widths[i] += spare // len(growing) + (1 if n < spare % len(growing) else 0)
    return widths
