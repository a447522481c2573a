"""Open tabs of reports changed under them, loaded again in place: a reader at the same passage.

Two things change a report while tabs show it. A library read by an earlier version is read
again in the writer thread after the last session's tabs have reopened: a tab opened on the old
reading would show its old outline and paragraphs (a comparison, its old pairing) until closed.
And a corrected edition replaces a report: the old one is gone from the library, and its tabs
would close; when the edition was already in the library, its own tabs show it with the old
report's title and annotations. Each such tab is built again on the report as it now is, where
it stood in the tab bar: a reader scrolled to the passage it showed (found again in a changed
text, see ``core.reading_place``), a comparison compared again. The tab that was shown stays
shown.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from core.model import ReportId
from core.reading_place import place_in_edition

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def reload_reread_tabs(window: MainWindow, report_ids: Collection[ReportId]) -> None:
    """Load again the open tabs of ``report_ids``, read again, each at its place and passage."""
    reload_tabs(window, {report_id: report_id for report_id in report_ids})


def reload_tabs(window: MainWindow, reports: Mapping[ReportId, ReportId]) -> None:
    """Load the open reader tabs and comparisons of each report in ``reports`` again on the
    report it maps to (itself when read again, its new edition when replaced), each where it
    stood in the tab bar, a reader at the passage it showed.

    Two reports may map to one (an edition that was already in the library takes the old
    one's place): their readers become one, where the first stood, at the passage of the one
    shown (else of the first); a comparison of the two with each other closes.
    """
    if window.is_closed():
        return
    wanted = {int(old): new for old, new in reports.items()}
    current = window.tabs.currentWidget()
    shown: QWidget | None = current
    readers = [tab for tab in window.reader_tabs() if int(tab.report_id) in wanted]
    for new_id in dict.fromkeys(wanted[int(tab.report_id)] for tab in readers):
        group = [tab for tab in readers if wanted[int(tab.report_id)] == new_id]
        lead = next((tab for tab in group if tab is current), group[0])
        index = min(window.tabs.indexOf(tab) for tab in group)
        offset, before = lead.current_offset(), lead.readable.report
        for old in group:
            window.close_tab(window.tabs.indexOf(old))
        tab = window.open_report(new_id)
        if lead is current:
            shown = tab
        if tab is None:  # removed meanwhile: the library's refresh says so
            continue
        window.tabs.tabBar().moveTab(window.tabs.indexOf(tab), index)
        after = tab.readable.report
        place = place_in_edition(before.text, before.outline, offset, after.text, after.outline)
        if place:
            QTimer.singleShot(0, tab, lambda t=tab, o=place: t.view.scroll_to_offset(o))
    for view in window.comparisons.views():
        ids = view.report_ids()
        index = window.tabs.indexOf(view)
        if ids is None or index < 0 or not {int(report_id) for report_id in ids} & wanted.keys():
            continue
        window.close_tab(index)
        left, right = (wanted.get(int(report_id), report_id) for report_id in ids)
        if left == right:  # one report now: nothing left to compare
            continue
        again = window.comparisons.open(left, right)
        if view is current:
            shown = again
        if again is not None:
            window.tabs.tabBar().moveTab(window.tabs.indexOf(again), index)
    if shown is not None and window.tabs.indexOf(shown) >= 0:
        window.tabs.setCurrentWidget(shown)
