"""The widths of the numbers table's columns: all of them in the panel's width when it is wide
enough, as it is at the window's first size, none narrower than its title (``title_widths``).

The value, kind (a colour swatch) and year columns keep the width their cells need; the
indicator, section and passage columns share what is left, the passage stretched to the edge
(a long cell keeps its start and its end around a "…" and shows whole in its tooltip).
Only a panel narrower than the value and the columns' titles scrolls sideways. Cells are not
measured one by one: measuring every cell costs a tenth of a second per report.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

from gui.numbers.numbers_model import NumbersModel

VALUE_WIDTH = 100
"""The value column's width when the panel has room: a value with its unit and qualifier
(``30微克/立方米``, ``4.18个百分点``) whole."""

TEXT_SHARES = {"indicator": 4, "section": 3, "passage": 3}
"""How the columns of words share the room the others leave: the indicator, which says what
a figure is of, most; the section and the passage, which show whole in their tooltips and a
click away in the reader, alike."""

YEAR_SAMPLE = "2024"
"""A year as a cell shows it: what the year column is measured on."""


class CellWidths(NamedTuple):
    """What the kind and year columns need, measured on cells of one report's table (a named
    tuple: the window's first paint imports this module, and defines no dataclass).

    Attributes:
        kind: the width of a kind cell showing its colour.
        year: the width of a year cell showing a year whole.
    """

    kind: int
    year: int


def measure_cells(table: QTableView, row: int) -> CellWidths:
    """What a kind and a year cell need, measured on ``row``'s cells by the table's own
    delegate and style (the kind's colour swatch, the margins).

    Asking the style directly would load its Python types before the window's first paint.
    """
    model = table.model()
    columns = NumbersModel.COLUMNS
    return CellWidths(
        kind=_cell_width(table, model.index(row, columns.index("kind")), [""]),
        year=_cell_width(table, model.index(row, columns.index("year")), [YEAR_SAMPLE]),
    )


def _cell_width(table: QTableView, cell: QModelIndex, texts: list[str]) -> int:
    """The width of ``cell`` showing the widest of ``texts``."""
    metrics = table.fontMetrics()
    around = table.sizeHintForIndex(cell).width() - metrics.horizontalAdvance(
        str(cell.data() or "")
    )
    widest = max(metrics.horizontalAdvance(text) for text in texts)
    return widest + around + (1 if table.showGrid() else 0)  # the grid line takes a pixel


def title_widths(table: QTableView) -> list[int]:
    """The width each column's title takes whole, in the current language: with room for the
    sort arrow only in the column sorted by (the header reserves it in every column, though
    no other column shows one)."""
    header = table.horizontalHeader()
    sorted_by = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
    with_arrow = [header.sectionSizeHint(column) for column in range(header.count())]
    shown = header.isSortIndicatorShown()
    header.setSortIndicatorShown(False)
    bare = [header.sectionSizeHint(column) for column in range(header.count())]
    header.setSortIndicatorShown(shown)
    return [
        with_arrow[column] if column == sorted_by else bare[column]
        for column in range(header.count())
    ]


def fit_columns(table: QTableView, cells: CellWidths | None) -> None:
    """Size ``table``'s columns to its viewport's width (see the module's docstring).

    Args:
        table: the numbers table, its model's columns those of ``NumbersModel``.
        cells: what the kind and year columns need, or None before a row has shown (their
            titles' widths then).
    """
    columns = NumbersModel.COLUMNS
    titles = title_widths(table)

    def title(name: str) -> int:
        return titles[columns.index(name)]

    kind = max(title("kind"), cells.kind if cells else 0)
    year = max(title("year"), cells.year if cells else 0)
    room = table.viewport().width() - kind - year
    # The value, the first column, keeps its room, whatever the kind's and the year's: a narrow
    # panel shows it and scrolls sideways to the other columns.
    text_titles = sum(title(name) for name in TEXT_SHARES)
    value = max(title("value"), min(VALUE_WIDTH, table.viewport().width()))
    spare = max(0, room - value - text_titles)
    widths = {"kind": kind, "value": value, "year": year}
    shares = sum(TEXT_SHARES.values())
    for name, share in TEXT_SHARES.items():
        widths[name] = title(name) + spare * share // shares
    for name, width in widths.items():
        table.setColumnWidth(columns.index(name), width)
