"""Closing the note editor without saving: with a change made it asks (Save, the default;
Discard; Cancel), with nothing changed it closes at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.records import Annotation
from core.store.annotations import annotations_of
from gui.notes.note_editor import NoteEditor


class Answer:
    """Answers the next "save the changes?" question with ``button``, keeping what it showed."""

    def __init__(self, button: QMessageBox.StandardButton | None) -> None:
        self.button = button
        self.asked: list[tuple[str, QMessageBox.StandardButton]] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.asked.append((box.text(), box.standardButton(box.defaultButton())))
        self._timer.stop()
        if self.button is None:  # as Enter does: the default button
            box.defaultButton().click()
        else:
            box.button(self.button).click()


def _annotation(store: Any) -> Annotation:
    text = store.report(ReportId(1)).text
    start = text.index("城镇新增就业")
    return annotate(store, ReportId(1), start, start + 6, "yellow", "原有笔记", ["就业"])


def _editor(qtbot: Any, store: Any, kept: list[NoteEditor]) -> NoteEditor:
    def keep(editor: NoteEditor) -> bool:
        kept.append(editor)
        return True

    editor = NoteEditor(_annotation(store), annotations_of(store).palette(), keep=keep)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_nothing_changed_closes_at_once(qtbot: Any, store: Any) -> None:
    kept: list[NoteEditor] = []
    editor = _editor(qtbot, store, kept)
    editor.note.setPlainText("原有笔记")  # typed back as it was: no change
    editor.tags.setText(" 就业 ")
    answer = Answer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.wait(50)
    answer._timer.stop()
    assert answer.asked == [] and not editor.isVisible() and kept == []


def test_esc_with_a_note_typed_asks_and_cancel_keeps_editing(qtbot: Any, store: Any) -> None:
    kept: list[NoteEditor] = []
    editor = _editor(qtbot, store, kept)
    editor.note.setPlainText("新的笔记")
    answer = Answer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(answer.asked) == 1
    text, default = answer.asked[0]
    assert "Save" in text and default == QMessageBox.StandardButton.Save
    assert editor.isVisible() and editor.note.toPlainText() == "新的笔记" and kept == []
    # Discard closes it, nothing saved.
    answer = Answer(QMessageBox.StandardButton.Discard)
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(answer.asked) == 1 and not editor.isVisible() and kept == []


def test_tags_or_colour_changed_ask_too(qtbot: Any, store: Any) -> None:
    for change in (
        lambda editor: editor.tags.setText("就业，目标"),
        lambda editor: editor.colour.setCurrentIndex(editor.colour.findData("green")),
    ):
        kept: list[NoteEditor] = []
        editor = _editor(qtbot, store, kept)
        change(editor)
        answer = Answer(QMessageBox.StandardButton.Discard)
        editor.close()  # the window's close button
        assert len(answer.asked) == 1 and not editor.isVisible()


def _in_the_editor(act: Callable[[NoteEditor], None]) -> None:
    def run() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, NoteEditor)
        act(editor)

    QTimer.singleShot(0, run)


def test_saving_from_the_question_saves_as_save_does(
    window: Any, store: Any, qtbot: Any, chinese: None
) -> None:
    tab = window.open_report(ReportId(1))
    made = _annotation(store)
    tab.notes.refresh()
    answers: list[Answer] = []

    def type_and_escape(editor: NoteEditor) -> None:
        editor.note.setPlainText("**要点**")
        editor.tags.setText("就业，目标")
        answers.append(Answer(None))  # Enter: the default, Save
        qtbot.keyClick(editor, Qt.Key.Key_Escape)

    _in_the_editor(type_and_escape)
    tab.notes.edit(made.id)
    (answer,) = answers
    assert answer.asked == [("保存对此批注的修改吗？", QMessageBox.StandardButton.Save)]
    saved = annotations_of(store).get(made.id)
    assert (saved.note, saved.tags) == ("**要点**", ("就业", "目标"))
    window.menu_actions.undo.trigger()
    # Undone: as it was made, but for the time of its last change (the undo is one).
    undone = annotations_of(store).get(made.id)
    assert replace(undone, updated_at=made.updated_at) == made
