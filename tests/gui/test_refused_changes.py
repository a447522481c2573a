"""Changes the library refuses while the window writes them (annotations, the palette, pairing
corrections): one message naming the file, the library as before, the view as the library
holds it, the typed note kept, the app going on.

Every refusal is SQLite's own on the test's library file: another connection holding the write
lock (the store waits its busy timeout, then gives up), or a trigger that refuses the change.
An exception escaping a Qt slot or virtual fails the test (pytest-qt's capture), as it would
reach the crash dialog in the app.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from core.model import ReportId
from core.store.annotations import annotations_of
from gui.notes.carry_dialog import CarryDialog
from gui.notes.note_editor import NoteEditor
from gui.notes.palette_editor import PaletteEditor

REPORT = ReportId(1)
REFUSED = (
    "library.sqlite3: the change conflicts with what the library holds (the library is under "
    "review); nothing of this change was saved"
)
NOT_SAVED = "library.sqlite3: the annotation could not be saved (the library is under review)"


def _dump(path: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _refuse(path: str, when: str, table: str = "annotations") -> None:
    """Have the library refuse every ``when`` (INSERT, UPDATE, DELETE) on ``table``."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            f"CREATE TRIGGER under_review BEFORE {when} ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'the library is under review'); END"
        )
        conn.commit()
    finally:
        conn.close()


def _accept(path: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER under_review")
        conn.commit()
    finally:
        conn.close()


def _select(tab: Any, quote: str) -> None:
    start = tab.readable.report.text.index(quote)
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(tab.offsets.to_qt(start))
    cursor.setPosition(tab.offsets.to_qt(start + len(quote)), QTextCursor.MoveMode.KeepAnchor)
    tab.view.setTextCursor(cursor)


def _highlighted(window: Any) -> tuple[Any, Any]:
    """The report open, 城镇新增就业 highlighted yellow: its tab and the annotation."""
    tab = window.open_report(REPORT)
    _select(tab, "城镇新增就业")
    annotation = tab.notes.highlight_selection("yellow")
    assert annotation is not None
    return tab, annotation


def test_a_highlight_while_another_program_holds_the_library_is_told_and_not_drawn(
    window: Any, qtbot: Any, library_db: str, messages: Any, chinese: None
) -> None:
    tab = window.open_report(REPORT)
    _select(tab, "新质生产力")
    before = _dump(library_db)
    other = sqlite3.connect(library_db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing: the store waits, then gives up
    try:
        tab.view.setFocus()
        qtbot.keyClick(tab.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert messages.texts == ["library.sqlite3: 另一个程序正在使用报告库；此次改动未保存任何内容"]
    assert tab.view.layer("annotations") == []
    assert window.undo_stack.count() == 0
    assert _dump(library_db) == before
    # The other program is done: the same keys highlight.
    assert tab.view.textCursor().selectedText() == "新质生产力"
    window.activateWindow()  # given back by the message box closed
    qtbot.waitUntil(window.isActiveWindow)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.view.layer("annotations")) == 1
    assert [a.anchor.quote for a in annotations_of(window.store).for_report(REPORT)] == [
        "新质生产力"
    ]


def test_a_refused_note_stays_in_the_editor_to_save_again(
    window: Any, qtbot: Any, library_db: str, messages: Any
) -> None:
    tab, annotation = _highlighted(window)
    _refuse(library_db, "UPDATE")
    before = _dump(library_db)
    seen: list[tuple[bool, str, str]] = []

    def write_and_save() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, NoteEditor)
        editor.note.setPlainText("对比去年目标：**新增就业**")
        editor.tags.setText("就业")
        editor.accept()  # Save: refused, told while the editor waits
        seen.append((editor.isVisible(), editor.note.toPlainText(), _dump(library_db)))
        _accept(library_db)
        editor.accept()  # Save again, the library taking it now

    QTimer.singleShot(0, write_and_save)
    tab.notes.edit(annotation.id)
    assert messages.texts == [REFUSED]
    assert seen == [(True, "对比去年目标：**新增就业**", before)]
    saved = annotations_of(window.store).get(annotation.id)
    assert (saved.note, saved.tags) == ("对比去年目标：**新增就业**", ("就业",))
    assert [c.text() for c in map(window.undo_stack.command, range(2))] == [
        "Highlight",
        "Edit note",
    ]


def test_a_refused_deletion_keeps_the_highlight_and_a_refused_undo_its_place(
    window: Any, qtbot: Any, library_db: str, messages: Any
) -> None:
    tab, annotation = _highlighted(window)
    _refuse(library_db, "DELETE")
    before = _dump(library_db)
    assert tab.notes.delete(annotation.id) is False
    undo = window.menu_actions.undo
    undo.trigger()  # the highlight's undo deletes it: refused too
    assert messages.texts == [REFUSED, REFUSED]
    assert _dump(library_db) == before
    assert len(tab.view.layer("annotations")) == 1
    # The history is as the library: the highlight is still there to undo.
    assert (window.undo_stack.index(), window.undo_stack.count()) == (1, 1)
    assert undo.isEnabled() and undo.text().endswith("Highlight")
    _accept(library_db)
    undo.trigger()  # tried again, the library taking it now
    assert annotations_of(window.store).for_report(REPORT) == []
    assert tab.view.layer("annotations") == []
    _refuse(library_db, "INSERT")
    window.menu_actions.redo.trigger()  # the highlight made again: refused
    assert messages.texts == [REFUSED, REFUSED, NOT_SAVED]
    assert annotations_of(window.store).for_report(REPORT) == []
    assert tab.view.layer("annotations") == []
    assert window.undo_stack.index() == 0 and window.menu_actions.redo.isEnabled()


def test_a_refused_palette_change_leaves_the_colours_as_kept(
    window: Any, qtbot: Any, library_db: str, messages: Any
) -> None:
    tab = window.open_report(REPORT)
    meanings = [a.text() for a in tab.notes.actions]
    _refuse(library_db, "DELETE", table="palette")
    before = _dump(library_db)
    seen: list[tuple[str, str]] = []

    def rename_and_add() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, PaletteEditor)
        try:
            editor.meanings[0].setText("会议精神")
            editor.meanings[0].editingFinished.emit()
            editor.add_colour()
            seen.append((editor.colours[0].meaning, editor.meanings[0].text()))
            assert len(editor.meanings) == len(meanings)
        finally:
            editor.reject()

    QTimer.singleShot(0, rename_and_add)
    window.annotations_panel.edit_palette()
    assert messages.texts == [REFUSED, REFUSED]
    assert seen == [(meanings[0], "会议精神")]  # kept as the library holds it; typed kept
    assert _dump(library_db) == before
    assert [a.text() for a in tab.notes.actions] == meanings


