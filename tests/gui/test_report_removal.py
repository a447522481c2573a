"""Removing an annotated report asks one question naming its annotations, and offers to export
them first: Export annotations…, Remove, or Cancel (the default, leaving the library as it was)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from core.library import find_report
from core.notes.anchors import make_anchor
from core.store.annotations import annotations_of

TITLE = "晋城市2024年政府工作报告"


def _annotated(store: Any, count: int) -> Any:
    report_id = find_report(store, TITLE)
    text = store.report(report_id).text
    notes = annotations_of(store)
    for n in range(count):
        notes.add(report_id, make_anchor(text, 10 + 20 * n, 20 + 20 * n), "red")
    return report_id


class Questions:
    """Answers each question box with the button named ``answer`` (Cancel when None), keeping
    what each asked; a save dialog is answered with ``save_as`` (or cancelled)."""

    def __init__(self, answer: str | None, save_as: Path | None = None) -> None:
        self.answer, self.save_as = answer, save_as
        self.asked: list[tuple[str, list[str], str]] = []
        self.saving_offered: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._reply)
        self._timer.start()

    def _reply(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox) and dialog.isVisible():
            buttons = [b.text() for b in dialog.buttons()]
            self.asked.append((dialog.text(), buttons, dialog.defaultButton().text()))
            cancel = dialog.button(QMessageBox.StandardButton.Cancel)
            chosen = [b for b in dialog.buttons() if b.text() == self.answer]
            (chosen[0] if chosen else cancel).click()
        elif isinstance(dialog, QFileDialog) and dialog.isVisible():
            self.saving_offered.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
            if self.save_as is None:
                dialog.reject()
            else:
                dialog.findChild(QLineEdit, "fileNameEdit").setText(str(self.save_as))
                dialog.accept()

    def stop(self) -> None:
        self._timer.stop()


def _remove(window: Any, report_id: Any, questions: Questions) -> None:
    try:
        window.library_panel.request_remove(report_id)
    finally:
        questions.stop()


def test_one_question_names_the_annotations_and_cancel_is_the_default(
    window: Any, store: Any
) -> None:
    report_id = _annotated(store, 3)
    questions = Questions(None)
    _remove(window, report_id, questions)
    assert len(questions.asked) == 1  # one question, not a general one and then another
    text, buttons, default = questions.asked[0]
    assert f"“{TITLE}” has 3 annotations" in text
    assert sorted(buttons) == ["Cancel", "Export annotations…", "Remove"]
    assert default == "Cancel"
    # Cancelled: the library is as it was.
    assert any(s.id == report_id for s in store.list_reports())
    assert annotations_of(store).count_annotations(report_id) == 3


def test_remove_takes_the_report_and_its_annotations(window: Any, store: Any) -> None:
    report_id = _annotated(store, 1)
    questions = Questions("Remove")
    _remove(window, report_id, questions)
    assert len(questions.asked) == 1 and f"“{TITLE}” has 1 annotation." in questions.asked[0][0]
    assert not any(s.id == report_id for s in store.list_reports())
    assert annotations_of(store).count_annotations(report_id) == 0
    assert window.library_panel.model.summary(report_id) is None


def test_export_saves_the_reports_annotations_then_removes_it(
    window: Any, store: Any, tmp_path: Path
) -> None:
    report_id = _annotated(store, 2)
    other = find_report(store, "长治市2024年政府工作报告")
    annotations_of(store).add(other, make_anchor(store.report(other).text, 5, 9), "red")
    out = tmp_path / "kept.csv"
    questions = Questions("Export annotations…", save_as=out)
    _remove(window, report_id, questions)
    assert questions.saving_offered == [f"{TITLE}.md"]
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 3  # a heading and this report's two annotations, not the other's
    assert not any(s.id == report_id for s in store.list_reports())
    assert window.statusBar().currentMessage() == "2 annotations exported to kept.csv"


def test_an_export_cancelled_removes_nothing(window: Any, store: Any) -> None:
    report_id = _annotated(store, 2)
    questions = Questions("Export annotations…", save_as=None)
    _remove(window, report_id, questions)
    assert len(questions.saving_offered) == 1
    assert any(s.id == report_id for s in store.list_reports())
    assert annotations_of(store).count_annotations(report_id) == 2


@pytest.mark.usefixtures("chinese")
def test_the_question_in_chinese(window: Any, store: Any) -> None:
    report_id = _annotated(store, 2)
    questions = Questions(None)
    _remove(window, report_id, questions)
    text, buttons, _default = questions.asked[0]
    assert text.startswith(f"“{TITLE}”有 2 条批注。")
    assert {"导出批注…", "移除"} <= set(buttons)
