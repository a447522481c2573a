"""Exporting annotations from the window: File menu and the panel's button, Markdown or CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextDocument, QTextFormat
from PySide6.QtWidgets import QApplication, QMessageBox

from core.library import find_report
from core.notes.export import BOM
from core.notes.library_notes import annotate
from core.notes.shown_quote import quote_on_context
from core.store.annotations import annotations_of
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


@pytest.mark.usefixtures("chinese")
def test_the_app_in_chinese_exports_in_chinese(window: Any, store: Any, tmp_path: Path) -> None:
    _annotated(window, store)
    markdown = tmp_path / "批注.md"
    assert export_annotations(window, markdown) == 1
    written = markdown.read_text(encoding="utf-8")
    assert written.startswith("# 批注\n") and "*新提法 · #经济*" in written
    assert "Annotations" not in written and "位置" not in written
    table = tmp_path / "批注.csv"
    assert export_annotations(window, table) == 1
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert (rows[0]["颜色"], rows[0]["位置状态"], rows[0]["笔记"]) == ("黄色", "在原处", "看目标")


def test_the_app_in_english_exports_in_english(window: Any, store: Any, tmp_path: Path) -> None:
    _annotated(window, store)
    markdown = tmp_path / "notes.md"
    assert export_annotations(window, markdown) == 1
    assert markdown.read_text(encoding="utf-8").startswith("# Annotations\n")


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


def _rendered_blocks(markdown: str) -> list[tuple[int, int, bool, str, int, bool]]:
    """Each block of the Markdown as Qt renders it: quote level, heading level, in a list, the
    text, its heaviest weight and whether any of it is italic."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    blocks = []
    block = document.begin()
    while block.isValid():
        formats = []
        fragments = block.begin()
        while not fragments.atEnd():
            formats.append(fragments.fragment().charFormat())
            fragments += 1
        level = block.blockFormat().property(QTextFormat.Property.BlockQuoteLevel) or 0
        weight = max((f.fontWeight() for f in formats), default=400)
        italic = any(f.fontItalic() for f in formats)
        heading = block.blockFormat().headingLevel()
        blocks.append((level, heading, block.textList() is not None, block.text(), weight, italic))
        block = block.next()
    return blocks


def test_exported_markdown_renders_each_quote_as_the_passage(
    window: Any, store: Any, tmp_path: Path
) -> None:
    # The interpretation's own marks: a #### heading, bold figures (one bold mark cut in half
    # by the passage's end), a stray "# 2024" line; tags holding marks.
    report_id = find_report(store, "长治市2025年政府工作报告解读")
    text = store.report(report_id).text
    for first, last in [
        ("项事业开创新局面。", "全市地区生产总值完成2593"),
        ("长  \n**2.6%**", "减税降费  \n*"),
        ("版式设计:", "一年来,坚持依法行政,主动接"),
    ]:
        start = text.index(first)
        annotate(store, report_id, start, text.index(last, start) + len(last), "red", "", ["x*y"])
    markdown = tmp_path / "notes.md"
    assert export_annotations(window, markdown) == 3
    blocks = _rendered_blocks(markdown.read_text(encoding="utf-8"))
    quoted = [block for block in blocks if block[0] > 0]
    assert all(
        heading == 0 and not listed and weight <= 400 for _, heading, listed, _, weight, _ in quoted
    )
    lines = [block[3] for block in quoted]
    for annotation in annotations_of(store).search():
        passage = [line.strip() for line in quote_on_context(annotation.anchor).splitlines()]
        at = lines.index(next(line for line in passage if line))
        assert lines[at : at + len([p for p in passage if p])] == [p for p in passage if p]
    assert "●承压前行、克难奋进,经济运行取得新成效" in lines and "2024" in lines
    assert sum("#x*y" in block[3] and block[5] for block in blocks) == 3


def test_with_no_annotation_nothing_is_asked_nor_written_and_the_status_bar_says_so(
    window: Any, tmp_path: Path, chinese: None
) -> None:
    asked: list[str] = []

    def dialog_shown() -> None:  # a save dialog, had one opened, is closed and noted
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            asked.append(dialog.windowTitle())
            dialog.close()

    watch = QTimer()
    watch.timeout.connect(dialog_shown)
    watch.start(20)
    window.menu_actions.export_annotations.trigger()
    out = tmp_path / "out"
    out.mkdir()
    assert export_annotations(window, out / "批注.md") == 0
    watch.stop()
    assert asked == []
    assert list(out.iterdir()) == []
    assert window.statusBar().currentMessage() == "没有可导出的批注"
