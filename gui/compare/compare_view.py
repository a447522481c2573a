"""The side-by-side compare view: two linked panes, the link strip, the overview and the panels.

The view computes nothing about the texts: the engine's comparison arrives from a background
job, the documents are marked from its records once, and the geometry beside the text (bands,
linked-scroll anchors) is measured once per layout.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QToolBar, QWidget

from core.compare.comparison_cache import ComparisonCache
from core.compare.override_reach import unapplied_overrides
from core.compare.records import CompareSettings, Comparison, PairOverride, SectionPath
from core.compare.summary import count_kinds
from core.library import LoadedReport
from core.model import ReportId
from gui.compare.compare_actions import CompareActions
from gui.compare.compare_annotations import CompareAnnotations
from gui.compare.compare_export import CompareExport
from gui.compare.compare_job import SHARED_CACHE, CompareResult
from gui.compare.compare_legend import CompareLegend
from gui.compare.compare_navigation import CompareNavigation
from gui.compare.compare_pane import ComparePane
from gui.compare.compare_panels import ComparePanels
from gui.compare.compare_runs import CompareRuns
from gui.compare.compare_scrolling import CompareScrolling
from gui.compare.compare_texts import CompareTexts, report_label
from gui.compare.compare_view_layout import build_compare_view
from gui.compare.geometry import CompareGeometry
from gui.compare.link_strip import LinkStrip
from gui.compare.overview_bar import OverviewBar
from gui.compare.pairing_corrections import PairingCorrections
from gui.compare.pairing_menus import PairingMenus
from gui.compare.panels_give_way import PanelsGiveWay
from gui.compare.unapplied_corrections import standing_alone, unapplied_sentence


class CompareView(QWidget):
    """Two reports side by side (left = older, right = newer), drawn from the engine's result.

    Args:
        left, right: the older and the newer report.
        overrides: pairing corrections kept from an earlier session.
        font: the reading font.
        cache: where comparisons are kept (the app's shared cache when None).
    """

    comparison_ready = Signal(object)  # Comparison, once drawn
    zoom_requested = Signal(int)  # Ctrl+wheel over a text: steps bigger (negative: smaller)
    overridesChanged = Signal(list)  # list[PairOverride], for the window to keep
    failed = Signal(str)
    notice = Signal(str)  # something the user should know, for the window's status bar

    # The widgets, set by ``build_compare_view`` (gui/compare/compare_view_layout.py).
    compare_actions: CompareActions
    toolbar: QToolBar
    previous_action: QAction
    next_action: QAction
    swap_action: QAction
    character_action: QAction
    layout_action: QAction
    export_action: QAction
    pdf_action: QAction
    print_action: QAction
    panels_action: QAction
    legend: CompareLegend
    left_pane: ComparePane
    right_pane: ComparePane
    strip: LinkStrip
    overview: OverviewBar
    left_title: QLabel
    right_title: QLabel
    scrolling: CompareScrolling
    navigation: CompareNavigation
    panels: ComparePanels
    splitter: QSplitter
    panels_room: PanelsGiveWay

    def __init__(
        self,
        left: LoadedReport,
        right: LoadedReport,
        overrides: list[PairOverride] | None = None,
        font: QFont | None = None,
        cache: ComparisonCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._cache = cache if cache is not None else SHARED_CACHE
        self._reports = [left, right]
        self.pairings = PairingCorrections(overrides or [], self)
        self.pairings.changed.connect(self._pairings_changed)
        self.texts = CompareTexts(self, font)
        self._comparison: Comparison | None = None
        self._unapplied = ""  # the sentence on pairing corrections that no longer apply
        self._ready_after_paint = False  # the marked texts paint before they are measured
        self.runs = CompareRuns(self._cache, self)
        self.runs.finished.connect(self._finished)
        self.runs.failed.connect(self._failed)
        self.pairing_menus = PairingMenus(self)
        self.export = CompareExport(self)
        self.annotations = CompareAnnotations(self)
        build_compare_view(self)
        self.navigation.current_changed.connect(self._show_status)
        kept = self.runs.kept(left, right, self.settings(), self.overrides())
        if kept is not None:  # compared before, or ahead of need: the texts show marked
            self._finished(kept)
        else:
            self._run()  # first: when the engine runs in its own process, beside the build
            self.texts.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Measure again after the panes' text re-wraps."""
        super().resizeEvent(event)
        self.scrolling.measure_soon()

    # State -------------------------------------------------------------------------------

    def left_report(self) -> LoadedReport:
        """The report on the left (older)."""
        return self._reports[0]

    def right_report(self) -> LoadedReport:
        """The report on the right (newer)."""
        return self._reports[1]

    def comparison(self) -> Comparison | None:
        """The comparison drawn (None while comparing)."""
        return self._comparison

    def geometry_map(self) -> CompareGeometry | None:
        """The measured bands and scroll anchors (None until measured)."""
        return self.scrolling.geometry_map()

    def current_change(self) -> int:
        """Index of the current change in ``comparison().changes`` (-1: none)."""
        return self.navigation.current_change()

    def is_comparing(self) -> bool:
        """A comparison is being computed."""
        return self.runs.is_running()

    def settings(self) -> CompareSettings:
        """The compare settings chosen by the switches."""
        return self.compare_actions.settings()

    def overrides(self) -> list[PairOverride]:
        """The user's pairing corrections, left and right as now shown."""
        return self.pairings.overrides()

    def set_overrides(self, overrides: list[PairOverride]) -> None:
        """Use stored corrections (no ``overridesChanged``) and compare again."""
        self.pairings.use(overrides)
        self._run()

    def reading_font(self) -> QFont | None:
        """The font the panes show the texts in (None: the default)."""
        return self.texts.font()

    def set_point_size(self, size: float) -> None:
        """Show both texts at ``size`` points (the window's zoom), the place read kept; the
        bands beside them are measured again as the texts re-wrap. Kept between the reader's
        smallest and largest sizes."""
        self.texts.set_point_size(size)

    def point_size(self) -> float:
        """The size the texts are shown at, in points."""
        return self.left_pane.document().defaultFont().pointSizeF()

    def title(self) -> str:
        """The tab's title."""
        return f"{report_label(self.left_report())} ↔ {report_label(self.right_report())}"

    def report_ids(self) -> tuple[ReportId, ReportId] | None:
        """The library ids of the two reports, left then right; None when one is a file."""
        left, right = (r.report_id for r in self._reports)
        return None if left is None or right is None else (left, right)

    def tab_key(self) -> str:
        """What identifies this comparison among open tabs."""
        keys = [
            str(r.report_id) if r.report_id is not None else r.source_name for r in self._reports
        ]
        return f"compare:{keys[0]}:{keys[1]}"

    # Annotations -------------------------------------------------------------------------

    def attach_annotations(self, store: Any, undo_stack: Any) -> None:
        """Show and make annotations in both panes (library reports only), saved in ``store``.

        Args:
            store: the library.
            undo_stack: the window's undo stack (highlight, edit, delete, place).
        """
        self.annotations.attach(store, undo_stack)

    def pane_annotations(self, left: bool) -> Any:
        """The ``ReaderAnnotations`` of one pane (None: not attached or not a library report)."""
        return self.annotations.of_pane(left)

    # Comparing ---------------------------------------------------------------------------

    def _run(self) -> None:
        self.legend.show_status(self.tr("Comparing…"))
        self.compare_actions.set_exportable(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.runs.run(
            self.left_report(),
            self.right_report(),
            self.settings(),
            self.overrides(),
            self.panes_painted(),
        )

    def _pane_painted(self) -> None:
        if self.panes_painted():
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self, self.runs.start_pending)
            if self._ready_after_paint:
                QTimer.singleShot(0, self, self._ready)

    def panes_painted(self) -> bool:
        """Both panes have painted the documents they show."""
        return self.left_pane.has_painted() and self.right_pane.has_painted()

    def measuring_waits(self) -> bool:
        """Measuring the texts waits for their paint: the view is shown and they are not on
        screen yet (measuring lays them out whole, which would hold their first paint back)."""
        return self.isVisible() and not self.panes_painted()

    def stop(self) -> None:
        """Stop following the library: a comparison still running is ignored when it ends.

        Called when the window closes, before the library does: a result arriving later must
        not reach for annotations in a closed database.
        """
        self.runs.stop()
        self.annotations.detach()

    def _finished(self, result: CompareResult) -> None:
        self.unsetCursor()
        self.navigation.remember_place()
        self._comparison = result.comparison
        self.compare_actions.set_exportable(True)
        self.scrolling.forget()
        self.navigation.reset()
        top = self.left_pane.scroll_value()
        self.texts.show(result)
        self.panels.show_comparison(result.comparison, result.targets)
        self.legend.set_counts(
            result.comparison.summary.overall, count_kinds(result.comparison.changes)
        )
        unapplied = self._unapplied = unapplied_sentence(
            unapplied_overrides(self.overrides(), self.left_report(), self.right_report())
        )
        if unapplied:
            # After this turn: a comparison kept from before is shown while the view is built,
            # before the window listens.
            QTimer.singleShot(0, self, lambda: self.notice.emit(standing_alone(unapplied)))
        self._show_status()
        self.left_pane.set_scroll_value(top)
        # The bands beside the text are measured after the marked text paints (measuring lays
        # out both texts whole); ``comparison_ready`` follows the measuring.
        QTimer.singleShot(0, self, self._ready)

    def _show_status(self) -> None:
        if self._comparison is not None:
            total, current = len(self._comparison.changes), self.navigation.current_change()
            self.legend.show_changes(total, current, self._unapplied)

    def _ready(self) -> None:
        """Measure the marked texts (which lays them out whole) once they are on screen, and
        say the comparison is drawn; a view not shown is measured at once."""
        self._ready_after_paint = self.measuring_waits()
        if self._comparison is None or self._ready_after_paint:
            return
        self.scrolling.measure()
        self.navigation.return_to_place()
        self.comparison_ready.emit(self._comparison)

    def _failed(self, message: str) -> None:
        self.unsetCursor()
        self.legend.show_failure(message)
        self.failed.emit(message)

    def swap(self) -> None:
        """Exchange the two sides and compare again."""
        self._reports.reverse()
        self.pairings.swap()
        self._comparison = None
        self.scrolling.forget()
        self.navigation.reset()
        self.strip.set_geometry(None)
        self.overview.set_geometry(None)
        self.panels.clear_comparison()
        self.texts.show()
        self._run()
        self.overridesChanged.emit(self.overrides())

    # Navigation --------------------------------------------------------------------------

    def go_to_change(self, index: int) -> None:
        """Show change ``index`` in both panes, each at its own place, and make it current."""
        self.navigation.go_to_change(index)

    def next_change(self) -> None:
        """Go to the change after the current one (the first, if none is current), of the
        kind the change list follows."""
        self.navigation.next_change()

    def previous_change(self) -> None:
        """Go to the change before the current one, of the kind the change list follows."""
        self.navigation.previous_change()

    # Pairing by hand ---------------------------------------------------------------------

    def pair_sections(self, left_path: SectionPath, right_path: SectionPath) -> None:
        """Pair two areas by hand and compare again."""
        self.pairings.pair(left_path, right_path)

    def unpair(self, path: SectionPath, left: bool) -> None:
        """Leave an area of one side unpaired and compare again."""
        self.pairings.unpair(path, left)

    def _pairings_changed(self) -> None:
        self.overridesChanged.emit(self.overrides())
        self._run()
