"""The main window's docks: the library and its search, the section tree, the numbers and the
annotations, built and wired to the window, with the room each takes at first.

``build_docks`` sets them on the window as Qt Designer's ``setupUi`` sets its widgets, so the
rest of the app reaches them as the window's own (``window.library_panel``,
``window.numbers_dock``…). The search and annotations panels, behind other docks at start, are
built after the first paint (``LazyPanel``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from core.model import ReportId
from gui.dock_tabs import WholeDockTabs
from gui.lazy_panel import LazyPanel
from gui.library.library_panel import LibraryPanel
from gui.numbers.numbers_panel import NumbersPanel
from gui.reader.section_tree import SectionTreeView

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.notes.annotations_panel import AnnotationsPanel
    from gui.search.library_search import LibrarySearchPanel

LEFT_DOCK_WIDTH = 300  # the library's and sections' column at first
RIGHT_DOCK_WIDTH = 420  # the numbers' and annotations' column at first
LIBRARY_HEIGHT, SECTIONS_HEIGHT = 300, 450  # the left column's share at first
SEARCH_SHARE = 2 / 3
"""The share of the left column the library search takes when opened."""


def build_docks(window: MainWindow) -> None:
    """Build the window's docks and panels, wire them to the window and size them."""
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    right = Qt.DockWidgetArea.RightDockWidgetArea
    window.library_panel = library = LibraryPanel(window, window.importer.folder)
    library.open_requested.connect(lambda rid: window.show_report(ReportId(rid)))
    library.edit_requested.connect(
        lambda rid, meta: window.details_history.edit(ReportId(rid), meta)
    )
    library.remove_requested.connect(window.library_events.remove_report)
    library.replace_requested.connect(
        lambda rid, path: window.writer.replace_edition(ReportId(rid), Path(path))
    )
    library.scorecard_requested.connect(window.open_scorecard)
    library.empty_state.import_requested.connect(window.importer.choose_and_import)
    library.empty_state.samples_requested.connect(window.add_samples)
    library.compare_requested.connect(
        lambda left_id, right_id: window.comparisons.open(ReportId(left_id), ReportId(right_id))
    )
    library.pair_selected.connect(window.comparisons.prepare)
    library.pair_likely.connect(window.comparisons.prepare)
    window.library_dock = _dock(
        window, "libraryDock", QCoreApplication.translate("MainWindow", "Library"), library, left
    )
    window.search_dock = _dock(
        window,
        "searchDock",
        QCoreApplication.translate("MainWindow", "Search"),
        QWidget(window),
        left,
    )
    window.lazy_search = LazyPanel(window.search_dock, lambda: _search_panel(window))
    window.tabifyDockWidget(window.library_dock, window.search_dock)
    window.library_dock.raise_()
    window.section_tree = SectionTreeView(window)
    window.section_tree.section_activated.connect(window.scroll_current_to)
    window.sections_dock = _dock(
        window,
        "sectionsDock",
        QCoreApplication.translate("MainWindow", "Sections"),
        window.section_tree,
        left,
    )
    window.numbers_panel = NumbersPanel(window, window.settings)
    window.numbers_panel.passage_requested.connect(window.scroll_current_to)
    window.numbers_dock = _dock(
        window,
        "numbersDock",
        QCoreApplication.translate("MainWindow", "Numbers"),
        window.numbers_panel,
        right,
    )
    window.annotations_dock = _dock(
        window,
        "annotationsDock",
        QCoreApplication.translate("MainWindow", "Annotations"),
        QWidget(window),
        right,
    )
    window.lazy_annotations = LazyPanel(window.annotations_dock, lambda: _annotations_panel(window))
    window.tabifyDockWidget(window.numbers_dock, window.annotations_dock)
    window.numbers_dock.raise_()
    WholeDockTabs(window)  # the window owns it: "Library" and "Search" whole at 800×600
    window.resizeDocks(
        [window.library_dock, window.numbers_dock],
        [LEFT_DOCK_WIDTH, RIGHT_DOCK_WIDTH],
        Qt.Orientation.Horizontal,
    )
    window.resizeDocks(
        [window.library_dock, window.sections_dock],
        [LIBRARY_HEIGHT, SECTIONS_HEIGHT],
        Qt.Orientation.Vertical,
    )


def _dock(
    window: MainWindow, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def _search_panel(window: MainWindow) -> LibrarySearchPanel:
    from gui.search.library_search import LibrarySearchPanel

    panel = LibrarySearchPanel(window.store, window)
    panel.result_activated.connect(
        lambda rid, start, end: window.show_report(ReportId(rid), start, end)
    )
    panel.reader_hits.follow(window.report_opened, window.reader_tabs)
    return panel


def _annotations_panel(window: MainWindow) -> AnnotationsPanel:
    from gui.notes.annotations_panel import AnnotationsPanel

    panel = AnnotationsPanel(window.store, window, window.undo_stack)
    panel.passage_requested.connect(
        lambda rid, start, end: window.show_report(ReportId(rid), start, end)
    )
    panel.export_button.clicked.connect(window.menu_actions.export_annotations.trigger)
    tab = window.current_reader()
    panel.set_report(tab.report_id if tab else None)
    return panel


def give_search_room(window: MainWindow) -> None:
    """Let the library search's hits take most of the left column: the section tree below it
    keeps a third (the user's own larger share for the search stays as it is)."""
    search, sections = window.search_dock, window.sections_dock
    if search.isFloating() or sections.isFloating() or not sections.isVisible():
        return
    if window.dockWidgetArea(search) != window.dockWidgetArea(sections):
        return
    # A tab just raised may not be laid out yet: its group's height is the one shown.
    top = max(dock.height() for dock in (search, *window.tabifiedDockWidgets(search)))
    column = top + sections.height()
    wanted = round(column * SEARCH_SHARE)
    if top < wanted:
        window.resizeDocks([search, sections], [wanted, column - wanted], Qt.Orientation.Vertical)
