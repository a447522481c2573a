"""A table model of one report's numeric statements: value, kind, indicator, year, section.

A section shows as its short heading (``core.short_heading``: ``经济运行向上向好`` for
``坚持抓项目、帮企业，经济运行向上向好``); its tooltip, the filter and the sort read it whole.

The value comes first, so that a narrow panel still shows it; the kind is its colour (the
reader's highlight colour), its name in the cell's tooltip.

The passage and the indicator read as the reader shows them, on one line
(``core.plain_passage``): ``PM2.5浓度`` where the text holds ``PM_{2.5}浓度``, a bold figure
without its ``**``, a word broken across lines whole.

The value carries its qualifier in the report's own words (``6%左右``, ``突破1000亿元``), as
the command line prints it, so the qualifier has no column of its own; the filter still finds a
floor or a ceiling by its word wherever the report writes it (``以上`` finds ``突破1000亿元``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from core.model import Outline
from gui.reader.number_kinds import kind_colour, kind_name, kind_value

START_ROLE = Qt.ItemDataRole.UserRole + 1
END_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
FILTER_ROLE = Qt.ItemDataRole.UserRole + 5  # the words a typed filter looks for in a cell

ModelIndex = QModelIndex | QPersistentModelIndex


class NumbersModel(QAbstractTableModel):
    """Rows are numeric statements in text order; sorting and filtering are a proxy's job."""

    COLUMNS = ("value", "kind", "indicator", "year", "section", "passage")

    def __init__(
        self,
        statements: Sequence[Any],
        text: str,
        outline: Outline,
        parent: QObject | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self._statements = list(statements)
        self._text = text
        self._outline = outline
        self.title = title
        self._passages: dict[int, str] = {}  # each row's passage, as shown, once asked
        self._sections = [
            (path[-1].title if (path := outline.path_at(s.start)) else "") for s in statements
        ]
        self._headers = (
            self.tr("Value"),
            self.tr("Kind"),
            self.tr("Indicator"),
            self.tr("Year"),
            self.tr("Section"),
            self.tr("Passage"),
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of statements (a table: children of valid indexes have none)."""
        return 0 if parent.isValid() else len(self._statements)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def statement(self, row: int) -> Any:
        """The statement shown in ``row``."""
        return self._statements[row]

    def table_csv(self, rows: Sequence[int], chinese: bool) -> str:
        """The statements of ``rows`` as CSV, in text order (``core.numbers.table_csv``).

        Args:
            rows: the model's rows to write.
            chinese: headings and kinds in Chinese (else in English).
        """
        from core.numbers.table_csv import numbers_csv

        statements = [self._statements[row] for row in rows]
        return numbers_csv(statements, self._text, self._outline, chinese=chinese)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort keys, offsets and kind of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._statements):
            return None
        statement = self._statements[index.row()]
        column = self.COLUMNS[index.column()]
        kind = kind_value(statement.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "section":
                return self._short_section(index.row())
            return None if column == "kind" else self._display(index.row(), column, statement, kind)
        if role == SORT_ROLE:
            if column == "value":
                value = statement.value
                return float(value) if value is not None else float("-inf")
            if column == "year":
                return statement.year or 0
            if column == "passage":
                return statement.start
            return self._display(index.row(), column, statement, kind)
        if role == FILTER_ROLE:
            shown = self._display(index.row(), column, statement, kind)
            qualifier = statement.qualifier
            if column == "value" and qualifier and qualifier not in shown:
                return f"{shown} {qualifier}"  # ``突破1000亿元``, a floor: 以上 finds it
            return shown
        if role == Qt.ItemDataRole.DecorationRole and column == "kind":
            return kind_colour(kind)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and column in (
            "kind",
            "passage",
            "section",
            "indicator",
            "value",
        ):
            return self._display(index.row(), column, statement, kind)
        if role == START_ROLE:
            return statement.start
        if role == END_ROLE:
            return statement.end
        if role == KIND_ROLE:
            return kind
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("value", "year"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _short_section(self, row: int) -> str:
        """The section's short heading, as its cell shows it (its tooltip shows it whole)."""
        from core.short_heading import short_heading  # not before the window's first paint

        return short_heading(self._sections[row])

    def _display(self, row: int, column: str, statement: Any, kind: str) -> str:
        if column == "kind":
            return kind_name(kind)
        if column == "indicator":
            from core.plain_passage import plain_phrase  # not before the window's first paint

            return plain_phrase(str(statement.indicator or ""))
        if column == "value":
            from core.numbers.target_compare import target_value_text

            return target_value_text(statement)
        if column == "year":
            return str(statement.year) if statement.year else ""
        if column == "section":
            return self._sections[row]
        passage = self._passages.get(row)
        if passage is None:
            from core.plain_passage import passage_on_one_line

            passage = passage_on_one_line(self._text, statement.start, statement.end)
            self._passages[row] = passage
        return passage
