"""The main window: library, section tree, tabbed reports and comparisons, numbers, search."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from core.model import ReportId
from gui.comparison_tabs import ComparisonTabs, is_comparison
from gui.core_messages import show_core_error
from gui.current_tab import CurrentTab
from gui.dock_room import DockRoom, Room
from gui.first_size import fit_to_screen
from gui.idle_warm_up import IdleWarmUp
from gui.importing.import_controller import ImportController, ImportProgress
from gui.importing.import_folder import ImportFolder
from gui.library.details_history import DetailsHistory
from gui.library_events import LibraryEvents
from gui.listed_library import ListedLibrary
from gui.narrow_window import NarrowWindow
from gui.new_reader_tab import add_reader_tab
from gui.reader.number_kinds import NumberHighlightState
from gui.reading_area import ReadingArea, is_reader
from gui.report_opener import ReportOpener
from gui.scorecard_tabs import ScorecardTabs
from gui.session import remember_window
from gui.window_actions import DEFAULT_POINT_SIZE, WindowActions
from gui.window_docks import build_docks, give_search_room
from gui.window_start import WindowStart
from gui.workers import LibraryWriter

if TYPE_CHECKING:
    from gui.lazy_panel import LazyPanel
    from gui.library.library_panel import LibraryPanel
    from gui.notes.annotations_panel import AnnotationsPanel
    from gui.numbers.numbers_panel import NumbersPanel
    from gui.reader.readable_report import ReadableReport
    from gui.reader.reader_tab import ReaderTab
    from gui.reader.section_tree import SectionTreeView
    from gui.search.find_bar import FindBar
    from gui.search.library_search import LibrarySearchPanel


FIRST_SIZE = QSize(1300, 850)  # the window's size until the user's own is restored


class MainWindow(QMainWindow):
    """The ReportLens window. Reads through ``store``; every write goes through ``writer``."""

    report_opened = Signal(int)  # ReportId, when its tab is first shown
    library_refreshed = Signal()
    first_start_done = Signal()

    # The docks and their panels, set by ``build_docks`` (gui/window_docks.py).
    library_panel: LibraryPanel
    library_dock: QDockWidget
    search_dock: QDockWidget
    lazy_search: LazyPanel[LibrarySearchPanel]
    section_tree: SectionTreeView
    sections_dock: QDockWidget
    numbers_panel: NumbersPanel
    numbers_dock: QDockWidget
    annotations_dock: QDockWidget
    lazy_annotations: LazyPanel[AnnotationsPanel]

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
        self._build_central()
        self._build_status_bar()
        self.listing = ListedLibrary(self)
        self.starting = WindowStart(self)
        self.opener = ReportOpener(self)
        self.scorecards = ScorecardTabs(self)
        self.importer = ImportController(writer, self, self.import_progress, ImportFolder(settings))
        self.comparisons = ComparisonTabs(self)
        self.room = DockRoom(self)
        self.library_events = LibraryEvents(self)
        self.details_history = DetailsHistory(self)
        build_docks(self)
        self.narrow = NarrowWindow(self)
        self.warm_up = IdleWarmUp(self)
        self.current_tab = CurrentTab(self)
        self.menu_actions = WindowActions(self)
        self.menu_actions.fill_menus_and_toolbar()

    # Building ------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.reading = ReadingArea(self)
        self.tabs = self.reading.tabs
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.reading)

    def docks(self) -> tuple[QDockWidget, ...]:
        """The window's docks, in the order the View menu lists them."""
        return (
            self.library_dock,
            self.search_dock,
            self.sections_dock,
            self.numbers_dock,
            self.annotations_dock,
        )

    def annotations_built(self) -> bool:
        """Whether the annotations panel exists yet (it is built after the first paint)."""
        return self.lazy_annotations.is_built()

    @property
    def search_panel(self) -> LibrarySearchPanel:
        """The library search panel (built now if it was not yet)."""
        return self.lazy_search.panel()

    @property
    def annotations_panel(self) -> AnnotationsPanel:
        """The annotations panel (built now if it was not yet)."""
        return self.lazy_annotations.panel()

    @property
    def find_bar(self) -> FindBar:
        """The find bar below the reading area (built now if it was not yet)."""
        return self.reading.find_bar

    def _build_status_bar(self) -> None:
        self.library_count = QLabel(self)
        self.library_count.setObjectName("libraryCount")
        self.library_count.hide()
        self.statusBar().addWidget(self.library_count)
        self.import_progress = ImportProgress(self)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("positionLabel")
        self.statusBar().addPermanentWidget(self.position_label)

    # Library -------------------------------------------------------------------------------

    def list_first_reports(self) -> None:
        """Before the first paint: list what the first frame shows of the library (in part,
        when it is large: ``ListedLibrary.list_first``)."""
        self.listing.list_first()

    def refresh_library(self) -> None:
        """Re-read the library list; close tabs of removed reports, retitle the others."""
        self.listing.refresh()

    def start(self, first_start_opens: bool = True) -> None:
        """After the first paint: fill a new library in the background, or restore tabs
        (``WindowStart.start``)."""
        self.starting.start(first_start_opens)

    def add_samples(self) -> None:
        """Add the bundled sample reports (Help menu); those in the library stay as they are."""
        self.starting.add_samples()

    def warm_up_when_idle(self) -> None:
        """Start the warm-up (once): what the first paint did without, built while idle
        (``IdleWarmUp``)."""
        self.warm_up.start()

    def annotations_changed(self) -> None:
        """An annotation changed: the annotations panel lists anew, if it is built."""
        if self.annotations_built():
            self.annotations_panel.refresh()

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
                tab = add_reader_tab(self, report_id, readable)
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

    # Search, zoom ----------------------------------------------------------------------

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
        give_search_room(self)
        self.search_panel.focus_search()

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
        self.scorecards.open(region)

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
        self.narrow.give_back()  # nor the narrow window's
        remember_window(self)
        self._closed = True  # the store may close now: late signals from the writer are ignored
        self.opener.stop()
        self.comparisons.stop_all()
        if self.lazy_annotations.is_built():
            self.annotations_panel.stop()
        self.writer.shutdown()
        super().closeEvent(event)