def test_a_refused_copy_to_another_report_keeps_the_dialog_open(
    window: Any, qtbot: Any, library_db: str, messages: Any
) -> None:
    tab = window.open_report(REPORT)
    _select(tab, "新质生产力")
    origin = tab.notes.highlight_selection("yellow")
    assert origin is not None
    _refuse(library_db, "INSERT")
    before = _dump(library_db)
    seen: list[bool] = []

    def copy() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CarryDialog)
        try:
            dialog.copy_button.click()
            seen.append(dialog.isVisible())
        finally:
            dialog.reject()

    QTimer.singleShot(0, copy)
    assert window.annotations_panel.carry(origin.id) is None
    assert seen == [True]
    assert messages.texts == [NOT_SAVED]
    assert _dump(library_db) == before


def test_a_refused_removal_of_an_annotated_report_keeps_it_and_its_history(
    window: Any, qtbot: Any, library_db: str, messages: Any
) -> None:
    tab = window.open_report(REPORT)
    _select(tab, "新质生产力")
    assert tab.notes.highlight_selection("yellow") is not None
    _refuse(library_db, "DELETE")
    before = _dump(library_db)
    window.library_events.remove_report(int(REPORT))
    assert messages.texts[1:] == [REFUSED]  # after the question whether to remove both
    assert _dump(library_db) == before
    assert window.undo_stack.count() == 1
    assert window.tab_index(f"report:{int(REPORT)}") >= 0


def test_a_refused_pairing_correction_compares_again_with_those_kept(
    window: Any, qtbot: Any, library_db: str, messages: Any
) -> None:
    from core.compare.records import PairLevel
    from core.library import find_report

    store = window.store
    older = find_report(store, "长治市2024年政府工作报告")
    newer = find_report(store, "长治市2026年政府工作报告（报纸版）")
    view = window.comparisons.open(older, newer)
    assert view is not None

    def compared() -> bool:
        return view.comparison() is not None and not view.is_comparing()

    qtbot.waitUntil(compared, timeout=120_000)
    comparison = view.comparison()
    area = next(
        p
        for p in reversed(comparison.pairs)
        if p.level is PairLevel.AREA and p.left is not None and p.right is not None
    )
    _refuse(library_db, "INSERT", table="pair_overrides")
    before = _dump(library_db)
    view.unpair(area.left.path, left=True)
    qtbot.waitUntil(compared, timeout=120_000)
    assert messages.texts == [REFUSED]
    assert view.overrides() == []
    assert area in view.comparison().pairs  # paired as before
    assert _dump(library_db) == before
