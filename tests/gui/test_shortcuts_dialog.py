"""Help ▸ Keyboard shortcuts lists every shortcut of the app, read from the actions: the
menus', the highlight colours', the find bar's, a comparison's, the annotations panel's."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu

from core.library import find_report
from gui.shortcuts_dialog import ShortcutsDialog, comparison_entries


def _listed(dialog: ShortcutsDialog) -> dict[str, list[tuple[str, str]]]:
    return dict(dialog.groups)


def test_every_menu_shortcut_and_every_views_is_listed(window: Any, qtbot: Any) -> None:
    assert window.menu_actions.shortcuts.shortcut().toString() == "F1"
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = _listed(dialog)
    keys = {k for entries in listed.values() for _name, k in entries}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.shortcuts():  # the first (the platform may add keys few keyboards have)
                first = action.shortcuts()[0].toString()
                assert any(first in k.split(" / ") for k in keys), action.text()
    for expected in ("F1", "Ctrl+W", "F3", "Shift+F3", "Ctrl+1", "Ctrl+P", "F7", "F9", "F2"):
        assert any(expected in k.split(" / ") for k in keys), expected
    assert ("Next change", "F7 / Alt+Down") in listed["Comparing two reports"]
    assert dialog.tree.topLevelItemCount() == len(listed)


def test_the_comparison_table_is_what_a_comparison_has(window: Any, store: Any, qtbot: Any) -> None:
    without = comparison_entries(window)
    older = find_report(store, "长治市2024年政府工作报告")
    newer = find_report(store, "长治市2026年政府工作报告")
    assert older is not None and newer is not None
    window.comparisons.open(older, newer)
    assert window.comparisons.views()
    assert comparison_entries(window) == without


def test_keys_only_some_keyboards_have_are_left_out(window: Any, qtbot: Any) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    edit = dict(_listed(dialog)["Edit menu (anywhere in the window)"])
    assert edit["Undo"].split(" / ")[0] == "Ctrl+Z"
    assert "F14" not in edit["Undo"]
