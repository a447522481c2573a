"""Open tabs of reports read again: loaded again in place, a report at the same passage.

A library read by an earlier version is read again in the writer thread after the last
session's tabs have reopened; a tab opened on the old reading would show its old outline and
paragraphs (a comparison, its old pairing) until closed. Each such tab is built again on the
new reading where it stood in the tab bar, a report scrolled to the passage it showed, and the
tab that was shown stays shown.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from core.model import ReportId

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def reload_reread_tabs(window: MainWindow, report_ids: Collection[ReportId]) -> None:
    """Load again the open reader tabs of ``report_ids``, each at its place and passage."""
    if window.is_closed():
        return
    wanted = {int(report_id) for report_id in report_ids}
    current = window.tabs.currentWidget()
    current_key = current.tab_key() if current is not None and hasattr(current, "tab_key") else ""
    for old in window.reader_tabs():
        if int(old.report_id) not in wanted:
            continue
        report_id, index, offset = old.report_id, window.tabs.indexOf(old), old.current_offset()
        window.close_tab(index)
        tab = window.open_report(report_id)
        if tab is None:  # removed meanwhile: the library's refresh says so
            continue
        window.tabs.tabBar().moveTab(window.tabs.indexOf(tab), index)
        if offset:
            QTimer.singleShot(0, tab, lambda t=tab, o=offset: t.view.scroll_to_offset(o))
    for view in window.comparisons.views():
        ids = view.report_ids()
        if ids is None or not wanted & {int(report_id) for report_id in ids}:
            continue
        index = window.tabs.indexOf(view)
        window.close_tab(index)
        again = window.comparisons.open(*ids)
        if again is not None:
            window.tabs.tabBar().moveTab(window.tabs.indexOf(again), index)
    shown = window.tab_index(current_key)
    if shown >= 0:
        window.tabs.setCurrentIndex(shown)
