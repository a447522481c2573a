"""The library panel: a filterable tree of reports with open, compare, edit, remove, scorecard."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from core.model import ReportId, ReportMeta
from gui.importing.import_folder import ImportFolder, default_folder
from gui.library.library_empty_state import LibraryEmptyState
from gui.library.library_model import (
    FILTER_TEXT_ROLE,
    REGION_ROLE,
    REPORT_ID_ROLE,
    LibraryModel,
)
from gui.one_column_tree import OneColumnTree

# How many reports "Compare with" offers: the likely ones come first, the rest are a search away.
COMPARE_WITH_LIMIT = 12
# Up to this many regions every group is shown open; a larger library opens region by region.
EXPANDED_REGIONS = 30
# An offer of "Compare with" the pointer (or the keyboard) rests on this long is likely to be
# chosen: the engine prepares it. Passing over offers on the way prepares none of them.
HOVER_PREPARE_MS = 150
# How far each level of the tree steps in: a report is three levels deep (its region's arrow,
# its region, its year), and Qt's 20 px a level left its title 40 px in an 800 px window.
INDENTATION = 10
# The fewest characters of a report's row the column keeps beside its badge, however narrow
# the window (``…纸版）``): with the numbers' column beside the text, an 800 px screen leaves
# the library little more (gui.reader.reader_view.PANELS_ROOM).
ROW_CHARACTERS = 3
BADGE_ROOM = 24  # a row's kind badge (gui/library/kind_icons.py) and the margins beside it
# The characters of a report's row the library's column shows when the window leaves it room
# (gui/narrow_window.py): its title after its region and year, ``政府工作报告（报纸版）``.
TITLE_CHARACTERS = 11


class LibraryPanel(QWidget):
    """Shows the library; asks the window to open, compare, edit, remove reports, show a scorecard.

    A comparison is always requested older report first (by year, then by import order).
    """

    open_requested = Signal(int)  # ReportId
    compare_requested = Signal(int, int)  # left (older) ReportId, right (newer) ReportId
    edit_requested = Signal(int, object)  # ReportId, ReportMeta
    remove_requested = Signal(int)  # ReportId
    replace_requested = Signal(int, str)  # ReportId, the corrected edition's file
    scorecard_requested = Signal(str)  # region
    pair_selected = Signal(int, int)  # two reports are selected, older first: Compare may follow
    pair_likely = Signal(int, int)  # "Compare with" is open, on an offer: it may be chosen

    def __init__(
        self, parent: QWidget | None = None, import_folder: ImportFolder | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self._import_folder = import_folder  # where a corrected edition is looked for
        self.model = LibraryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(FILTER_TEXT_ROLE)  # a report by its whole title
        self.model.chunk_added.connect(self._chunk_added)
        # The selection to give back once the library is listed anew (``set_reports``).
        self._kept: list[ReportId] = []
        self._kept_current: ReportId | None = None
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("libraryFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, region, year…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        # Down moves into the list, Enter opens the first report that matches.
        self.filter_edit.installEventFilter(self)
        self.filter_edit.returnPressed.connect(self.open_first_match)
        self.tree = OneColumnTree(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(INDENTATION)
        # A row too long for the column loses its start, not its end: its groups name the
        # region and year, and what tells the reports of a year apart comes last
        # (…工作报告（报纸版）, …报告解读). The tooltip shows the title whole.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideLeft)
        self.tree.setMinimumWidth(self._narrowest_tree())
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        self.compare_action = QAction(self.tr("&Compare the two selected reports"), self)
        self.compare_action.setIconText(self.tr("Compare"))
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.compare_action.setToolTip(
            self.tr("Select two reports in the library (Ctrl+click) and compare them side by side")
        )
        self.compare_action.triggered.connect(self.compare_selected)
        self.compare_action.setEnabled(False)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        # Shown in the tree's place while the library holds no report (once it is listed).
        self.empty_state = LibraryEmptyState(self)
        self.empty_state.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_state, 1)

    def _narrowest_tree(self) -> int:
        """The tree's width that leaves a report's row ROW_CHARACTERS beside its badge."""
        return self._tree_width(ROW_CHARACTERS)

    def _tree_width(self, characters: int) -> int:
        """The tree's width that shows ``characters`` of a report's row beside its badge."""
        tree = self.tree
        text = characters * tree.fontMetrics().horizontalAdvance("中")
        scroll_bar = tree.verticalScrollBar().sizeHint().width()
        frame = 2 * tree.frameWidth()
        return 3 * INDENTATION + BADGE_ROOM + text + scroll_bar + frame

    def reading_width(self) -> int:
        """The panel's width that shows a report's title after its region and year whole
        (TITLE_CHARACTERS beside its badge)."""
        margins = self.layout().contentsMargins()
        return self._tree_width(TITLE_CHARACTERS) + margins.left() + margins.right()

    def set_reports(self, summaries: Sequence[Any], later_regions: Sequence[str] = ()) -> None:
        """Show the library's reports (groups expanded while the library is small), or the
        empty state when there are none; see ``LibraryModel.set_reports`` for
        ``later_regions``.

        The reports selected stay selected, the current one in view, wherever they are now
        listed (a report whose region or year was edited moves to its new group).
        """
        current = self.report_id_at(self.tree.currentIndex())
        self._kept = [r for r in self.selected_reports() if r != current]
        self._kept_current = current
        self.model.set_reports(summaries, later_regions)
        self._select_kept()
        empty = self.model.rowCount() == 0
        self.empty_state.setVisible(empty)
        self.tree.setVisible(not empty)
        self.filter_edit.setEnabled(not empty)  # nothing to filter

    def is_empty(self) -> bool:
        """Whether the library was listed and holds no report."""
        return not self.empty_state.isHidden()

    def _expands_all(self) -> bool:
        """Every group open: in a small library, or when the filter has narrowed it."""
        return bool(self.filter_edit.text()) or self.model.region_count() <= EXPANDED_REGIONS

    def _chunk_added(self, first: int, last: int) -> None:
        if self._expands_all():
            for row in range(first, last + 1):
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.tree.expandRecursively(index)
        self._select_kept()

    def _select_kept(self) -> None:
        """Select again the reports selected before the library was listed anew, as they
        come into the tree (a large library comes in parts)."""
        selection = self.tree.selectionModel()
        still_to_come = []
        for report_id in self._kept:
            index = self.proxy.mapFromSource(self.model.index_of(report_id))
            if index.isValid():
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                still_to_come.append(report_id)
        self._kept = still_to_come
        if self._kept_current is not None:
            index = self.proxy.mapFromSource(self.model.index_of(self._kept_current))
            if index.isValid():
                self._kept_current = None
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.tree.scrollTo(index)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if self._expands_all():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter box moves to the first report listed."""
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
        ):
            index = self.first_report_index()
            if index.isValid():
                self.tree.setFocus()
                self.tree.setCurrentIndex(index)
                return True
        return super().eventFilter(watched, event)

    def first_report_index(self) -> QModelIndex:
        """The first report row the tree lists (groups opened into), or an invalid index."""

        def children_last_first(parent: QModelIndex) -> list[QModelIndex]:
            rows = reversed(range(self.proxy.rowCount(parent)))
            return [self.proxy.index(row, 0, parent) for row in rows]

        stack = children_last_first(QModelIndex())  # depth first, in the tree's order
        while stack:
            index = stack.pop()
            if self.report_id_at(index) is not None:
                return index
            stack.extend(children_last_first(index))
        return QModelIndex()

    def open_first_match(self) -> None:
        """Open the first report listed (Enter in the filter box)."""
        index = self.first_report_index()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self._activated(index)

    def report_id_at(self, index: QModelIndex) -> ReportId | None:
        """The report of a (proxy) index, None for a group row."""
        value = index.data(REPORT_ID_ROLE) if index.isValid() else None
        return ReportId(int(value)) if value is not None else None

    def select_report(self, report_id: ReportId) -> None:
        """Make a report the current row (as when its tab is shown)."""
        index = self.proxy.mapFromSource(self.model.index_of(report_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def selected_reports(self) -> list[ReportId]:
        """The reports selected in the tree (group rows left out), in tree order."""
        rows = sorted(self.tree.selectionModel().selectedIndexes(), key=self._tree_order)
        ids = [self.report_id_at(index) for index in rows]
        return list(dict.fromkeys(rid for rid in ids if rid is not None))

    def _tree_order(self, index: QModelIndex) -> list[int]:
        path = []
        while index.isValid():
            path.append(index.row())
            index = index.parent()
        return path[::-1]

    def _selection_changed(self) -> None:
        selected = self.selected_reports()
        self.compare_action.setEnabled(len(selected) == 2)
        if len(selected) == 2:
            left, right = self.older_first(*selected)
            self.pair_selected.emit(int(left), int(right))

    def older_first(self, first: ReportId, second: ReportId) -> tuple[ReportId, ReportId]:
        """The two reports as a comparison shows them: the older year on the left."""

        def age(report_id: ReportId) -> tuple[int, int]:
            summary = self.model.summary(report_id)
            year = summary.meta.year if summary is not None else None
            return year or 0, int(report_id)

        return (first, second) if age(first) <= age(second) else (second, first)

    def compare_selected(self) -> None:
        """Ask to compare the two selected reports (nothing happens unless exactly two)."""
        selected = self.selected_reports()
        if len(selected) == 2:
            self.request_comparison(*selected)

    def request_comparison(self, first: ReportId, second: ReportId) -> None:
        """Ask the window to compare two reports, the older on the left."""
        left, right = self.older_first(first, second)
        self.compare_requested.emit(int(left), int(right))

    def compare_with_candidates(self, report_id: ReportId) -> list[Any]:
        """The summaries "Compare with" offers for ``report_id``, the likeliest first."""
        from core.compare.candidates import compare_candidates

        return compare_candidates(self.model.summaries(), report_id)[:COMPARE_WITH_LIMIT]

    def _activated(self, index: QModelIndex) -> None:
        report_id = self.report_id_at(index)
        if report_id is not None:
            self.open_requested.emit(int(report_id))

    def _context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        if not index.isValid():
            return
        menu = self.build_menu(index)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def build_menu(self, index: QModelIndex) -> QMenu:
        """The context menu of a row (a report or a region/year group)."""
        menu = QMenu(self)
        report_id = self.report_id_at(index)
        region = str(index.data(REGION_ROLE) or "")
        if report_id is not None:
            menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(int(report_id)))
            menu.addSeparator()
            menu.addAction(self.tr("Edit details…"), lambda: self.edit_report(report_id))
            menu.addAction(
                self.tr("Replace with a corrected edition…"),
                lambda: self.choose_edition(report_id),
            )
            menu.addAction(self.tr("Remove from library…"), lambda: self.request_remove(report_id))
            menu.addSeparator()
            selected = self.selected_reports()
            if len(selected) == 2 and report_id in selected:
                menu.addAction(self.compare_action)
            self._add_compare_with(menu, report_id)
        if region:
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(
                self.tr("Scorecard of %1").replace("%1", region),
                lambda: self.scorecard_requested.emit(region),
            )
        return menu

    def _add_compare_with(self, menu: QMenu, report_id: ReportId) -> None:
        submenu = menu.addMenu(self.tr("Compare with"))
        submenu.setObjectName("compareWithMenu")
        candidates = self.compare_with_candidates(report_id)
        for summary in candidates:
            other = ReportId(int(summary.id))
            action = submenu.addAction(
                summary.meta.title, lambda o=other: self.request_comparison(report_id, o)
            )
            action.setData(int(other))
            action.setToolTip(summary.source_name)
        submenu.setEnabled(bool(candidates))
        if not candidates:
            return
        likeliest = ReportId(int(candidates[0].id))
        submenu.aboutToShow.connect(
            lambda: self.pair_likely.emit(*map(int, self.older_first(report_id, likeliest)))
        )
        # The offer the user rests on is prepared too (the first one is already).
        resting = QTimer(submenu)
        resting.setSingleShot(True)
        resting.setInterval(HOVER_PREPARE_MS)
        hovered: list[ReportId] = [likeliest]

        def rest_on(action: QAction) -> None:
            if isinstance(action.data(), int):
                hovered[0] = ReportId(action.data())
                resting.start()

        resting.timeout.connect(
            lambda: self.pair_likely.emit(*map(int, self.older_first(report_id, hovered[0])))
        )
        submenu.hovered.connect(rest_on)
        submenu.aboutToHide.connect(resting.stop)

    def edit_report(self, report_id: ReportId) -> None:
        """Ask for corrected details; on Save, request the change."""
        summary = self.model.summary(report_id)
        if summary is None:
            return
        from gui.library.meta_dialog import MetaDialog  # a dialog: loaded when first asked for

        dialog = MetaDialog(summary.meta, self)
        if dialog.exec() == MetaDialog.DialogCode.Accepted:
            meta: ReportMeta = dialog.meta()
            if meta != summary.meta:
                self.select_report(report_id)  # kept selected where the change moves it
                self.edit_requested.emit(int(report_id), meta)

    def choose_edition(self, report_id: ReportId) -> None:
        """Ask for the corrected file of a report; request the replacement if one is chosen."""
        from PySide6.QtWidgets import QFileDialog  # not before the first paint: its enums

        from gui.importing.import_controller import FILE_FILTER

        summary = self.model.summary(report_id)
        if summary is None:
            return
        folder = self._import_folder
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Corrected edition of “%1”").replace("%1", summary.meta.title),
            folder.start() if folder is not None else default_folder(),
            self.tr("Reports (%1);;All files (*)").replace("%1", FILE_FILTER),
        )
        if path:
            if folder is not None:
                folder.remember(Path(path).parent)
            self.replace_requested.emit(int(report_id), path)

    def request_remove(self, report_id: ReportId) -> None:
        """Ask the window to remove a report: it asks the user first, naming what goes."""
        self.remove_requested.emit(int(report_id))
