"""The scorecard and the numbers leave the window as CSV: the scorecard's Export… and Copy, the
numbers panel's Export…, and the File menu while such a view is shown."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from core.library import find_report
from core.notes.export import BOM
from gui.scorecard.scorecard_view import ScorecardView


def _rows(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith(BOM)
    return list(csv.DictReader(text.removeprefix(BOM).splitlines()))


def _answer_save_dialog(path: Path, asked: list[str]) -> None:
    """Type ``path`` into the save dialog when it shows, and save (Qt's own dialog, as the
    offscreen platform has no native one)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        asked.append(dialog.windowTitle())
        asked.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, answer)


def _scorecard(window: Any) -> ScorecardView:
    window.open_scorecard("长治市")
    view = window.tabs.currentWidget()
    assert isinstance(view, ScorecardView)
    return view


def test_the_scorecards_export_writes_what_the_table_shows(
    window: Any, tmp_path: Path, chinese: None
) -> None:
    view = _scorecard(window)
    out = tmp_path / "长治"  # the suffix is added
    asked: list[str] = []
    _answer_save_dialog(out, asked)
    view.export_button.click()
    written = out.with_name("长治.csv")
    rows = _rows(written)
    assert asked[1] == "长治市目标完成情况.csv"
    gdp = rows[0]
    assert (gdp["年份"], gdp["指标"], gdp["目标"], gdp["结果"], gdp["判定"], gdp["差距"]) == (
        "2024",
        "地区生产总值",
        "6%左右",
        "2.6%",
        "未完成",
        "-3.4",
    )
    assert len(rows) == sum(len(year.lines) for year in view.model.card.years)
    assert "长治.csv" in window.statusBar().currentMessage()


def test_the_file_menu_exports_the_scorecard_shown_and_the_numbers_of_the_report_read(
    window: Any, store: Any, tmp_path: Path
) -> None:
    actions = window.menu_actions
    file_menu = window.menuBar().actions()[0].menu()
    assert {actions.export_scorecard, actions.export_numbers} <= set(file_menu.actions())
    assert not actions.export_scorecard.isEnabled() and not actions.export_numbers.isEnabled()
    _scorecard(window)
    assert actions.export_scorecard.isEnabled() and not actions.export_numbers.isEnabled()
    out = tmp_path / "scorecard.csv"
    _answer_save_dialog(out, [])
    actions.export_scorecard.trigger()
    assert _rows(out)[0]["Verdict"] == "missed"
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    assert actions.export_numbers.isEnabled() and not actions.export_scorecard.isEnabled()
    numbers = tmp_path / "numbers.csv"
    asked: list[str] = []
    _answer_save_dialog(numbers, asked)
    actions.export_numbers.trigger()
    assert asked == ["Export numbers", "Numbers of 长治市2024年政府工作报告.csv"]
    rows = _rows(numbers)
    assert len(rows) == window.numbers_panel.proxy.rowCount()
    assert "numbers.csv" in window.statusBar().currentMessage()


def test_the_numbers_panel_exports_the_numbers_its_filter_keeps(
    window: Any, store: Any, tmp_path: Path
) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    panel = window.numbers_panel
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("target"))
    kept = panel.proxy.rowCount()
    assert 0 < kept < panel.proxy.sourceModel().rowCount()
    out = tmp_path / "targets.csv"
    _answer_save_dialog(out, [])
    panel.export_button.click()
    rows = _rows(out)
    assert len(rows) == kept and {r["Kind"] for r in rows} == {"Target"}
    gdp = next(r for r in rows if r["Counted as"] == "地区生产总值")
    assert (gdp["Value"], gdp["Number"], gdp["Year"]) == ("6%左右", "6", "2024")


def test_a_folder_that_cannot_be_written_is_named_in_one_message(
    window: Any, tmp_path: Path, messages: Any
) -> None:
    view = _scorecard(window)
    missing = tmp_path / "no such folder" / "scorecard.csv"
    assert view.export_csv(missing) is None
    assert messages.texts == ["scorecard.csv: No such file or directory"]
    assert not missing.parent.exists()


def test_copy_puts_the_scorecard_on_the_clipboard_for_a_spreadsheet(window: Any) -> None:
    view = _scorecard(window)
    view.copy_button.click()
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:5] == ["Year", "Indicator", "Target", "Result", "Verdict"]
    assert lines[1].split("\t")[:6] == ["2024", "地区生产总值", "6%左右", "2.6%", "missed", "-3.4"]
    assert len(lines) == 1 + sum(len(year.lines) for year in view.model.card.years)
