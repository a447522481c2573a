"""What the numbers panel's columns show a reader: whole values, passages and sections that
read at the window's first size, and the widths a user gives columns kept."""

from __future__ import annotations

from statistics import median
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from core.library import find_report
from gui.main_window import FIRST_SIZE
from gui.numbers.numbers_model import NumbersModel
from gui.numbers.numbers_panel import NumbersPanel
from gui.window_docks import RIGHT_DOCK_WIDTH
from tests.gui.cell_text import characters_shown

NEWSPAPER_2026 = (
    "长治市2026年政府工作报告（报纸版）"  # its widest value: 不折不扣完成省下达的目标任务
)


def _open_at_first_size(window: Any, qtbot: Any, title: str) -> None:
    window.resize(FIRST_SIZE)
    window.resizeDocks([window.numbers_dock], [RIGHT_DOCK_WIDTH], Qt.Orientation.Horizontal)
    window.open_report(find_report(window.store, title))
    qtbot.waitUntil(lambda: window.numbers_dock.width() == RIGHT_DOCK_WIDTH)
    qtbot.wait(50)  # the table's own layout after the dock's


def _shown(window: Any, qtbot: Any, title: str) -> dict[str, list[tuple[int, int]]]:
    """(characters shown, characters) of every cell by column, the window at its first size."""
    _open_at_first_size(window, qtbot, title)
    table = window.numbers_panel.table
    model = table.model()
    return {
        name: [
            (characters_shown(table, cell), len(str(cell.data() or "")))
            for cell in (model.index(row, column) for row in range(model.rowCount()))
        ]
        for column, name in enumerate(NumbersModel.COLUMNS)
    }


@pytest.mark.parametrize("title", [NEWSPAPER_2026, "长治市2024年政府工作报告"])
def test_every_value_shows_whole_at_the_windows_first_size(
    chinese: None, window: Any, qtbot: Any, title: str
) -> None:
    values = _shown(window, qtbot, title)["value"]
    assert [(shown, whole) for shown, whole in values if shown < whole] == []


def test_passages_and_sections_read_at_the_windows_first_size(
    chinese: None, window: Any, qtbot: Any
) -> None:
    """A passage shows ten characters or more (four on one line of a sixth of the panel);
    a section's short heading shows whole in most rows."""
    shown = _shown(window, qtbot, NEWSPAPER_2026)
    assert median(chars for chars, _whole in shown["passage"]) >= 10
    assert median(chars for chars, _whole in shown["indicator"]) >= 7
    sections = [(chars, whole) for chars, whole in shown["section"] if whole]
    assert sum(chars == whole for chars, whole in sections) >= 0.75 * len(sections)


def test_a_section_shows_its_short_heading_and_whole_in_its_tooltip(window: Any) -> None:
    window.open_report(find_report(window.store, "长治市2024年政府工作报告"))
    model = window.numbers_panel.table.model()
    column = NumbersModel.COLUMNS.index("section")
    cells = [model.index(row, column) for row in range(model.rowCount())]
    whole = "坚持抓项目、帮企业，经济运行向上向好"
    cell = next(cell for cell in cells if cell.data(Qt.ItemDataRole.ToolTipRole) == whole)
    assert cell.data() == "经济运行向上向好"
    panel = window.numbers_panel
    panel.filter_edit.setText("帮企业")  # the filter reads the heading whole
    assert panel.table.model().rowCount() > 0


def test_a_column_the_user_resized_keeps_its_width(
    chinese: None, window: Any, qtbot: Any, settings: QSettings
) -> None:
    """Across reports and starts; the passage still takes the room left; double-clicking the
    border after the title fits the column again."""
    _open_at_first_size(window, qtbot, "长治市2024年政府工作报告")
    panel = window.numbers_panel
    table = panel.table
    header = table.horizontalHeader()
    section = NumbersModel.COLUMNS.index("section")
    passage = NumbersModel.COLUMNS.index("passage")
    fitted = table.columnWidth(section)
    header.resizeSection(section, fitted + 20)  # as a drag of its border does
    window.open_report(find_report(window.store, NEWSPAPER_2026))
    assert table.columnWidth(section) == fitted + 20
    right = header.sectionViewportPosition(passage) + header.sectionSize(passage)
    assert right == table.viewport().width()
    settings.sync()
    later = NumbersPanel(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(later)
    assert later.kept_widths.widths() == {"section": fitted + 20}
    window.open_report(find_report(window.store, "长治市2024年政府工作报告"))  # its tab again
    header.sectionHandleDoubleClicked.emit(section)
    assert panel.kept_widths.widths() == {}
    assert table.columnWidth(section) == fitted
