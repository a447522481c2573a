"""The library as the window lists it: in part before the first paint, whole after it and
after each change; tabs of reports gone closed, the others retitled; the count said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from core.library_listing import first_reports
from gui.comparison_tabs import is_comparison
from gui.library.library_model import CHUNK_REPORTS
from gui.reading_area import is_reader

if TYPE_CHECKING:
    from core.store import ReportSummary
    from gui.main_window import MainWindow


class ListedLibrary(QObject):
    """Lists ``window``'s library in its library panel and keeps its tabs to it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.whole = False  # listed whole (not in part, nor not at all)

    def list_first(self) -> None:
        """Before the first paint: list what the first frame shows of the library.

        A large library is listed in part (its first regions; the others are counted, so the
        groups stay closed), and the window's ``start`` lists it whole just after the first
        paint.
        """
        window = self._window
        summaries, later_regions = first_reports(window.store, CHUNK_REPORTS)
        if later_regions:
            window.library_panel.set_reports(summaries, later_regions)
        else:
            self._show(summaries)

    def refresh(self) -> None:
        """Re-read the library list; close tabs of removed reports, retitle the others."""
        if not self._window.is_closed():
            self._show(self._window.store.list_reports())

    def _show(self, summaries: list[ReportSummary]) -> None:
        window = self._window
        window.library_panel.set_reports(summaries)
        self.whole = True
        present = {int(s.id): s for s in summaries}
        tabs = window.tabs
        for index in reversed(range(tabs.count())):
            tab = tabs.widget(index)
            if is_reader(tab):
                summary = present.get(int(tab.report_id))
                if summary is None:
                    window.close_tab(index)
                else:
                    tabs.setTabText(index, summary.meta.title)
            elif is_comparison(tab):
                ids = [r.report_id for r in (tab.left_report(), tab.right_report())]
                if any(rid is not None and int(rid) not in present for rid in ids):
                    window.close_tab(index)
        window.reading.set_library_empty(not summaries)
        self._say_count(len(summaries))
        window.library_refreshed.emit()

    def _say_count(self, count: int) -> None:
        """Say how many reports the library holds; while it holds none, the status bar keeps
        saying so (between other messages)."""
        if count == 0:
            listed = self.tr("0 reports in the library", "the library is empty")
        elif count == 1:
            listed = self.tr("1 report in the library")
        else:
            listed = self.tr("%1 reports in the library").replace("%1", str(count))
        window = self._window
        window.library_count.setText(listed)
        window.library_count.setVisible(count == 0)  # before the message, which hides it meanwhile
        window.statusBar().showMessage(listed, 4000)
