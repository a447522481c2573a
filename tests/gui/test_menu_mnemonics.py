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
