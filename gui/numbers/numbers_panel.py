"""The numbers panel: the open report's numbers in a sortable, filterable table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.empty_hint import EmptyHint
from gui.flow_layout import FlowLayout
from gui.numbers.column_widths_kept import KeptWidths
from gui.numbers.numbers_columns import CellWidths, fit_columns, measure_cells, row_height
from gui.numbers.numbers_model import (
    END_ROLE,
    FILTER_ROLE,
    KIND_ROLE,
    SORT_ROLE,
    START_ROLE,
    NumbersModel,
)
from gui.reader.number_kinds import number_kind_styles
from gui.table_export import file_name_of, save_table


class NumbersFilter(QSortFilterProxyModel):
    """Keeps rows of one kind (or all) whose cells contain the filter text (a value's floor or
    ceiling by its word too: ``以上`` keeps ``突破1000亿元``); sorts by value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_kind(self, kind: str) -> None:
        """Keep only statements of ``kind`` ('' keeps all)."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        """A row passes when its kind matches and the text filter finds it."""
        model = self.sourceModel()
        if self._kind and model.index(row, 0, parent).data(KIND_ROLE) != self._kind:
            return False
        return super().filterAcceptsRow(row, parent)


class NumbersPanel(QWidget):
    """Filter box, kind selector and table; activating a row asks to show its passage.

    Args:
        settings: where the widths the user gives columns are kept between starts (None:
            kept while the panel lives).
    """

    passage_requested = Signal(int, int)  # core start, end

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numbersPanel")
        self.proxy = NumbersFilter(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("numbersFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter numbers…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("numbersKind")
        self.kind_box.addItem(self.tr("All kinds"), "")
        for style in number_kind_styles():
            self.kind_box.addItem(style.name, style.kind)
        self.kind_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(str(self.kind_box.currentData()))
        )
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("numbersExport")
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Save the numbers listed as a CSV file (for a spreadsheet)")
        )
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.table = QTableView(self)
        self.table.setObjectName("numbersTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; its cells take arrows
        self.table.setModel(self.proxy)
        self.empty_hint = EmptyHint(self.table, self._hint_text)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Two lines a row: a cell's words wrap, the last line ends in "…" when they go on.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._one_line = rows.defaultSectionSize()  # the style's row of one line
        # Sideways by pixels: a narrow panel scrolls to a column's start without jumping past
        # it, and the scroll range follows the table's width (fitting the columns again).
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._cells: CellWidths | None = None  # measured once a row of the report shows
        self._fitted_width = -1
        self._fitting = False  # the columns are being sized here, not by the user
        self.kept_widths = KeptWidths(settings)
        self.proxy.rowsInserted.connect(self._measure_cells)
        self.proxy.layoutChanged.connect(self._measure_cells)
        # The table's width changed when its last column, stretched to its edge, is resized
        # (a wider dock), or when the columns come to overflow it (a narrower dock, or the
        # scroll bar of a longer list taking room).
        header.sectionResized.connect(self._column_resized)
        header.sectionHandleDoubleClicked.connect(self._fit_again)
        self.table.horizontalScrollBar().rangeChanged.connect(self._width_changed)
        header.sortIndicatorChanged.connect(self._fit_columns)  # the sorted title's arrow
        self.table.clicked.connect(self._request)
        self.table.activated.connect(self._request)
        # The filter box takes the row's room; in a narrow dock the kind and Export… wrap
        # below it rather than hold the window's text to less room.
        top_row = QWidget(self)
        top = FlowLayout(top_row, spacing=6, last_to_the_right=True)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit)
        top.addWidget(self.kind_box)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(top_row)
        layout.addWidget(self.table, 1)

    def _hint_text(self) -> str:
        if self.proxy.sourceModel() is None:
            return self.tr("Open a report to see its numbers.")
        if self.proxy.sourceModel().rowCount() == 0:
            return self.tr("No numbers were found in this report.")
        return self.tr("No numbers match the filter.")

    def set_model(self, model: NumbersModel | None) -> None:
        """Show the numbers of another report (None: no report open)."""
        self.proxy.setSourceModel(model)
        self.export_button.setEnabled(model is not None)
        self.empty_hint.refresh()
        if model is not None:
            self._cells = None
            self._measure_cells()
            self._fit_columns()

    def has_report(self) -> bool:
        """Whether the panel shows a report's numbers."""
        return isinstance(self.proxy.sourceModel(), NumbersModel)

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Save the numbers the filter keeps as CSV at ``path`` (None: asked), in text order
        and the app's language.

        Returns:
            The file written; None if there is no report, the user cancelled or the file
            could not be written (then a message names it).
        """
        model = self.proxy.sourceModel()
        if not isinstance(model, NumbersModel):
            return None
        proxy = self.proxy
        rows = sorted(
            proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())
        )
        name = self.tr("Numbers of %1").replace("%1", model.title) if model.title else ""
        return save_table(
            self,
            self.tr("Export numbers"),
            file_name_of(name or self.tr("Numbers")),
            lambda chinese: model.table_csv(rows, chinese),
            path,
        )

    def _measure_cells(self) -> None:
        """Measure what the kind and year columns need, once per report, as soon as a row
        shows (a cell is measured: none shows while the filter keeps no row)."""
        if self._cells is not None or self.proxy.rowCount() == 0:
            return
        self._cells = measure_cells(self.table, 0)
        self._fit_columns()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        """Keep the width of a column the user resized (the others share the rest); fit the
        columns again when the table's width changed."""
        name = NumbersModel.COLUMNS[column]
        # The passage, last, is stretched to the edge by the header, never by the user.
        if not self._fitting and self.proxy.sourceModel() is not None and name != "passage":
            self.kept_widths.keep(name, new)
            self._fit_columns()
        else:
            self._width_changed()

    def _fit_again(self, column: int) -> None:
        """Give a column back to the panel's fitting (its title's border double-clicked)."""
        self.kept_widths.forget(NumbersModel.COLUMNS[column])
        self._fit_columns()

    def _width_changed(self, *_range: int) -> None:
        """Fit the columns again when the table's width changes (the dock resized)."""
        if self.table.viewport().width() != self._fitted_width:
            self._fit_columns()

    def _fit_columns(self, *_sorted: object) -> None:
        if self.proxy.sourceModel() is None or self._fitting:
            return
        self._fitting = True
        try:
            self._fitted_width = self.table.viewport().width()
            lines = fit_columns(self.table, self._cells, self.kept_widths.widths())
            self.table.verticalHeader().setDefaultSectionSize(
                row_height(self.table, lines, self._one_line)
            )
        finally:
            self._fitting = False

    def _request(self, index: QModelIndex) -> None:
        if index.isValid():
            self.passage_requested.emit(int(index.data(START_ROLE)), int(index.data(END_ROLE)))
