"""The scorecard view of a region: years × indicators, target → result, met or missed."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.numbers import build_scorecard
from core.numbers.region_numbers import region_numbers
from gui.placeholders import fill_placeholders
from gui.scorecard.scorecard_columns import ScorecardColumns
from gui.scorecard.scorecard_model import LINE_ROLE, ScorecardModel, verdict_colour, verdict_word
from gui.scorecard.trend_chart import RESULT_COLOUR, TARGET_COLOUR, TrendChartDelegate
from gui.table_export import STATUS_MILLISECONDS, file_name_of, save_table

VERDICT_MARK = "■"  # a verdict's cell is filled with its colour
TARGET_MARK = "○"  # the chart draws a target as a hollow dot (joined year to year by dashes)
RESULT_MARK = "●"  # and a result as a filled dot (joined year to year by a line)


def legend_html(entries: list[tuple[QColor, str, str]]) -> str:
    """The legend as rich text: each entry's mark (as the table draws it) in its colour
    before its words, which stay together; lines break only between entries.

    Args:
        entries: (colour, words, mark) for each entry.
    """
    return "&emsp; ".join(
        f'<span style="color:{colour.name()}">{mark}</span>&nbsp;'
        f"{escape(text).replace(' ', '&nbsp;')}"
        for colour, text, mark in entries
    )


class ScorecardView(QWidget):
    """A region's scorecard; clicking a cell opens the target's passage in its report."""

    passage_requested = Signal(int, int, int)  # ReportId, start, end

    def __init__(
        self,
        region: str,
        model: ScorecardModel,
        sources: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardView")
        self.region = region
        self.model = model
        model.setParent(self)
        title = QLabel(self.tr("Scorecard of %1: targets against results").replace("%1", region))
        title.setObjectName("scorecardTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        note = QLabel(sources, self)
        note.setObjectName("scorecardSources")
        note.setWordWrap(True)
        entries = [
            (verdict_colour(key), verdict_word(key), VERDICT_MARK)
            for key in ("met", "near", "missed", "not_reported", "not_comparable", "awaiting")
        ]
        # The chart's marks as it draws them: a line joins a series' dots only across years
        # in a row, so the dots, not the lines, tell a target from a result.
        entries += [
            (QColor(TARGET_COLOUR), self.tr("Target"), TARGET_MARK),
            (QColor(RESULT_COLOUR), self.tr("Result"), RESULT_MARK),
        ]
        # One wrapping line of text: in a narrow window (or a longer language) the legend
        # breaks between entries instead of pushing the library dock aside.
        legend = QLabel(legend_html(entries), self)
        legend.setObjectName("scorecardLegend")
        legend.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("scorecardTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; its cells take arrows
        self.table.setModel(model)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(len(model.years), TrendChartDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = ScorecardColumns(self.table, len(model.years))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(64)
        self.table.clicked.connect(self.show_target)
        # The result's passage (the next year's report or interpretation) from a cell's menu,
        # or Shift+Enter on the current cell.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu_at)
        show_result = QAction(self.table)
        show_result.setShortcut(QKeySequence("Shift+Return"))
        show_result.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        show_result.triggered.connect(lambda: self.show_result(self.table.currentIndex()))
        self.table.addAction(show_result)
        self.empty = QLabel(
            self.tr(
                "No targets found for %1. Import the region's work reports (with their "
                "main expected targets) and the next year's report or interpretation."
            ).replace("%1", region),
            self,
        )
        self.empty.setObjectName("scorecardEmpty")
        self.empty.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("scorecardExport")
        self.export_button.setToolTip(
            self.tr("Save the scorecard as a CSV file (for a spreadsheet)")
        )
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("scorecardCopy")
        self.copy_button.setToolTip(self.tr("Copy the scorecard, to paste into a spreadsheet"))
        self.copy_button.clicked.connect(self.copy_table)
        has_rows = model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        legend.setVisible(has_rows)  # the colours of a table not shown say nothing
        self.export_button.setEnabled(has_rows)
        self.copy_button.setEnabled(has_rows)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(legend)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        if not has_rows:  # the title and the explanation at the top, not spread down the tab
            layout.addStretch(1)

    @classmethod
    def for_region(cls, store: Any, region: str, parent: QWidget | None = None) -> ScorecardView:
        """Build the scorecard of ``region`` from the library's reports of it."""
        reports = region_numbers(store, region)  # numbers as stored, no texts read
        card = build_scorecard(reports)
        model = ScorecardModel(card, reports)

        def sources(year: Any) -> str:
            if not year.result_reports:
                return fill_placeholders(
                    QCoreApplication.translate(
                        "ScorecardView", "%1: targets from %2; no results reported yet"
                    ),
                    year.year,
                    year.target_report,
                )
            return fill_placeholders(
                QCoreApplication.translate("ScorecardView", "%1: targets from %2; results from %3"),
                year.year,
                year.target_report,
                # Titles apart as the language lists them: ``, `` in English, ``、`` in Chinese.
                QCoreApplication.translate("ScorecardView", ", ").join(year.result_reports),
            )

        lines = [sources(year) for year in card.years]
        return cls(region, model, "\n".join(lines), parent)

    def tab_key(self) -> str:
        """What identifies this tab among the open ones."""
        return f"scorecard:{self.region}"

    def has_table(self) -> bool:
        """Whether the scorecard has a target to export."""
        return self.model.rowCount() > 0

    def _rows(self, chinese: bool) -> list[list[str]]:
        from core.numbers.table_csv import scorecard_rows

        return scorecard_rows(self.model.card, self.model.reports, chinese=chinese)

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Save the scorecard as CSV at ``path`` (None: asked), in the app's language.

        Returns:
            The file written; None if cancelled or it could not be written (then a message
            names it).
        """
        from core.numbers.table_csv import scorecard_csv

        if not self.has_table():
            return None
        return save_table(
            self,
            self.tr("Export scorecard"),
            file_name_of(self.tr("Scorecard of %1").replace("%1", self.region)),
            lambda chinese: scorecard_csv(self.model.card, self.model.reports, chinese=chinese),
            path,
        )

    def copy_table(self) -> None:
        """Put the scorecard on the clipboard as tab-separated text, one row per target,
        for pasting into a spreadsheet."""
        from core.numbers.table_csv import tab_separated
        from gui.core_messages import app_speaks_chinese

        if not self.has_table():
            return
        QApplication.clipboard().setText(tab_separated(self._rows(app_speaks_chinese())))
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Scorecard copied"), STATUS_MILLISECONDS)

    def show_target(self, index: QModelIndex) -> None:
        """Open the report of a cell's target at its passage."""
        line = index.data(LINE_ROLE)
        if line is not None:
            self._show(line.target)

    def show_result(self, index: QModelIndex) -> None:
        """Open the report of a cell's result (the next year's) at its passage, if any."""
        line = index.data(LINE_ROLE)
        if line is not None and line.result is not None:
            self._show(line.result)

    def cell_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of a cell: its target's passage, its result's (None: not a year's cell)."""
        line = index.data(LINE_ROLE)
        if line is None:
            return None
        menu = QMenu(self.table)
        target = menu.addAction(self.tr("Read the &target in its report"))
        target.triggered.connect(lambda: self.show_target(index))
        result = menu.addAction(self.tr("Read the &result in its report"))
        result.setShortcut(QKeySequence("Shift+Return"))
        result.setEnabled(line.result is not None and self.model.place_of(line.result) is not None)
        result.triggered.connect(lambda: self.show_result(index))
        return menu

    def _menu_at(self, position: QPoint) -> None:
        menu = self.cell_menu(self.table.indexAt(position))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(position))
            menu.deleteLater()

    def _show(self, statement: Any) -> None:
        place = self.model.place_of(statement)
        if place is not None:
            self.passage_requested.emit(int(place.report_id), place.start, place.end)
