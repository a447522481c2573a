"""The widths of the numbers table's columns and the height of its rows: a cell shows two
lines, all columns fit the panel's width when it is wide enough (as at the window's first
size), none narrower than its title (``title_widths``).

A row holds two lines so that its words read in a dock of 420 pixels: the indicator, the
section and the passage show twice as much as on one line, and a value wraps rather than
being cut. The kind (a colour swatch) and year columns keep the width their cells need; the
value column holds the report's widest value on at most two lines; the indicator, section
and passage columns share what is left, the passage the most and stretched to the edge (a
longer cell ends in "…" and shows whole in its tooltip). A column the user resized keeps the
width given (``kept``) and the others share the rest. Only a panel narrower than the value
and the columns' titles scrolls sideways; its rows, where only values show, take one line.

Cells are not laid out one by one (measuring every cell by the view costs a tenth of a second
per report): the values are measured by the table's font, the margins on one cell.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

from gui.numbers.numbers_model import NumbersModel

LINES = 2
"""The lines of text a row shows."""

VALUE_CHARS = 7
"""The value column is at least this many ideographs wide when the panel has room: a value
with its unit and qualifier (``30微克/立方米``, ``4.18个百分点``) on one line."""

TEXT_SHARES = {"indicator": 3, "section": 3, "passage": 4}
"""How the columns of words share the room the others leave: the passage, which says what a
figure is about, most; the indicator and the section (its short heading) alike."""

YEAR_SAMPLE = "2024"
"""A year as a cell shows it: what the year column is measured on."""


class CellWidths(NamedTuple):
    """What the kind, year and value columns need, measured on one report's table (a named
    tuple: the window's first paint imports this module, and defines no dataclass).

    Attributes:
        kind: the width of a kind cell showing its colour.
        year: the width of a year cell showing a year whole.
        value: the width of a value cell showing the report's widest value on one line.
        value_margins: what a value cell takes beside its text (margins, the grid line).
    """

    kind: int
    year: int
    value: int
    value_margins: int


def row_height(table: QTableView, lines: int, one_line: int) -> int:
    """The height of a row showing ``lines`` lines of the table's font.

    Args:
        table: the numbers table.
        lines: the lines of text a row shows.
        one_line: the height the style gives a row of one line (the room it keeps above and
            below the text included).
    """
    return one_line + (lines - 1) * table.fontMetrics().lineSpacing()


def measure_cells(table: QTableView, row: int) -> CellWidths:
    """What the kind, year and value cells need, measured on ``row``'s cells by the table's
    own delegate and style (the kind's colour swatch, the margins), every value by the font.

    Asking the style directly would load its Python types before the window's first paint.
    """
    model = table.model()
    columns = NumbersModel.COLUMNS
    value_column = columns.index("value")
    metrics = table.fontMetrics()
    values = [str(model.index(r, value_column).data() or "") for r in range(model.rowCount())]
    widest = max((metrics.horizontalAdvance(value) for value in values), default=0)
    margins = _cell_width(table, model.index(row, value_column), [""])
    return CellWidths(
        kind=_cell_width(table, model.index(row, columns.index("kind")), [""]),
        year=_cell_width(table, model.index(row, columns.index("year")), [YEAR_SAMPLE]),
        value=widest + margins,
        value_margins=margins,
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


def value_width(table: QTableView, cells: CellWidths | None) -> int:
    """The value column's width: the widest value on one line when it is no wider than
    ``VALUE_CHARS`` ideographs, else on ``LINES`` lines (with an ideograph to spare, as a
    line breaks between words), never wider than the table."""
    em = table.fontMetrics().horizontalAdvance("中")
    least = VALUE_CHARS * em + (cells.value_margins if cells else 0)
    if cells is None:
        return min(least, table.viewport().width())
    text = cells.value - cells.value_margins
    on_lines = math.ceil(text / LINES) + em + cells.value_margins
    return min(cells.value, max(least, on_lines), max(table.viewport().width(), 1))


def fit_columns(
    table: QTableView, cells: CellWidths | None, kept: Mapping[str, int] | None = None
) -> int:
    """Size ``table``'s columns to its viewport's width (see the module's docstring).

    Args:
        table: the numbers table, its model's columns those of ``NumbersModel``.
        cells: what the kind, year and value columns need, or None before a row has shown
            (their titles' widths then).
        kept: the widths the user gave columns by name, kept as given (the passage, last and
            stretched to the edge, is never kept).

    Returns:
        The lines a row needs: ``LINES`` when the columns of words show beside the value or
        a value wraps, else one (a panel too narrow for them shows more values).
    """
    kept = dict(kept or {})
    kept.pop("passage", None)
    columns = NumbersModel.COLUMNS
    titles = title_widths(table)

    def title(name: str) -> int:
        return titles[columns.index(name)]

    widths = {
        "kind": max(title("kind"), cells.kind if cells else 0),
        "year": max(title("year"), cells.year if cells else 0),
        # The value, the first column, keeps its room, whatever the others': a narrow panel
        # shows it and scrolls sideways to the other columns.
        "value": max(title("value"), value_width(table, cells)),
    }
    widths.update(kept)
    shared = {name: share for name, share in TEXT_SHARES.items() if name not in kept}
    room = table.viewport().width() - sum(widths.values())
    spare = max(0, room - sum(title(name) for name in shared))
    shares = sum(shared.values())
    for name, share in shared.items():
        widths[name] = title(name) + spare * share // shares
    for name, width in widths.items():
        table.setColumnWidth(columns.index(name), max(width, title(name)))
    words_show = sum(table.columnWidth(c) for c in range(len(columns))) <= table.viewport().width()
    value_wraps = cells is not None and table.columnWidth(columns.index("value")) < cells.value
    return LINES if words_show or value_wraps else 1
