"""Going to places in the compare view: a change (which becomes current), a section, a target.

A change is shown in both panes, each at its own place, and marked current in the panes, the
link strip, the overview bar and the change list. Next and previous visit the changes of the
kind the change list follows; at the first or last of them, Previous or Next is greyed out
(nothing that way). Sections and targets are chosen in the panels; a link in the
text (where a passage moved to or from) goes to its change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

from core.compare.change_filter import step
from gui.compare.compare_document import MOVE_SCHEME, side_span
from gui.compare.compare_pane import ComparePane
from gui.compare.compare_scrolling import CompareScrolling
from gui.text_layout import offset_band

if TYPE_CHECKING:
    from gui.compare.compare_view import CompareView


class CompareNavigation(QObject):
    """Moves ``view``'s panes to changes, sections and targets, and keeps the current change.

    Args:
        view: the compare view: its comparison, panes, strip, overview and panels.
        scrolling: the view's linked scrolling (its geometry, its decorations).
    """

    current_changed = Signal(int)  # the index of the change made current

    def __init__(self, view: CompareView, scrolling: CompareScrolling) -> None:
        super().__init__(view)
        self._view = view
        self._scrolling = scrolling
        self._current = -1
        # Where the reader was when the same two reports were compared again (a pairing made
        # by hand, a setting changed): the left text's offset of the change that was current.
        self._was_at: int | None = None

    def current_change(self) -> int:
        """Index of the current change in the comparison's changes (-1: none)."""
        return self._current

    def reset(self) -> None:
        """No change is current (the comparison was replaced or dropped)."""
        self._current = -1
        self.update_steps()

    def update_steps(self) -> None:
        """Offer Next and Previous change only where there is a change of the kind followed
        that way from the current one."""
        view = self._view
        for action, forward in ((view.previous_action, False), (view.next_action, True)):
            action.setEnabled(self._found(forward) is not None)

    def _found(self, forward: bool) -> int | None:
        comparison = self._view.comparison()
        if comparison is None:
            return None
        which = self._view.panels.current_filter()
        return step(comparison.changes, self._current, which, forward)

    def remember_place(self) -> None:
        """The comparison is about to be replaced: remember where the current change is, for
        ``return_to_place``."""
        before, current = self._view.comparison(), self._current
        self._was_at = before.changes[current].left_start if before and current >= 0 else None

    def return_to_place(self) -> None:
        """After the texts are marked again, the right text stands beside the left one where
        the reader was, and the change that was current is current again (the first change
        from its place on, as a pairing by hand changes the changes there)."""
        comparison, was_at = self._view.comparison(), self._was_at
        self._was_at = None
        if comparison is not None and comparison.changes and was_at is not None:
            at = next(
                (i for i, c in enumerate(comparison.changes) if c.left_start >= was_at),
                len(comparison.changes) - 1,
            )
            self.go_to_change(at)
        else:
            self._scrolling.pane_scrolled(self._view.left_pane)

    def go_to_change(self, index: int) -> None:
        """Show change ``index`` in both panes, each at its own place, and make it current."""
        view, scrolling = self._view, self._scrolling
        comparison, geometry = view.comparison(), scrolling.geometry_map()
        if comparison is None or not 0 <= index < len(comparison.changes):
            return
        if geometry is None:
            scrolling.measure()
            geometry = scrolling.geometry_map()
            assert geometry is not None
        band = geometry.changes[index]
        change = comparison.changes[index]
        self._current = index
        with scrolling.unlinked():
            view.left_pane.set_scroll_value(band.left.top - view.left_pane.context_height())
            view.right_pane.set_scroll_value(band.right.top - view.right_pane.context_height())
        view.left_pane.mark_current(*side_span(change, True))
        view.right_pane.mark_current(*side_span(change, False))
        view.strip.set_current(index)
        view.overview.set_current(index)
        view.panels.follow_change(index)
        scrolling.update_decorations()
        self.update_steps()
        self.current_changed.emit(index)

    def next_change(self) -> None:
        """Go to the change after the current one (the first, if none is current), of the
        kind the change list follows."""
        self._step(forward=True)

    def previous_change(self) -> None:
        """Go to the change before the current one, of the kind the change list follows."""
        self._step(forward=False)

    def _step(self, forward: bool) -> None:
        found = self._found(forward)
        if found is not None:
            self.go_to_change(found)

    def go_to_section(self, left: bool, start: int, _end: int) -> None:
        """Put the section starting at core ``start`` at the top of its pane (left or right)."""
        pane = self._view.left_pane if left else self._view.right_pane
        self.scroll_pane_to(pane, start)

    def scroll_pane_to(self, pane: ComparePane, offset: int) -> None:
        """Put core ``offset`` of one pane at its top; the other pane follows."""
        band = offset_band(pane.document(), pane.offsets.to_qt(offset))
        pane.set_scroll_value(band.top)

    def go_to_target(self, left: int, right: int) -> None:
        """Show a target at core offset ``left`` and ``right`` in each pane (-1: not there)."""
        view = self._view
        with self._scrolling.unlinked():
            for pane, offset in ((view.left_pane, left), (view.right_pane, right)):
                if offset >= 0:
                    self.scroll_pane_to(pane, offset)
                    pane.set_scroll_value(pane.scroll_value() - pane.context_height())
        self._scrolling.update_decorations()

    def follow_link(self, url: QUrl) -> None:
        """A link in a pane's text was clicked: a moved passage's goes to its change."""
        if url.scheme() == MOVE_SCHEME:
            self.go_to_change(int(url.path()))
