"""Saving a comparison from the compare view: a file that cannot be written is one message
naming it, a file saved is confirmed, and nothing is offered while the view compares again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

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
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
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
