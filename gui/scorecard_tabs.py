"""The window's scorecards: a region's targets against its results over the years, opened as
a tab, for the region named or the one of the report read or selected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from core.model import ReportId

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class ScorecardTabs(QObject):
    """Opens scorecards as tabs of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def open(self, region: str) -> None:
        """Show the scorecard of ``region`` (targets against results over the years)."""
        window = self._window
        index = window.tab_index(f"scorecard:{region}")
        if index >= 0:
            window.tabs.setCurrentIndex(index)
            return
        from gui.scorecard.scorecard_view import ScorecardView

        view = ScorecardView.for_region(window.store, region, window)
        view.passage_requested.connect(lambda rid, s, e: window.show_report(ReportId(rid), s, e))
        window.add_view_tab(view, self.tr("Scorecard: %1").replace("%1", region))

    def current_region(self) -> str | None:
        """The region of the report read, else of the report selected in the library."""
        window = self._window
        tab = window.current_reader()
        report_id = tab.report_id if tab is not None else None
        if report_id is None and (selected := window.library_panel.selected_reports()):
            report_id = selected[0]
        panel = window.library_panel
        summary = panel.model.summary(report_id) if report_id is not None else None
        return summary.meta.region if summary is not None else None

    def open_current(self) -> None:
        """Show the scorecard of the region read or selected (View menu); say so if none."""
        region = self.current_region()
        if region:
            self.open(region)
        else:
            self._window.statusBar().showMessage(
                self.tr("Open or select a report of a region to see its scorecard"), 5000
            )
