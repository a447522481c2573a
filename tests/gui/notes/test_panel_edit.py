"""Editing a note from the annotations panel, for a report open in no tab, in a tab behind the
one shown, or opened by the double click: the note editor opens on the annotation, its change
is saved in the library at once and undone with Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from core.library import open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.records import Annotation
from core.store.annotations import annotations_of
from gui.notes.annotations_model import ID_ROLE
from gui.notes.note_editor import NoteEditor

NOT_OPEN = ReportId(3)


def _annotate(store: Any, report: ReportId, quote: str) -> Annotation:
    start = store.report(report).text.index(quote)
    return annotate(store, report, start, start + len(quote), "yellow", "旧笔记", ["提法"])


def _written(annotation: Annotation) -> tuple[object, ...]:
    """What the note editor writes: an undo or redo writes it again, at a later time."""
    return (annotation.colour, annotation.note, annotation.tags)


def _in_the_editor(act: Callable[[NoteEditor], None]) -> list[NoteEditor]:
    """Run ``act`` in the note editor once it is open; the editors seen (none: it never
    opened, and nothing is typed anywhere later)."""
    seen: list[NoteEditor] = []

    def run() -> None:
        editor = QApplication.activeModalWidget()
        if isinstance(editor, NoteEditor):
            seen.append(editor)
            act(editor)

    QTimer.singleShot(0, run)
    return seen


def _write_and_save(editor: NoteEditor) -> None:
    editor.note.setPlainText("**要点**：新动能")
    editor.tags.setText("产业，动能")
    editor.colour.setCurrentIndex(editor.colour.findData("green"))
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def _edit_from_the_menu(panel: Any, annotation_id: int) -> None:
    panel.tree.setFocus()  # as the right click on the row leaves it
    menu = panel.context_menu(panel.row_of(annotation_id))
    assert menu is not None
    (edit,) = [a for a in menu.actions() if a.text() == "&Edit note…"]
    edit.trigger()
    menu.deleteLater()


def test_the_note_of_a_report_not_open_is_edited_from_the_panel_and_undone(
    window: Any, store: Any, library_db: str, qtbot: Any
) -> None:
    made = _annotate(store, NOT_OPEN, "新质生产力")
    reading = window.open_report(ReportId(1))
    panel = window.annotations_panel
    panel.everywhere.setChecked(True)
    quotes: list[str] = []
    seen = _in_the_editor(
        lambda editor: (
            quotes.append(editor.findChild(QLabel, "noteQuote").text()),
            _write_and_save(editor),
        )
    )
    _edit_from_the_menu(panel, made.id)
    assert len(seen) == 1 and quotes == ["新质生产力"]
    saved = annotations_of(store).get(made.id)
    assert (saved.note, saved.tags, saved.colour) == ("**要点**：新动能", ("产业", "动能"), "green")
    # Saved in the library, as another connection (the app started again) reads it.
    with open_library(library_db, read_only=True) as again:
        assert annotations_of(again).get(made.id) == saved
    # Edited where it is listed: no tab opened, the reader kept, the row still the chosen one.
    assert window.reader_tabs() == [reading] and window.current_reader() is reading
    assert panel.tree.currentIndex().data(ID_ROLE) == made.id
    assert "✎ 要点：新动能 #产业 #动能" in panel.tree.currentIndex().data()
    assert window.undo_stack.undoText() == "Edit note"
    window.activateWindow()  # as the desktop does once the editor closes: the list has the focus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.tree, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _written(annotations_of(store).get(made.id)) == _written(made)
    assert "✎ 旧笔记 #提法" in panel.row_of(made.id).data()
    window.menu_actions.redo.trigger()
    assert _written(annotations_of(store).get(made.id)) == _written(saved)


def test_a_report_in_a_tab_behind_repaints_the_note_edited_from_the_panel(
    window: Any, store: Any
) -> None:
    made = _annotate(store, NOT_OPEN, "新质生产力")
    behind = window.open_report(NOT_OPEN)
    window.open_report(ReportId(1))
    panel = window.annotations_panel
    panel.everywhere.setChecked(True)
    (painted,) = behind.view.layer("annotations")
    seen = _in_the_editor(_write_and_save)
    _edit_from_the_menu(panel, made.id)
    assert len(seen) == 1
    assert [a.note for a in behind.notes.annotations] == ["**要点**：新动能"]
    (repainted,) = behind.view.layer("annotations")
    assert repainted.colour != painted.colour  # green now, yellow before
    window.menu_actions.undo.trigger()
    (undone,) = behind.view.layer("annotations")
    assert undone.colour == painted.colour


def test_deleting_from_the_editor_opened_in_the_panel_is_undone(window: Any, store: Any) -> None:
    made = _annotate(store, NOT_OPEN, "新质生产力")
    panel = window.annotations_panel
    panel.everywhere.setChecked(True)
    seen = _in_the_editor(lambda editor: editor.delete_button.click())
    _edit_from_the_menu(panel, made.id)
    assert len(seen) == 1
    assert annotations_of(store).for_report(NOT_OPEN) == []
    window.menu_actions.undo.trigger()
    assert annotations_of(store).for_report(NOT_OPEN) == [made]


def test_a_double_click_opens_the_report_at_the_passage_and_its_note_editor(
    window: Any, store: Any, qtbot: Any
) -> None:
    made = _annotate(store, NOT_OPEN, "新质生产力")
    panel = window.annotations_panel
    window.annotations_dock.show()
    window.annotations_dock.raise_()
    panel.everywhere.setChecked(True)
    row = panel.row_of(made.id)
    panel.tree.scrollTo(row)
    seen = _in_the_editor(_write_and_save)
    rect = panel.tree.visualRect(row)
    point = QPoint(rect.left() + 10, rect.center().y())  # on the quote's first characters
    viewport = panel.tree.viewport()
    # The first click opens the report at the passage (the window lays out anew) ...
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    reader = window.current_reader()
    assert reader is not None and reader.report_id == NOT_OPEN
    assert seen == []
    # ... and the second, on the same row, opens its note editor.
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert len(seen) == 1
    assert annotations_of(store).get(made.id).note == "**要点**：新动能"
    assert [a.note for a in reader.notes.annotations] == ["**要点**：新动能"]
    assert window.reader_tabs() == [reader]
