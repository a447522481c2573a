"""The window follows its current tab: panels, title, dock layout and reading position.

When another tab comes to the front, the section tree, the numbers and annotations panels and
the find bar turn to its report (or to none), the library selects it, the window takes its
title and the docks the room its kind of view wants. While a report is read, the section tree
follows the scrolling and the status bar says how far in the reading is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from gui.dock_room import Room
from gui.focus_order import put_tabs_after
from gui.placeholders import fill_placeholders

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.reader.reader_tab import ReaderTab


class CurrentTab(QObject):
    """Keeps ``window``'s panels on the tab shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.tabs.currentChanged.connect(self.changed)

    def changed(self, _index: int = -1) -> None:
        """Turn the panels, title and layout to the tab now shown."""
        window = self._window
        window.room.give(self.room_wanted())
        tab = window.current_reader()
        if (find_bar := window.reading.built_find_bar()) is not None:
            find_bar.set_view(tab.view if tab else None)
        put_tabs_after(window.section_tree, window.tabs)  # Tab: chapters, then the text
        window.section_tree.setModel(tab.section_model if tab else None)
        window.section_tree.expandToDepth(0)
        window.numbers_panel.set_model(tab.numbers_model if tab else None)
        if window.annotations_built():
            window.annotations_panel.set_report(tab.report_id if tab else None)
        window.menu_actions.follow_current_tab()
        window.position_label.clear()
        window.position_label.setToolTip("")
        if tab is not None:
            # Its position once its text is laid out (a tab just opened is not yet).
            QTimer.singleShot(0, self, self.show_position)
            window.library_panel.select_report(tab.report_id)
            window.section_tree.follow_offset(tab.current_offset())
            window.setWindowTitle(tab.title())
        elif (comparison := window.comparisons.current()) is not None:
            window.setWindowTitle(comparison.title())
        else:
            window.setWindowTitle("")

    def room_wanted(self) -> Room:
        """A comparison takes the whole window, another view (a scorecard) the report's panels'
        room; a report, or no tab, the reading layout."""
        window = self._window
        if window.comparisons.current() is not None:
            return Room.WHOLE
        if window.tabs.count() and window.current_reader() is None:
            return Room.VIEW
        return Room.READING

    def follow(self, tab: ReaderTab) -> None:
        """Follow the reading of ``tab``, a reader tab just opened, while it is shown."""
        tab.view.position_changed.connect(self._scrolled)

    def _scrolled(self, offset: int) -> None:
        tab = self._window.current_reader()
        if tab is None or self.sender() is not tab.view:
            return
        self._window.section_tree.follow_offset(offset)
        self._show(tab, offset)

    def show_position(self) -> None:
        """Say in the status bar how far into the report shown the reading is."""
        if (tab := self._window.current_reader()) is not None:
            self._show(tab, tab.current_offset())

    def _show(self, tab: ReaderTab, offset: int) -> None:
        """A comparison or a scorecard shows no position; a report its part and percentage."""
        report = tab.readable.report
        percent = min(100, round(100 * offset / max(1, len(report.text))))
        path = report.outline.path_at(offset)
        # The part read; an edition starting mid-part has areas before its first part.
        where = next((s.title for s in path if s.level == 1), "")
        label = self._window.position_label
        if where:
            label.setText(fill_placeholders(self.tr("%1 · %2% read"), where, percent))
        else:
            label.setText(self.tr("%1% read").replace("%1", str(percent)))
        label.setToolTip(" › ".join(s.title for s in path))

    def scroll_to(self, start: int, end: int) -> None:
        """Show ``[start, end)`` of the report shown (a section or a number was chosen)."""
        tab = self._window.current_reader()
        if tab is not None:
            tab.view.scroll_to_offset(start, end)
            tab.view.setFocus()
