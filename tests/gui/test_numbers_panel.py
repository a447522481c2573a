"""The numbers panel: a checked table model, sorting by value, filtering, jumping to a passage."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.cli import main
from core.library import find_report, load_report
from core.plain_passage import passage_on_one_line
from gui.main_window import FIRST_SIZE
from gui.numbers.numbers_columns import title_widths
from gui.numbers.numbers_model import KIND_ROLE, SORT_ROLE, START_ROLE, NumbersModel
from gui.numbers.numbers_panel import NumbersFilter
from gui.reader.number_kinds import number_kind_styles
from gui.reader.readable_report import numbers_of
from gui.window_docks import RIGHT_DOCK_WIDTH


def _model(store: Any, title: str = "长治市2024年政府工作报告") -> NumbersModel:
    report = load_report(store, find_report(store, title), with_tokens=False)
    return NumbersModel(numbers_of(report), report.text, report.outline)


def test_model_passes_the_model_tester(qapp: Any, qtmodeltester: Any, store: Any) -> None:
    model = _model(store)
    assert model.rowCount() > 10
    qtmodeltester.check(model)
    proxy = NumbersFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_passage_column_shows_the_words_of_the_text(qapp: Any, store: Any) -> None:
    model = _model(store)
    report = load_report(store, find_report(store, "长治市2024年政府工作报告"), with_tokens=False)
    passage = model.COLUMNS.index("passage")
    for row in range(model.rowCount()):
        statement = model.statement(row)
        assert model.index(row, passage).data() == passage_on_one_line(
            report.text, statement.start, statement.end
        )


MARKUP = re.compile(r"_\{|\*\*|#|\n")
"""What a reader never shows as characters: a subscript's markup (``PM_{2.5}``), Markdown
marks (``**2.6%**``, ``###``) and a line break inside a cell."""


def _cells(table: Any, column: str, role: Qt.ItemDataRole) -> list[str]:
    model = table.model()
    at = NumbersModel.COLUMNS.index(column)
    return [str(model.index(r, at).data(role) or "") for r in range(model.rowCount())]


def test_passages_and_indicators_read_as_the_reader_shows_them(
    window: Any, store: Any, qtbot: Any
) -> None:
    """The passage column and its tooltip read ``PM2.5浓度降至30微克/立方米`` where the text
    holds ``PM_{2.5}``; the interpretation's figures without their ``**``, a Markdown line
    break as a space; a word the newspaper broke across a blank line whole. No sample leaves
    markup in a passage, an indicator or their tooltips; typing ``PM2.5`` finds the passage."""
    panel = window.numbers_panel
    passages: dict[str, list[str]] = {}
    for summary in store.list_reports():
        window.open_report(summary.id)
        qtbot.waitUntil(lambda: panel.table.model().rowCount() > 0)
        for column in ("passage", "indicator"):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                cells = _cells(panel.table, column, role)
                assert not [c for c in cells if MARKUP.search(c)], (summary.meta.title, column)
        passages[summary.meta.title] = _cells(panel.table, "passage", Qt.ItemDataRole.DisplayRole)
    newspaper = passages["长治市2026年政府工作报告（报纸版）"]
    assert "PM2.5浓度降至30微克/立方米" in newspaper
    assert {"地区生产总值增长6%左右", "入库培育科技型中小企业300家以上"} <= set(newspaper)
    interpretation = passages["长治市2025年政府工作报告解读"]
    # Figures the panels restate are listed where the body states them; one only in a panel
    # reads across its Markdown line break.
    assert {
        "地区生产总值完成2593.4亿元",
        "省政府安排的15件民生实事全部兑现落实",
        "1374公里太行一号旅游公路全线贯通",
        "社会消费品零售总额增长 3.2%",
    } <= set(interpretation), interpretation
    assert "地区生产总值完成 2593.4亿元" not in interpretation
    window.open_report(find_report(store, "长治市2026年政府工作报告（报纸版）"))
    panel.filter_edit.setText("PM2.5")
    assert "PM2.5浓度降至30微克/立方米" in [passage for _value, passage in _rows_shown(panel)]


def test_sorting_by_value_orders_numbers(qapp: Any, store: Any) -> None:
    proxy = NumbersFilter()
    proxy.setSourceModel(_model(store))
    value = NumbersModel.COLUMNS.index("value")
    proxy.sort(value)
    keys = [proxy.index(r, value).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert keys == sorted(keys)


def test_a_value_shows_its_qualifier_once_as_the_command_line_prints_it(
    qapp: Any, store: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """``固定资产投资总量突破千亿元`` shows 突破1000亿元, with no 以上 repeated beside it, and
    every value reads as ``reportlens targets`` prints it."""
    title = "长治市2025年政府工作报告解读"
    model = _model(store, title)
    value = NumbersModel.COLUMNS.index("value")
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip
    floor = next(
        cells
        for r, cells in enumerate(rows)
        if model.statement(r).text == "固定资产投资总量突破千亿元"
    )
    assert floor[value] == "突破1000亿元"
    assert all("以上" not in cells and "左右" not in cells for cells in rows)
    capsys.readouterr()
    assert main(["--db", str(store.path), "targets", title]) == 0
    printed = [line.split()[0] for line in capsys.readouterr().out.splitlines()
               if line.startswith("  ")]  # fmt: skip
    assert printed == [cells[value] for cells in rows]


def test_filter_by_kind_and_text(qapp: Any, store: Any) -> None:
    model = _model(store)
    proxy = NumbersFilter()
    proxy.setSourceModel(model)
    kinds = {model.index(r, 0).data(KIND_ROLE) for r in range(model.rowCount())}
    kind = sorted(kinds)[0]
    proxy.set_kind(kind)
    assert 0 < proxy.rowCount() < model.rowCount() or len(kinds) == 1
    assert all(proxy.index(r, 0).data(KIND_ROLE) == kind for r in range(proxy.rowCount()))
    proxy.set_kind("")
    proxy.setFilterFixedString("zzzz-not-there")
    assert proxy.rowCount() == 0


def test_clicking_a_row_jumps_to_the_passage(window: Any, store: Any, qtbot: Any) -> None:
    tab = window.open_report(find_report(store, "长治市2024年政府工作报告"))
    panel = window.numbers_panel
    proxy = panel.proxy
    assert proxy.sourceModel() is tab.numbers_model
    last = proxy.index(proxy.rowCount() - 1, 1)
    start = int(last.data(START_ROLE))
    with qtbot.waitSignal(panel.passage_requested) as blocker:
        panel.table.clicked.emit(last)
    assert blocker.args[0] == start
    assert abs(tab.view.first_visible_offset() - start) < 200
    assert tab.view.layer("flash")


def test_no_column_is_narrower_than_its_title(window: Any, store: Any, qtbot: Any) -> None:
    """Each title shows whole; the room of a sort arrow only where it shows (the header's own
    size hints keep it in every column, a title's width more than the panel has to spare)."""
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    table = window.numbers_panel.table
    header = table.horizontalHeader()
    value = NumbersModel.COLUMNS.index("value")
    for sorted_by in (-1, value):
        if sorted_by >= 0:
            table.sortByColumn(sorted_by, Qt.SortOrder.AscendingOrder)
        titles = title_widths(table)
        assert titles[value] == header.sectionSizeHint(value) or sorted_by != value
        for column in range(header.count()):
            assert table.columnWidth(column) >= titles[column], (sorted_by, column)


@pytest.mark.parametrize("language", ["english", "chinese"])
def test_every_column_shows_in_the_panel_at_the_windows_first_size(
    window: Any, store: Any, qtbot: Any, request: pytest.FixtureRequest, language: str
) -> None:
    """At the window's first size the numbers dock is RIGHT_DOCK_WIDTH wide: every column,
    the year and section included, ends within the table, with no scrolling sideways."""
    if language == "chinese":
        request.getfixturevalue("chinese")
    window.resize(FIRST_SIZE)
    window.resizeDocks([window.numbers_dock], [RIGHT_DOCK_WIDTH], Qt.Orientation.Horizontal)
    window.open_report(find_report(store, "长治市2026年政府工作报告（报纸版）"))
    table = window.numbers_panel.table
    qtbot.waitUntil(lambda: window.numbers_dock.width() == RIGHT_DOCK_WIDTH)
    qtbot.wait(50)  # the table's own layout after the dock's
    header = table.horizontalHeader()
    assert table.model().rowCount() > 0
    for column in range(header.count()):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 <= header.sectionViewportPosition(column) < right, column
        assert right <= table.viewport().width(), (column, right, table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()


def _rows_shown(panel: Any) -> list[tuple[str, str]]:
    """The value and passage of every row the panel's table shows."""
    model = panel.table.model()
    value = NumbersModel.COLUMNS.index("value")
    passage = NumbersModel.COLUMNS.index("passage")
    return [
        (model.index(r, value).data(), model.index(r, passage).data())
        for r in range(model.rowCount())
    ]


def test_typing_a_floor_finds_it_wherever_the_report_writes_it(window: Any, store: Any) -> None:
    """``以上`` finds ``上半年开工80％以上`` and also the floors a row shows written before their
    figure (``突破30家``, ``不低于75%``, ``不少于20个``), as the qualifier column once did;
    ``不少于`` finds the rows that write it, and no floor written otherwise."""
    window.open_report(find_report(store, "晋城市2024年政府工作报告"))
    panel = window.numbers_panel
    statements = [panel.proxy.sourceModel().statement(r)
                  for r in range(panel.proxy.sourceModel().rowCount())]  # fmt: skip
    floors = {s.text for s in statements if s.qualifier == "以上"}
    panel.filter_edit.setText("以上")  # as typed: textChanged filters
    shown = _rows_shown(panel)
    assert {passage for _value, passage in shown} >= floors
    for value, passage in [
        ("80%以上", "上半年开工80％以上"),
        ("突破30家", "两化融合贯标认证企业突破30家"),
        ("不低于75%", "覆盖面不低于75％"),
        ("不少于20个", "建立市本级不少于20个"),
    ]:
        assert (value, passage) in shown
    panel.filter_edit.setText("不少于")
    assert _rows_shown(panel) and all("不少于" in value for value, _ in _rows_shown(panel))


def _kind_column_shows_every_kind_as_its_colour(window: Any, store: Any) -> None:
    window.open_report(find_report(store, "长治市2026年政府工作报告（报纸版）"))
    table = window.numbers_panel.table
    model = table.model()
    kind = NumbersModel.COLUMNS.index("kind")
    assert NumbersModel.COLUMNS[0] == "value"  # first: what a narrow panel still shows
    names = [style.name for style in number_kind_styles()]
    cells = [model.index(r, kind) for r in range(model.rowCount())]
    # Every kind shows as its colour, named in the tooltip (the report has every kind but
    # other figures, the last).
    assert {cell.data(Qt.ItemDataRole.ToolTipRole) for cell in cells} == set(names[:-1])
    assert all(cell.data() is None and cell.data(Qt.ItemDataRole.DecorationRole) for cell in cells)
    assert table.columnWidth(kind) >= table.sizeHintForColumn(kind)
    widest = max(table.fontMetrics().horizontalAdvance(name) for name in names)
    assert table.columnWidth(kind) < widest  # a swatch, not the name's room


def test_the_kind_column_shows_every_kind_as_its_colour_in_english(window: Any, store: Any) -> None:
    assert number_kind_styles()[2].name == "Commitment"
    _kind_column_shows_every_kind_as_its_colour(window, store)


def test_the_kind_column_shows_every_kind_as_its_colour_in_chinese(
    chinese: None, window: Any, store: Any
) -> None:
    assert number_kind_styles()[2].name == "工作承诺"
    _kind_column_shows_every_kind_as_its_colour(window, store)


def test_the_kind_column_fits_once_rows_show_after_a_filter_that_kept_none(
    window: Any, store: Any
) -> None:
    panel = window.numbers_panel
    panel.filter_edit.setText("no number says this")
    window.open_report(find_report(store, "长治市2026年政府工作报告（报纸版）"))
    assert panel.table.model().rowCount() == 0
    panel.filter_edit.clear()
    kind = NumbersModel.COLUMNS.index("kind")
    assert panel.table.columnWidth(kind) >= panel.table.sizeHintForColumn(kind)
