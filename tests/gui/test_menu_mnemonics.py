"""Each menu's Alt letters are its own: no two entries of one menu share one, in English and in
Chinese (a shared letter makes Alt+letter stop at the first and never reach the second)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QMenu

MNEMONIC = re.compile(r"&([^&\s])")


def _clashes(window: Any) -> list[str]:
    found: list[str] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        menu.aboutToShow.emit()  # menus filled on opening
        seen: dict[str, str] = {}
        for action in menu.actions():
            match = MNEMONIC.search(action.text())
            if action.isSeparator() or match is None:
                continue
            letter = match.group(1).lower()
            if letter in seen:
                found.append(f"{menu.title()}: {seen[letter]} / {action.text()}")
            seen[letter] = action.text()
    return found


def test_no_menu_has_two_entries_with_one_alt_letter(window: Any) -> None:
    assert _clashes(window) == []


def test_no_menu_has_two_entries_with_one_alt_letter_in_chinese(
    chinese: None, qtbot: Any, store: Any, library_db: str, settings: Any
) -> None:
    from gui.main_window import MainWindow
    from gui.workers import LibraryWriter

    writer = LibraryWriter(library_db)
    window = MainWindow(store, writer, settings)
    qtbot.addWidget(window)
    try:
        assert "文件" in window.menuBar().actions()[0].text()
        assert _clashes(window) == []
    finally:
        writer.shutdown()


def _lacking(menu: QMenu) -> list[str]:
    """The entries of ``menu`` without an Alt letter."""
    return [
        action.text()
        for action in menu.actions()
        if not action.isSeparator() and MNEMONIC.search(action.text()) is None
    ]


def test_every_entry_of_the_view_menu_has_an_alt_letter(window: Any) -> None:
    view = window.menuBar().actions()[2].menu()
    assert isinstance(view, QMenu)
    assert [a.text() for a in view.actions() if a.text()][-2:] == ["A&nnotations", "&Language"]
    assert _lacking(view) == []


def test_every_entry_of_the_reader_s_menu_has_its_own_alt_letter(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    from core.model import ReportId

    tab = window.open_report(ReportId(1))
    start = tab.readable.report.text.index("新质生产力")
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(tab.offsets.to_qt(start))
    cursor.setPosition(tab.offsets.to_qt(start + 5), QTextCursor.MoveMode.KeepAnchor)
    tab.view.setTextCursor(cursor)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab.view.setTextCursor(cursor)  # selected again, over the highlight just made
    inside = QTextCursor(tab.view.document())
    inside.setPosition(tab.offsets.to_qt(start + 2))
    menu = tab.notes.context_menu(tab.view.cursorRect(inside).center())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Highlight", "&Edit note…", "&Delete highlight", "&Copy"]
    assert _lacking(menu) == []
    letters = [MNEMONIC.search(text).group(1).lower() for text in texts]  # type: ignore[union-attr]
    assert len(set(letters)) == len(letters)
