"""The annotations panel from the keyboard: Enter shows the passage of the row chosen (a
group's row opens or closes), F2 edits its note, the menu key opens the menu of the row
chosen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.records import Annotation
from gui.notes.annotations_model import ID_ROLE
from gui.notes.note_editor import NoteEditor

# A popup menu shown on Qt's offscreen platform (the tests') says what it cannot do there.
POPUP_NOISE = "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"


def _mark(store: Any, report: int, quote: str) -> Annotation:
    start = store.report(ReportId(report)).text.index(quote)
    return annotate(store, ReportId(report), start, start + len(quote), "yellow", "", ["标签"])


def _listed(window: Any, qtbot: Any) -> Any:
    window.annotations_dock.show()
    window.annotations_dock.raise_()
    panel = window.annotations_panel
    panel.everywhere.setChecked(True)
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus, timeout=2000)
    return panel


def test_enter_shows_the_passage_of_the_row_chosen(window: Any, store: Any, qtbot: Any) -> None:
    _mark(store, 1, "城镇新增就业")
    chosen = _mark(store, 3, "新质生产力")
    panel = _listed(window, qtbot)
    panel.tree.setCurrentIndex(panel.row_of(chosen.id))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    reader = window.current_reader()
    assert reader is not None and reader.report_id == ReportId(3)
    qtbot.waitUntil(lambda: reader.notes.selection_span() is not None, timeout=5000)
    assert reader.notes.selection_span() == (chosen.anchor.start, chosen.anchor.end)


def test_enter_on_a_report_row_closes_and_opens_it(window: Any, store: Any, qtbot: Any) -> None:
    _mark(store, 3, "新质生产力")
    panel = _listed(window, qtbot)
    group = panel.model.index(0, 0)
    panel.tree.setCurrentIndex(group)
    assert panel.tree.isExpanded(group)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert not panel.tree.isExpanded(group)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert panel.tree.isExpanded(group)
    assert window.current_reader() is None


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_the_menu_key_opens_the_menu_of_the_row_chosen(window: Any, store: Any, qtbot: Any) -> None:
    made = [_mark(store, 1, quote) for quote in ("城镇新增就业", "新质生产力", "乡村振兴")]
    panel = _listed(window, qtbot)
    panel.tree.setCurrentIndex(panel.row_of(made[0].id))
    shown: list[list[str]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append([a.text() for a in menu.actions() if a.text()])
            menu.close()

    QTimer.singleShot(100, read_menu)
    # As the desktop sends it for the menu key: at the middle of the list, whatever row is there.
    middle = panel.tree.rect().center()
    key = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, middle, panel.tree.mapToGlobal(middle)
    )
    QApplication.sendEvent(panel.tree, key)
    assert shown and shown[0][:2] == ["&Show in the reader", "&Edit note…"]
    assert panel.tree.currentIndex().data(ID_ROLE) == made[0].id


def test_f2_edits_the_note_of_the_row_chosen(window: Any, store: Any, qtbot: Any) -> None:
    _mark(store, 1, "城镇新增就业")
    chosen = _mark(store, 3, "新质生产力")
    panel = _listed(window, qtbot)
    edited: list[str] = []  # the quote of each note editor opened

    def read_and_close() -> None:
        editor = QApplication.activeModalWidget()
        if isinstance(editor, NoteEditor):
            quote = editor.findChild(QLabel, "noteQuote")
            edited.append(quote.text() if quote is not None else "")
            editor.reject()

    panel.tree.setCurrentIndex(panel.model.index(0, 0))  # a report's row: nothing to edit
    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert edited == []
    panel.tree.setCurrentIndex(panel.row_of(chosen.id))
    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert edited == ["新质生产力"]
    assert panel.tree.currentIndex().data(ID_ROLE) == chosen.id  # still the row chosen
    menu = panel.context_menu(panel.row_of(chosen.id))
    assert menu is not None
    (edit,) = [a for a in menu.actions() if a.text() == "&Edit note…"]
    assert edit.shortcut().toString() == "F2"  # the menu shows the key beside it
