"""Exporting annotations from the window: File menu and the panel's button, Markdown or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.library import find_report
from core.notes.export import BOM
from core.notes.library_notes import annotate
from gui.notes.annotations_export import export_annotations


def _annotated(window: Any, store: Any) -> str:
    report_id = find_report(store, "长治市2024年政府工作报告")
    text = store.report(report_id).text
    start = text.index("地区生产总值")
    annotate(store, report_id, start, start + 6, "yellow", "看目标", ["经济"])
    return text[start : start + 6]


def test_the_file_menu_and_the_panel_offer_the_export(window: Any) -> None:
    action = window.menu_actions.export_annotations
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    assert window.annotations_panel.export_button.isVisibleTo(window.annotations_panel)


def test_markdown_and_csv_hold_the_passage_and_the_note(
    window: Any, store: Any, tmp_path: Path
) -> None:
    quote = _annotated(window, store)
    markdown = tmp_path / "notes.md"
    assert export_annotations(window, markdown) == 1
    written = markdown.read_text(encoding="utf-8")
    assert quote in written and "看目标" in written and "长治市2024年政府工作报告" in written
    csv = tmp_path / "notes.csv"
    assert export_annotations(window, csv) == 1
    table = csv.read_text(encoding="utf-8")
    assert table.startswith(BOM) and quote in table and "经济" in table
    assert "notes.csv" in window.statusBar().currentMessage()


def test_a_folder_that_cannot_be_written_is_named_in_one_message(
    window: Any, store: Any, tmp_path: Path
) -> None:
    _annotated(window, store)
    missing = tmp_path / "no such folder" / "notes.md"
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    assert export_annotations(window, missing) is None
    assert seen and seen[0].startswith("notes.md: ")
    assert not missing.parent.exists()
