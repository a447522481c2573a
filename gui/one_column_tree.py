"""A tree view of one column as wide as the view: its rows are cut (elided), never scrolled
sideways out of sight.

With its header hidden, a tree's one column is the header's last section, stretched to the
view's width but never narrower than the 100 px Qt gives a section at first: a narrower view
scrolled sideways and cut its rows' starts, or their ends, out of sight (the library's and the
section tree's, in an 800 px window).
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTreeView


class OneColumnTree(QTreeView):
    """A tree whose one column is as wide as its view, never wider."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the column to the view's new width (``event`` is the view's, as Qt passes a
        scroll area's; asking for the view itself would load Python types before the first
        paint)."""
        super().resizeEvent(event)
        self.setColumnWidth(0, event.size().width())
