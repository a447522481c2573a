"""Each kind of figure has one name in each language: the numbers panel's kind chooser, legend
and table, the CSV it exports and ``reportlens targets`` say the same words."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.cli.targets_words import TARGETS_WORDS
from core.library import LoadedReport, load_file
from core.numbers.statements import StatementKind
from core.numbers.table_words import table_words
from gui.numbers.numbers_model import KIND_ROLE, NumbersModel
from gui.numbers.numbers_panel import NumbersPanel
from gui.reader.legend import NumberLegend
from gui.reader.number_kinds import NumberHighlightState, kind_name, kind_value, number_kind_styles
from gui.reader.readable_report import numbers_of


def test_the_exported_numbers_name_each_kind_as_the_panel_does(qapp: Any, language: str) -> None:
    words = table_words(language == "zh")
    names = {style.kind: style.name for style in number_kind_styles()}
    assert {kind: words.kinds[kind] for kind in names} == names
    if language == "zh":
        assert list(names.values()) == ["预期目标", "规划目标", "工作承诺", "结果", "其他"]
        # The command line's headings in Chinese are the same words.
        assert TARGETS_WORDS.chinese.kinds == words.kinds
    else:
        # In English it glosses each kind with the Chinese name the Chinese reader sees.
        chinese_names = table_words(True).kinds
        for kind, heading in TARGETS_WORDS.english.kinds.items():
            assert heading.endswith(f"({chinese_names[kind]})"), heading


def _with_a_figure_of_its_own_work(samples: dict[str, Path], tmp_path: Path) -> LoadedReport:
    """长治 2024 with a figure in its part on the government's own work: none of the four
    kinds of the plan and the review, but ``other``."""
    text = samples["cz2024"].read_text(encoding="utf-8")
    own_work = text.replace("守法度、重规范。", "守法度、重规范。政务服务事项网上可办率达到98%。")
    assert own_work != text
    path = tmp_path / "changzhi-2024-report.txt"
    path.write_text(own_work, encoding="utf-8")
    return load_file(path)


@pytest.fixture
def own_work_report(samples: dict[str, Path], tmp_path: Path) -> LoadedReport:
    return _with_a_figure_of_its_own_work(samples, tmp_path)


def test_a_figure_of_no_highlighted_kind_is_named_as_the_export_names_it(
    qapp: Any, language: str, own_work_report: LoadedReport
) -> None:
    # A figure in the part on the government's own work is none of the four kinds: the
    # numbers panel lists it, its kind named (Other, 其他) rather than by core's value.
    words = table_words(language == "zh")
    report = own_work_report
    model = NumbersModel(numbers_of(report), report.text, report.outline)
    kind_column = NumbersModel.COLUMNS.index("kind")
    others = [row for row in range(model.rowCount()) if model.statement(row).kind == "other"]
    assert len(others) == 1
    cell = model.index(others[0], kind_column)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == words.kinds["other"]
    assert (
        model.table_csv(others, chinese=language == "zh")
        .splitlines()[1]
        .startswith(f"{words.kinds['other']},98%,")
    )
    # Every kind core gives a figure has its name in the window.
    assert {kind.value: kind_name(kind.value) for kind in StatementKind} == words.kinds


def test_other_figures_are_offered_by_the_kind_chooser_and_a_switch_of_their_own(
    qtbot: Any, language: str, own_work_report: LoadedReport
) -> None:
    # Shown under All kinds only, a figure of the government's own work was not to be had on
    # its own: the chooser offers every kind the export names, Other (其他) too.
    words = table_words(language == "zh")
    report = own_work_report
    numbers = numbers_of(report)
    panel = NumbersPanel()
    qtbot.addWidget(panel)
    panel.set_model(NumbersModel(numbers, report.text, report.outline))
    box = panel.kind_box
    offered = {box.itemData(index): box.itemText(index) for index in range(1, box.count())}
    assert offered == words.kinds
    box.setCurrentIndex(box.findData("other"))
    kept = [panel.proxy.index(row, 0).data(KIND_ROLE) for row in range(panel.proxy.rowCount())]
    assert kept == ["other"]
    # The reader's legend switches their highlights as it does each kind's.
    state = NumberHighlightState()
    legend = NumberLegend(state)
    qtbot.addWidget(legend)
    legend.set_counts(Counter(kind_value(statement.kind) for statement in numbers))
    switch = legend.button("other")
    assert not switch.isHidden() and switch.isEnabled()
    assert switch.text().startswith(words.kinds["other"])
    assert switch.isChecked() and state.is_shown("other")
    switch.click()
    assert not state.is_shown("other") and state.is_shown("result")
    # A report without such figures (most) is not given a line of the legend for them.
    kinds = Counter(kind_value(statement.kind) for statement in numbers)
    legend.set_counts({kind: count for kind, count in kinds.items() if kind != "other"})
    assert switch.isHidden() and not legend.button("result").isHidden()
