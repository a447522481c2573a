"""The Targets tab: each target a row that reads whole beside two texts (its indicator and
verdict, then ``10.5% → 6%以上``), in a panel narrow or wide, and by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.library import LoadedReport
from core.numbers.target_compare import TargetChange, TargetChangeKind
from gui.compare.target_row import CHANGE_COLOURS
from gui.compare.targets_panel import (
    LEFT_START_ROLE,
    RIGHT_START_ROLE,
    TargetsHeading,
    TargetsModel,
)
from tests.gui.target_rows import assert_targets_read_whole

Opener = Callable[..., Any]


def test_each_target_reads_whole_at_a_glance(
    open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    panels = view.panels
    panels.setCurrentIndex(panels.count() - 1)
    table = panels.targets_view
    assert panels.currentWidget().isAncestorOf(table) and table.isVisible()
    heading = panels.findChild(TargetsHeading)
    assert heading.text() == "Older → Newer" and heading.isVisible()
    # As wide as the window first opens it (1288 px), as wide as a reader may pull it, and as
    # narrow as the panels go.
    least = panels.minimumSizeHint().width()
    for width in (248, 520, least):
        view.splitter.setSizes([width, view.splitter.width() - width])
        QApplication.processEvents()
        assert abs(view.splitter.sizes()[0] - width) <= 2, (width, view.splitter.sizes())
        lines = assert_targets_read_whole(table, whole_indicators=width > least)
        assert len(lines) >= 9, lines
        assert not table.horizontalScrollBar().isVisible()
        if width >= 248:
            # a target whose figures changed reads on two lines: 固定资产投资 / 10.5% → 6%以上
            assert lines["固定资产投资"] == lines["居民消费价格涨幅"] == 2, (width, lines)
            assert max(lines.values()) <= 3, (width, lines)


def test_a_target_in_other_words_is_marked_reworded_not_same(
    open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    table = view.panels.targets_view
    model = table.model()
    rows = {model.index(row, 0).data(): row for row in range(model.rowCount())}
    duty = rows["约束性指标"]  # 不折不扣完成省下达任务 → 不折不扣完成省下达的目标任务
    verdicts = {label: model.index(row, 3).data() for label, row in rows.items()}
    assert verdicts["约束性指标"] == "reworded"
    assert verdicts["地区生产总值"] == "same" and verdicts["固定资产投资"] == "changed"
    layout = table.itemDelegate().row_layout(model.index(duty, 0), 400)
    assert layout is not None and layout.stripe == CHANGE_COLOURS[TargetChangeKind.REWORDED]
    newer = [run for run in layout.runs if "目标任务" in run.text]
    assert newer and all(run.colour == layout.stripe for run in newer)
    assert model.index(duty, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_keys_walk_the_targets_and_enter_shows_one_in_both_texts(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    view.panels.setCurrentIndex(view.panels.count() - 1)
    table = view.panels.targets_view
    model = table.model()
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    index = table.currentIndex()
    assert index.row() == 1 and model.index(1, 0).data() == "固定资产投资"
    assert "10.5% → 6%以上" in index.data(Qt.ItemDataRole.ToolTipRole)
    left, right = index.data(LEFT_START_ROLE), index.data(RIGHT_START_ROLE)
    with qtbot.waitSignal(table.target_activated) as shown:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shown.args == [left, right]
    assert "10.5%" in loaded["cz2024"].text[left : left + 40]


def _duty_row() -> TargetChange:
    return TargetChange(
        "binding_indicators",
        "约束性指标",
        None,
        None,
        TargetChangeKind.REWORDED,
        "不折不扣完成省下达任务",
        "不折不扣完成省下达的目标任务",
    )


def test_a_rows_tooltip_names_its_indicator_as_its_language_does(qapp: Any) -> None:
    model = TargetsModel()
    model.set_targets([_duty_row()])
    assert (
        model.item(0, 0).toolTip()
        == "约束性指标: 不折不扣完成省下达任务 → 不折不扣完成省下达的目标任务"
    )


@pytest.mark.usefixtures("chinese")
def test_in_chinese_a_rows_tooltip_has_the_chinese_colon_and_its_verdict_is_chinese() -> None:
    model = TargetsModel()
    model.set_targets([_duty_row()])
    tips = {model.item(0, column).toolTip() for column in range(4)}
    assert tips == {"约束性指标：不折不扣完成省下达任务 → 不折不扣完成省下达的目标任务"}
    assert model.item(0, 3).text() == "表述调整"
