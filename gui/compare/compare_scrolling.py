"""Linked scrolling in the compare view, on geometry measured once per layout.

Scrolling one pane scrolls the other to the matching height (the geometry's scroll map), and
the link strip and the overview bar follow both panes. The geometry is measured again after
the texts re-wrap: when a document's size changes, or the view's. When the panes change width
(the window resized, the side panels folded away or back) each keeps the line it had at its
top, so the place read, and the current change near it, stay in view and level.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QWidget

from gui.compare.compare_pane import ComparePane
from gui.compare.geometry import CompareGeometry, measure
from gui.text_layout import offset_band

if TYPE_CHECKING:
    from gui.compare.compare_view import CompareView


class CompareScrolling(QObject):
    """Keeps ``view``'s two panes level with each other, and its strip and overview beside them.

    Args:
        view: the compare view: its comparison, panes, titles, link strip and overview bar.
        spacers: the widgets above the strip and above the overview, kept as tall as the titles.
    """

    def __init__(self, view: CompareView, spacers: tuple[QWidget, QWidget]) -> None:
        super().__init__(view)
        self._view = view
        self._spacers = spacers
        self._geometry: CompareGeometry | None = None
        self._syncing = False
        self._remeasure = QTimer(self)
        self._remeasure.setSingleShot(True)
        self._remeasure.setInterval(0)
        self._remeasure.timeout.connect(self.measure)
        # Each pane's core offset at its top before a change of width, until put back there.
        self._tops: tuple[int, int] | None = None
        self._keep_tops = QTimer(self)
        self._keep_tops.setSingleShot(True)
        self._keep_tops.setInterval(0)
        self._keep_tops.timeout.connect(self._return_to_tops)
        for pane in (view.left_pane, view.right_pane):
            pane.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Before a pane's text re-wraps to a new width, note the line at each pane's top."""
        view = self._view
        if (
            isinstance(event, QResizeEvent)
            and self._geometry is not None
            and self._tops is None
            and watched in (view.left_pane.viewport(), view.right_pane.viewport())
            and event.oldSize().width() != event.size().width()
        ):
            self._tops = (view.left_pane.top_offset(), view.right_pane.top_offset())
            self._keep_tops.start()
        return False

    def _return_to_tops(self) -> None:
        """The texts have re-wrapped: each pane shows at its top the line it had there."""
        tops, self._tops = self._tops, None
        if tops is None or self._geometry is None:
            return
        view = self._view
        with self.unlinked():
            for pane, offset in ((view.left_pane, tops[0]), (view.right_pane, tops[1])):
                pane.set_scroll_value(offset_band(pane.document(), pane.offsets.to_qt(offset)).top)
        self.measure()

    def geometry_map(self) -> CompareGeometry | None:
        """The measured bands and scroll anchors (None until measured)."""
        return self._geometry

    def forget(self) -> None:
        """Drop the geometry measured: the comparison it belongs to is gone."""
        self._geometry = None

    def watch(self, document: QTextDocument) -> None:
        """Measure again, on the next turn of the event loop, whenever ``document`` resizes."""
        document.documentLayout().documentSizeChanged.connect(self._remeasure.start)

    def measure_soon(self) -> None:
        """Measure again on the next turn of the event loop (the texts re-wrap)."""
        self._remeasure.start()

    def measure(self) -> None:
        """Measure the comparison's bands in both panes, and line the strip and overview up."""
        view = self._view
        comparison = view.comparison()
        if comparison is None or view.measuring_waits():
            return  # measured once the texts are on screen (``CompareView._ready``)
        self._geometry = measure(
            comparison,
            view.left_pane.document(),
            view.right_pane.document(),
            view.left_pane.offsets,
            view.right_pane.offsets,
        )
        top = view.left_pane.mapTo(view, QPoint(0, 0)).y()
        for spacer in self._spacers:
            spacer.setFixedHeight(view.left_title.height())
        strip_top = view.strip.mapTo(view, QPoint(0, 0)).y()
        view.strip.set_viewport_offsets(
            top - strip_top, view.right_pane.mapTo(view, QPoint(0, 0)).y() - strip_top
        )
        view.strip.set_geometry(self._geometry)
        view.overview.set_geometry(self._geometry)
        self.update_decorations()

    @contextmanager
    def unlinked(self) -> Iterator[None]:
        """Within this block, scrolling one pane leaves the other where it is."""
        self._syncing = True
        try:
            yield
        finally:
            self._syncing = False

    def pane_scrolled(self, source: ComparePane) -> None:
        """``source`` was scrolled: the other pane follows, and the strip and overview."""
        view = self._view
        geometry = self._geometry
        if not self._syncing and geometry is not None:
            with self.unlinked():
                if source is view.left_pane:
                    mapped = geometry.scroll_map.left_to_right(view.left_pane.scroll_value())
                    view.right_pane.set_scroll_value(mapped)
                else:
                    mapped = geometry.scroll_map.right_to_left(view.right_pane.scroll_value())
                    view.left_pane.set_scroll_value(mapped)
        self.update_decorations()

    def update_decorations(self) -> None:
        """Show the panes' scroll positions in the link strip and the overview bar."""
        view = self._view
        view.strip.set_scroll(view.left_pane.scroll_value(), view.right_pane.scroll_value())
        view.overview.set_view(view.right_pane.scroll_value(), view.right_pane.viewport().height())
