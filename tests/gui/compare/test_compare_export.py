"""Saving a comparison from the compare view: a file that cannot be written is one message
naming it, a file saved is confirmed, nothing is offered while the view compares again, and a
PDF's text reads as printed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QPageSize, QRawFont
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from core.equivalent_ideographs import equivalent_ideographs
from core.library import LoadedReport
from gui.compare.compare_view import CompareView

Opener = Callable[..., CompareView]


def _answer_message(seen: list[str]) -> None:
    """Read the message box that opens next, note its text and close it."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # not open yet: look again
            QTimer.singleShot(10, answer)
            return
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)


def test_html_to_a_folder_that_cannot_be_written_is_one_message(
    tmp_path: Path, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    target = tmp_path / "no such folder" / "compare.html"
    seen: list[str] = []
    _answer_message(seen)
    assert view.export.save_html(target) is False
    assert len(seen) == 1 and seen[0].startswith("compare.html: "), seen
    assert not target.parent.exists()


def test_a_pdf_that_cannot_be_written_is_one_message_and_leaves_the_old_file(
    tmp_path: Path, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    old = tmp_path / "compare.pdf"
    old.write_bytes(b"an earlier file")
    (tmp_path / ".compare.pdf.partial").mkdir()  # where the new file is first written
    seen: list[str] = []
    _answer_message(seen)
    assert view.export.save_pdf(old) is False
    assert len(seen) == 1 and seen[0].startswith("compare.pdf: "), seen
    assert old.read_bytes() == b"an earlier file"


def test_a_pdf_to_a_missing_folder_is_one_message(
    tmp_path: Path, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    target = tmp_path / "no such folder" / "compare.pdf"
    seen: list[str] = []
    _answer_message(seen)
    assert view.export.save_pdf(target) is False
    assert len(seen) == 1 and seen[0].startswith("compare.pdf: "), seen


def test_a_saved_file_is_confirmed_in_the_status_bar(
    qtbot: Any, tmp_path: Path, loaded: dict[str, LoadedReport]
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    view = CompareView(loaded["cz2024"], loaded["cz2024np"], parent=window)
    window.setCentralWidget(view)
    window.resize(1300, 800)
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        window.show()
    target = tmp_path / "比较.html"
    assert view.export.save_html(target)
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    # The window's language (the tests run it in English) for the page's own words.
    assert '<html lang="zh-CN">' in page and '<h2 lang="en">Changes</h2>' in page
    assert "比较.html" in window.statusBar().currentMessage()


def test_saving_waits_while_the_view_compares_again(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    actions = view.compare_actions
    exports = (actions.export_action, actions.pdf_action, actions.print_action)
    assert all(action.isEnabled() for action in exports)
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        actions.character_action.trigger()  # compares again, character by character
        assert view.is_comparing()
        assert not any(action.isEnabled() for action in exports)
    assert all(action.isEnabled() for action in exports)


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def _radicals(text: str) -> str:
    radicals = equivalent_ideographs()
    return "".join(sorted({c for c in text if c in radicals}))


def _font_sharing_long_with_its_radical() -> str:
    """An installed Chinese family that draws ⻓ and 长 with one glyph (Noto Sans/Serif CJK
    do; WenQuanYi Micro Hei draws them apart), or skip."""
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        raw = QRawFont.fromFont(QFont(family))
        glyphs = raw.glyphIndexesForString("⻓长")
        if raw.familyName() == family and len(glyphs) == 2 and glyphs[0] == glyphs[1] != 0:
            return family
    pytest.skip("no installed font draws ⻓ and 长 with one glyph")


def test_an_exported_pdf_reads_as_the_reports_in_the_default_font(
    tmp_path: Path, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    pdf = tmp_path / "compare.pdf"
    view.export.export_pdf(pdf)
    text = _pdf_text(pdf)
    assert text.count("长治") > 50 and _radicals(text) == ""


def test_a_font_that_draws_radicals_as_ideographs_still_reads_as_the_ideographs(
    tmp_path: Path, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    family = _font_sharing_long_with_its_radical()
    view = open_view(loaded["cz2024"], loaded["cz2026np"], font=QFont(family))
    pdf = tmp_path / "compare.pdf"
    view.export.export_pdf(pdf)
    text = _pdf_text(pdf)
    assert text.count("长治") > 50 and _radicals(text) == "", family
    # Printed from the print dialog to a PDF file, the same.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    view.export.print_to(printer)
    printed = _pdf_text(tmp_path / "printed.pdf")
    assert printed.count("长治") > 50 and _radicals(printed) == ""
