"""The main window's comparisons: opening them as tabs, preparing them in the engine ahead of
need, and their pairing corrections kept in the library."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from core.model import ReportId

if TYPE_CHECKING:
    from concurrent.futures import Future

    from core.compare.comparison_cache import ComparisonCache
    from core.compare.records import PairOverride
    from core.library import LoadedReport
    from gui.compare.compare_view import CompareView
    from gui.main_window import MainWindow


def is_comparison(widget: object) -> bool:
    """Whether ``widget`` is a compare view (its module loads with the first comparison)."""
    module = sys.modules.get("gui.compare.compare_view")
    return module is not None and isinstance(widget, module.CompareView)


class ComparisonTabs:
    """Opens comparisons in ``window``'s tabs and keeps the user's pairing corrections."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._at_start: tuple[str, str, str | None] | None = None
        self._prepared: tuple[ReportId, ReportId] | None = None
        self._ahead: Future[bool] | None = None
        self._kept_file: Path | None = None

    def keep_between_runs(self, path: Path) -> None:
        """Keep the app's comparisons in the file ``path`` as well, and look there before
        computing one: a comparison reopened after a restart (a tab of the last session) is
        read back, not computed. Set by the app; a window made otherwise keeps them in
        memory only."""
        self._kept_file = path

    def _shared_cache(self) -> ComparisonCache:
        """The app's comparisons (``SHARED_CACHE``), kept in the chosen file too."""
        from gui.compare.compare_job import SHARED_CACHE

        if self._kept_file is not None and SHARED_CACHE.stored is None:
            from core.compare.stored_comparisons import StoredComparisons

            SHARED_CACHE.stored = StoredComparisons(self._kept_file)
        return SHARED_CACHE

    def prepare(self, left: int, right: int) -> None:
        """Two reports are chosen (or "Compare with" is open on one, its first offer the
        other): start the compare engine's process now (its start takes a few hundred
        milliseconds, on another core) and have it compare them there, with the pairing
        corrections kept for them, into the app's comparisons, so that Compare, when chosen,
        shows the changes with the texts.

        The reports are read (from the library, on this thread: a few milliseconds each) on
        the next turn of the event loop, after this click is handled, and so is their
        comparison when an earlier run kept it on disk (then nothing is computed); a pair
        prepared already is not prepared again, and a pair chosen meanwhile replaces it."""
        from core.compare.engine_process import ENGINE

        ENGINE.warm_up()
        pair = (ReportId(left), ReportId(right))
        if pair == self._prepared:
            return
        self._prepared = pair
        QTimer.singleShot(0, self._window, lambda: self._prepare_now(pair))

    def _prepare_now(self, pair: tuple[ReportId, ReportId]) -> None:
        if pair != self._prepared:  # another pair was chosen meanwhile
            return
        from core.compare.engine_process import ENGINE
        from core.compare.records import CompareInput
        from core.errors import ReportLensError
        from core.library import load_report

        try:
            left, right = (load_report(self._window.store, r) for r in pair)
            overrides = self._stored_overrides(left, right)
        except ReportLensError:
            return  # removed meanwhile: Compare, if chosen, says so
        self._ahead = ENGINE.compare_ahead(
            self._shared_cache(),
            CompareInput.from_loaded(left),
            CompareInput.from_loaded(right),
            overrides=overrides,
        )

    def ahead(self) -> Future[bool] | None:
        """The comparison last asked of the engine ahead of need (None: none yet); done when
        it is back, with whether it was kept."""
        return self._ahead

    def views(self) -> list[CompareView]:
        """The open compare views, in tab order."""
        tabs = self._window.tabs
        return [tab for i in range(tabs.count()) if is_comparison(tab := tabs.widget(i))]

    def current(self) -> CompareView | None:
        """The compare view shown, if the current tab is one."""
        tab = self._window.tabs.currentWidget()
        return tab if is_comparison(tab) else None

    def open(self, left: ReportId, right: ReportId) -> CompareView | None:
        """Compare two library reports side by side in a tab (shown again if already open)."""
        window = self._window
        for key in (f"compare:{int(left)}:{int(right)}", f"compare:{int(right)}:{int(left)}"):
            index = window.tab_index(key)
            if index >= 0:
                window.tabs.setCurrentIndex(index)
                view = window.tabs.widget(index)
                assert is_comparison(view)
                return view
        from core.errors import ReportLensError
        from core.library import load_report

        try:
            # The tokens are stored with each report: loading them is a read, not jieba.
            reports = [load_report(window.store, rid) for rid in (left, right)]
        except ReportLensError as error:
            window.show_error(str(error))
            return None
        return self.open_loaded(reports[0], reports[1])

    def open_loaded(self, left: LoadedReport, right: LoadedReport) -> CompareView:
        """Show a comparison of two loaded reports (files or library reports) as the current tab.

        When both are library reports, the pairing corrections kept for them are applied, and
        the user's new corrections are kept.
        """
        from gui.compare.compare_view import CompareView

        window = self._window
        overrides = self._stored_overrides(left, right)
        view = CompareView(
            left,
            right,
            overrides,
            font=window.reading_font(),
            cache=self._shared_cache(),
            parent=window,
        )
        view.attach_annotations(window.store, window.undo_stack)
        view.overridesChanged.connect(lambda overrides: self._keep_overrides(view, overrides))
        view.failed.connect(window.show_error)
        view.notice.connect(lambda text: window.statusBar().showMessage(text, 15000))
        view.zoom_requested.connect(window.zoom_by)
        window.add_view_tab(view, view.title())
        return view

    def open_at_start(self, first: str, second: str, db: str | None) -> None:
        """Open the comparison of two reports (files or library reports) once the window has
        started (see ``open_pending``)."""
        self._at_start = (first, second, db)

    def has_pending(self) -> bool:
        """Whether a comparison asked for at start is still to open."""
        return self._at_start is not None

    def open_pending(self) -> None:
        """Open the comparison asked for at start, the older report on the left."""
        if self._at_start is None:
            return
        from core.errors import ReportLensError
        from core.library import load_input

        first, second, db = self._at_start
        self._at_start = None
        try:
            reports = [load_input(spec, db) for spec in (first, second)]
        except ReportLensError as error:
            self._window.show_error(str(error))
            return
        reports.sort(key=lambda r: r.meta.year or 0)  # stable: same years keep their order
        self.open_loaded(reports[0], reports[1])

    def _stored_overrides(self, left: LoadedReport, right: LoadedReport) -> list[PairOverride]:
        if left.report_id is None or right.report_id is None:
            return []
        from core.store.pair_overrides import stored_overrides

        return stored_overrides(self._window.store, left.report_id, right.report_id)

    def _keep_overrides(self, view: CompareView, overrides: list[PairOverride]) -> None:
        left, right = view.left_report().report_id, view.right_report().report_id
        if left is None or right is None:
            return  # a file not in the library: nothing to attach the corrections to
        from core.store.pair_overrides import save_overrides, stored_overrides
        from gui.library_changes import change_library

        window = self._window

        def save() -> bool:
            save_overrides(window.store, left, right, overrides)
            return True

        if change_library(window, save) is None:  # refused: compare with the corrections kept
            view.set_overrides(stored_overrides(window.store, left, right))
        index = window.tabs.indexOf(view)
        if index >= 0:  # the sides may have been swapped: the titles follow
            window.tabs.setTabText(index, view.title())
            if window.tabs.currentIndex() == index:
                window.setWindowTitle(view.title())

    def stop_all(self) -> None:
        """Stop every comparison still running (the window is closing)."""
        for view in self.views():
            view.stop()
