"""The main window: library, section tree, tabbed reports and comparisons, numbers, search."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from core.library_listing import first_reports
from core.model import ReportId
from gui.comparison_tabs import ComparisonTabs, is_comparison
from gui.core_messages import show_core_error
from gui.current_tab import CurrentTab
from gui.dock_room import DockRoom, Room
from gui.first_size import fit_to_screen
from gui.importing.import_controller import ImportController, ImportProgress
from gui.lazy_panel import LazyPanel
from gui.library.library_model import CHUNK_REPORTS
from gui.library.library_panel import LibraryPanel
from gui.library_events import LibraryEvents
from gui.numbers.numbers_panel import NumbersPanel
from gui.reader.number_kinds import NumberHighlightState
from gui.reader.section_tree import SectionTreeView
from gui.reading_area import ReadingArea, is_reader
from gui.report_opener import ReportOpener
from gui.session import remember_window, reopen_tabs
from gui.window_actions import DEFAULT_POINT_SIZE, WindowActions
from gui.workers import LibraryWriter

if TYPE_CHECKING:
    from core.store import ReportSummary
    from gui.notes.annotations_panel import AnnotationsPanel
    from gui.reader.readable_report import ReadableReport
    from gui.reader.reader_tab import ReaderTab
    from gui.search.find_bar import FindBar
    from gui.search.library_search import LibrarySearchPanel


# The share of the left column the library search takes when opened.
SEARCH_SHARE = 2 / 3
FIRST_SIZE = QSize(1300, 850)  # the window's size until the user's own is restored
LEFT_DOCK_WIDTH = 300  # the library's and sections' column at first
RIGHT_DOCK_WIDTH = 420  # the numbers' and annotations' column at first


class MainWindow(QMainWindow):
    """The ReportLens window. Reads through ``store``; every write goes through ``writer``."""

    report_opened = Signal(int)  # ReportId, when its tab is first shown
    library_refreshed = Signal()
    first_start_done = Signal()

    def __init__(self, store: Any, writer: LibraryWriter, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        # Qt adds the application's display name (ReportLens 政报对读) to every title.
        self.setWindowTitle("")
        self.setAcceptDrops(True)
        fit_to_screen(self, FIRST_SIZE)
        self.store = store
        self.writer = writer
        self.settings = settings
        self.highlights = NumberHighlightState(self)
        self.undo_stack = QUndoStack(self)
        self.point_size = float(settings.value("reader/point_size", DEFAULT_POINT_SIZE))
        self._closed = False
        self._start_pending = False
        self._warming_up = False
        self._library_listed = False
        self._build_central()
        self._build_status_bar()
        self.opener = ReportOpener(self)
        self.importer = ImportController(writer, self, self.import_progress)
        self.comparisons = ComparisonTabs(self)
        self.room = DockRoom(self)
        self.library_events = LibraryEvents(self)
        self._build_docks()
        self.current_tab = CurrentTab(self)
        self.menu_actions = WindowActions(self)
        self.menu_actions.fill_menus_and_toolbar()

    # Building ------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.reading = ReadingArea(self)
        self.tabs = self.reading.tabs
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.reading)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.library_panel = LibraryPanel(self)
        self.library_panel.open_requested.connect(lambda rid: self.show_report(ReportId(rid)))
        self.library_panel.edit_requested.connect(
            lambda rid, meta: self.writer.update_meta(ReportId(rid), meta)
        )
        self.library_panel.remove_requested.connect(self.library_events.remove_report)
        self.library_panel.replace_requested.connect(
            lambda rid, path: self.writer.replace_edition(ReportId(rid), Path(path))
        )
        self.library_panel.scorecard_requested.connect(self.open_scorecard)
        self.library_panel.compare_requested.connect(
            lambda left, right: self.comparisons.open(ReportId(left), ReportId(right))
        )
        self.library_panel.pair_selected.connect(self.comparisons.prepare)
        self.library_panel.pair_likely.connect(self.comparisons.prepare)
        self.library_dock = self._dock("libraryDock", self.tr("Library"), self.library_panel, left)
        self.search_dock = self._dock("searchDock", self.tr("Search"), QWidget(self), left)
        self._search = LazyPanel(self.search_dock, self._make_search_panel)
        self.tabifyDockWidget(self.library_dock, self.search_dock)
        self.library_dock.raise_()
        self.section_tree = SectionTreeView(self)
        self.section_tree.section_activated.connect(self.scroll_current_to)
        self.sections_dock = self._dock(
            "sectionsDock", self.tr("Sections"), self.section_tree, left
        )
        self.numbers_panel = NumbersPanel(self)
        self.numbers_panel.passage_requested.connect(self.scroll_current_to)
        self.numbers_dock = self._dock(
            "numbersDock",
            self.tr("Numbers"),
            self.numbers_panel,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.annotations_dock = self._dock(
            "annotationsDock",
            self.tr("Annotations"),
            QWidget(self),
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self._annotations = LazyPanel(self.annotations_dock, self._make_annotations_panel)
        self.tabifyDockWidget(self.numbers_dock, self.annotations_dock)
        self.numbers_dock.raise_()
        self.resizeDocks(
            [self.library_dock, self.numbers_dock],
            [LEFT_DOCK_WIDTH, RIGHT_DOCK_WIDTH],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks(
            [self.library_dock, self.sections_dock], [300, 450], Qt.Orientation.Vertical
        )

    def docks(self) -> tuple[QDockWidget, ...]:
        """The window's docks, in the order the View menu lists them."""
        return (
            self.library_dock,
            self.search_dock,
            self.sections_dock,
            self.numbers_dock,
            self.annotations_dock,
        )

    # The panels behind other docks, and the find bar, are built after the first paint.

    def _make_search_panel(self) -> LibrarySearchPanel:
        from gui.search.library_search import LibrarySearchPanel

        panel = LibrarySearchPanel(self.store, self)
        panel.result_activated.connect(
            lambda rid, start, end: self.show_report(ReportId(rid), start, end)
        )
        return panel

    def _make_annotations_panel(self) -> AnnotationsPanel:
        from gui.notes.annotations_panel import AnnotationsPanel

        panel = AnnotationsPanel(self.store, self)
        panel.passage_requested.connect(
            lambda rid, start, end: self.show_report(ReportId(rid), start, end)
        )
        panel.edit_requested.connect(self._edit_annotation)
        panel.export_button.clicked.connect(self.menu_actions.export_annotations.trigger)
        tab = self.current_reader()
        panel.set_report(tab.report_id if tab else None)
        return panel

    def annotations_built(self) -> bool:
        """Whether the annotations panel exists yet (it is built after the first paint)."""
        return self._annotations.is_built()

    @property
    def search_panel(self) -> LibrarySearchPanel:
        """The library search panel (built now if it was not yet)."""
        return self._search.panel()

    @property
    def annotations_panel(self) -> AnnotationsPanel:
        """The annotations panel (built now if it was not yet)."""
        return self._annotations.panel()

    @property
    def find_bar(self) -> FindBar:
        """The find bar below the reading area (built now if it was not yet)."""
        return self.reading.find_bar

    def _build_status_bar(self) -> None:
        self.import_progress = ImportProgress(self)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("positionLabel")
        self.statusBar().addPermanentWidget(self.position_label)

    # Library -------------------------------------------------------------------------------

    def list_first_reports(self) -> None:
        """Before the first paint: list what the first frame shows of the library.

        A large library is listed in part (its first regions; the others are counted, so the
        groups stay closed), and ``start`` lists it whole just after the first paint.
        """
        summaries, later_regions = first_reports(self.store, CHUNK_REPORTS)
        if later_regions:
            self.library_panel.set_reports(summaries, later_regions)
        else:
            self._show_library(summaries)

    def refresh_library(self) -> None:
        """Re-read the library list; close tabs of removed reports, retitle the others."""
        if not self._closed:
            self._show_library(self.store.list_reports())

    def _show_library(self, summaries: list[ReportSummary]) -> None:
        self.library_panel.set_reports(summaries)
        self._library_listed = True
        present = {int(s.id): s for s in summaries}
        for index in reversed(range(self.tabs.count())):
            tab = self.tabs.widget(index)
            if is_reader(tab):
                summary = present.get(int(tab.report_id))
                if summary is None:
                    self.close_tab(index)
                else:
                    self.tabs.setTabText(index, summary.meta.title)
            elif is_comparison(tab):
                ids = [r.report_id for r in (tab.left_report(), tab.right_report())]
                if any(rid is not None and int(rid) not in present for rid in ids):
                    self.close_tab(index)
        self.statusBar().showMessage(
            self.tr("%1 reports in the library").replace("%1", str(len(summaries))), 4000
        )
        self.library_refreshed.emit()

    def start(self, first_start_opens: bool = True) -> None:
        """After the first paint: fill a new library in the background, or restore tabs.

        A library that held reports once and was emptied by the user stays empty.

        A comparison asked for on the command line (``compare_at_start``) opens last, as the
        current tab.
        """
        if not self._library_listed:  # listed in part (or not at all) before the first paint
            self.refresh_library()
        if not self.store.ever_held_reports():
            self.library_events.filling_samples = (
                first_start_opens and not self.comparisons.has_pending()
            )
            self.statusBar().showMessage(self.tr("Preparing the sample library…"))
            self.import_progress.label.setText(self.tr("Preparing the sample library…"))
            self.import_progress.cancel_button.hide()
            self.import_progress.show()
            # The warm-up waits for the samples (LibraryEvents starts it): meanwhile it would
            # take the interpreter from the import.
            self.writer.import_samples()
            self.comparisons.open_pending()
            return
        self.library_panel.tree.setFocus()  # the keyboard works at once (a reopened tab takes it)
        reopen_tabs(self)
        self.comparisons.open_pending()
        self.writer.prepare()  # the day's backup, in the writer thread
        self.warm_up_when_idle()

    def add_samples(self) -> None:
        """Add the bundled sample reports (Help menu); those in the library stay as they are."""
        self.import_progress.label.setText(self.tr("Adding the sample reports…"))
        self.import_progress.cancel_button.hide()
        self.import_progress.show()
        self.writer.import_samples(only_if_new=False)

    def warm_up_when_idle(self) -> None:
        """Start the warm-up (once): what the first paint did without, built while idle."""
        if not self._warming_up:
            self._warming_up = True
            QTimer.singleShot(0, self, self._warm_up)

    def _warm_up(self, step: int = 0) -> None:
        """Build what the first paint did without, a step per turn of the event loop, while the
        user looks at the window: the hidden panels, the find bar, the reader's modules and the
        reading font's characters (so the first report opens quickly)."""
        if self._closed:
            return
        if step == 0:
            self._search.panel()
        elif step == 1:
            self._annotations.panel()
        elif step == 2:
            self.find_bar  # noqa: B018 (built by the property)
        elif step == 3:
            import gui.notes.reader_annotations
            import gui.reader.readable_report
            import gui.reader.reader_tab  # noqa: F401
        elif step == 4:
            from gui.reader.reader_view import warm_up

            warm_up()
        else:
            self._measure_font()
            return
        QTimer.singleShot(0, self, lambda: self._warm_up(step + 1))

    def _measure_font(self, index: int = 0) -> None:
        """Lay out the characters reports are written with in the reading font, a slice per
        turn of the event loop (gui/reader/font_warmup.py)."""
        from gui.reader.font_warmup import measure_slice

        if not self._closed and measure_slice(self.reading_font(), index):
            QTimer.singleShot(0, self, lambda: self._measure_font(index + 1))

    def _annotations_changed(self) -> None:
        if self.annotations_built():
            self.annotations_panel.refresh()

    def _edit_annotation(self, annotation_id: int) -> None:
        tab = self.current_reader()
        if tab is not None and any(a.id == annotation_id for a in tab.notes.annotations):
            tab.notes.edit(annotation_id)

    def show_error(self, message: str) -> None:
        """Tell the user what went wrong, in a message box."""
        show_core_error(self, message)

    def is_closed(self) -> bool:
        """Whether the window was closed (the library may be closed too: nothing is read)."""
        return self._closed

    # Tabs ----------------------------------------------------------------------------------

    def reader_tabs(self) -> list[ReaderTab]:
        """The open reader tabs, in tab order."""
        return self.reading.reader_tabs()

    def current_reader(self) -> ReaderTab | None:
        """The reader tab shown, if the current tab is one."""
        return self.reading.current_reader()

    def tab_index(self, key: str) -> int:
        """Index of the open tab with ``key`` (-1 when not open)."""
        return self.reading.tab_index(key)

    def add_view_tab(self, widget: QWidget, title: str) -> int:
        """Show another kind of view (scorecard, comparison…) as a tab; it needs ``tab_key()``."""
        return self.reading.add_view_tab(widget, title)

    def open_report(
        self,
        report_id: ReportId,
        start: int | None = None,
        end: int | None = None,
        *,
        readable: ReadableReport | None = None,
    ) -> ReaderTab | None:
        """Show a report in a tab (opened if needed), optionally at the span ``[start, end)``.

        A large report is announced while it opens (``show_report`` reads it in the
        background first). ``readable`` is the report already read, if it was.
        """
        index = self.tab_index(f"report:{int(report_id)}")
        if index < 0:
            with self.opener.announcing(report_id):
                tab = self._new_reader_tab(report_id, readable)
            if tab is None:
                return None
            index = self.tabs.indexOf(tab)
        else:
            self.tabs.setCurrentIndex(index)
        tab = self.tabs.widget(index)
        assert is_reader(tab)
        if start is not None:
            QTimer.singleShot(0, tab, lambda: tab.view.show_passage(start, end or start))
        return tab

    def show_report(
        self, report_id: ReportId, start: int | None = None, end: int | None = None
    ) -> None:
        """Show a report the user asked for, as ``open_report`` does; a large one is read in
        the background first, the window saying so and responsive meanwhile."""
        self.opener.show_report(report_id, start, end)

    def _new_reader_tab(
        self, report_id: ReportId, readable: ReadableReport | None
    ) -> ReaderTab | None:
        """A reader tab for ``report_id``, added and shown; None (and said) if it cannot be read."""
        from core.errors import ReportLensError
        from gui.notes.reader_annotations import ReaderAnnotations
        from gui.reader.readable_report import load_readable
        from gui.reader.reader_tab import ReaderTab

        if readable is None:
            try:
                readable = load_readable(self.store, report_id)
            except ReportLensError as error:
                self.show_error(str(error))
                return None
        tab = ReaderTab(readable, self.highlights, self.reading_font())
        tab.view.zoom_requested.connect(self.zoom_by)
        self.current_tab.follow(tab)
        tab.notes = ReaderAnnotations(tab.view, report_id, self.store, self.undo_stack)
        tab.notes.changed.connect(self._annotations_changed)
        self.add_view_tab(tab, tab.title())
        self.report_opened.emit(int(report_id))
        return tab

    def close_tab(self, index: int) -> None:
        """Close the tab at ``index``."""
        if 0 <= index < self.tabs.count():
            widget = self.tabs.widget(index)
            if is_reader(widget) or is_comparison(widget):
                self.undo_stack.clear()  # its commands refer to the tab's views
            if is_comparison(widget):
                widget.stop()  # a comparison still running is ignored when it ends
            self.tabs.removeTab(index)
            widget.deleteLater()

    def scroll_current_to(self, start: int, end: int) -> None:
        """Show ``[start, end)`` of the report shown (a section or a number was chosen)."""
        self.current_tab.scroll_to(start, end)

    # Search, zoom, language ----------------------------------------------------------------

    def open_find_bar(self) -> None:
        """Show the find bar for the current report."""
        tab = self.current_reader()
        if tab is not None:
            self.find_bar.set_view(tab.view)
            self.find_bar.open_bar()
        else:
            self.statusBar().showMessage(
                self.tr("Open a report to find in it (Ctrl+Shift+F searches the library)"), 5000
            )

    def open_library_search(self) -> None:
        """Show the library search and put the cursor in it."""
        self.search_dock.show()
        self.search_dock.raise_()
        self._give_search_room()
        self.search_panel.focus_search()

    def _give_search_room(self) -> None:
        """Let the hits take most of the left column: the section tree below it keeps a third
        (the user's own larger share for the search stays as it is)."""
        search, sections = self.search_dock, self.sections_dock
        if search.isFloating() or sections.isFloating() or not sections.isVisible():
            return
        if self.dockWidgetArea(search) != self.dockWidgetArea(sections):
            return
        # A tab just raised may not be laid out yet: its group's height is the one shown.
        top = max(dock.height() for dock in (search, *self.tabifiedDockWidgets(search)))
        column = top + sections.height()
        wanted = round(column * SEARCH_SHARE)
        if top < wanted:
            self.resizeDocks([search, sections], [wanted, column - wanted], Qt.Orientation.Vertical)

    def reading_font(self) -> Any:
        """The font reports are read in, at the chosen size."""
        font = self.font()
        font.setPointSizeF(self.point_size)
        return font

    def set_point_size(self, size: float) -> None:
        """Set the reading font size of every reader and comparison tab (remembered)."""
        from gui.reader.reader_view import MAX_POINT_SIZE, MIN_POINT_SIZE

        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))
        for tab in self.reader_tabs():
            tab.view.set_point_size(size)
        for view in self.comparisons.views():
            view.set_point_size(size)
        self.point_size = size
        self.settings.setValue("reader/point_size", self.point_size)
        self.statusBar().showMessage(
            self.tr("Text size: %1 pt").replace("%1", f"{self.point_size:g}"), 2000
        )

    def zoom_by(self, steps: int) -> None:
        """Make the text bigger or smaller."""
        self.set_point_size(self.point_size + steps)

    # Scorecard -----------------------------------------------------------------------------

    def open_scorecard(self, region: str) -> None:
        """Show the scorecard of ``region`` (targets against results over the years)."""
        index = self.tab_index(f"scorecard:{region}")
        if index >= 0:
            self.tabs.setCurrentIndex(index)
            return
        from gui.scorecard.scorecard_view import ScorecardView

        view = ScorecardView.for_region(self.store, region, self)
        view.passage_requested.connect(lambda rid, s, e: self.show_report(ReportId(rid), s, e))
        self.add_view_tab(view, self.tr("Scorecard: %1").replace("%1", region))

    def current_region(self) -> str | None:
        """The region of the report read, else of the report selected in the library."""
        tab = self.current_reader()
        report_id = tab.report_id if tab is not None else None
        if report_id is None and (selected := self.library_panel.selected_reports()):
            report_id = selected[0]
        summary = self.library_panel.model.summary(report_id) if report_id is not None else None
        return summary.meta.region if summary is not None else None

    def open_current_scorecard(self) -> None:
        """Show the scorecard of the region read or selected (View menu); say so if none."""
        region = self.current_region()
        if region:
            self.open_scorecard(region)
        else:
            self.statusBar().showMessage(
                self.tr("Open or select a report of a region to see its scorecard"), 5000
            )

    # Drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files and folders dragged from the desktop."""
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import what was dropped."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.start(paths)

    # Session -------------------------------------------------------------------------------

    def start_after_first_paint(self) -> None:
        """Call ``start`` once the window has painted, so the user sees it at once."""
        self._start_pending = True

    def event(self, event: QEvent) -> bool:
        """Notice the first paint (to start the slower work after it)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self._start_pending:
            self._start_pending = False
            QTimer.singleShot(0, self, self.start)
        return handled

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout and the open tabs; stop the writer thread."""
        self.room.give(Room.READING)  # the layout the user chose, not a view's
        remember_window(self)
        self._closed = True  # the store may close now: late signals from the writer are ignored
        self.opener.stop()
        self.comparisons.stop_all()
        if self._annotations.is_built():
            self.annotations_panel.stop()
        self.writer.shutdown()
        super().closeEvent(event)
