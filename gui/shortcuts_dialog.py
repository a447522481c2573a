"""Help ▸ Keyboard shortcuts: every shortcut of the app, grouped by where it works.

The list is read from the actions themselves wherever they exist: the menus' entries, the
highlight colours of the library's palette (Ctrl+1…Ctrl+9, one per colour, as the readers
make them), the find bar's keys and the annotations panel's. A comparison's commands are read
from an open comparison; with none open, from ``COMPARISON_SHORTCUTS``, the table the
comparison's actions take their keys from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.compare.compare_keys import COMPARISON_SHORTCUTS
from gui.window_actions import button_text

if TYPE_CHECKING:
    from gui.main_window import MainWindow

Entry = tuple[str, str]
"""A command's name and its keys, as shown."""


def keys_text(sequences: list[QKeySequence]) -> str:
    """Keys as the platform writes them, the alternatives apart; without the keys only some
    keyboards have (F13 and up, the Undo and Copy keys) that the platform's bindings add."""
    return " / ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if _common(s)
    )


def _common(sequence: QKeySequence) -> bool:
    """Whether every key of ``sequence`` is on an ordinary keyboard (up to F12)."""
    for index in range(sequence.count()):
        key = sequence[index].key()
        if key >= Qt.Key.Key_F13 and key != Qt.Key.Key_unknown:
            return False
    return True


def action_entries(actions: list[QAction]) -> list[Entry]:
    """The actions with a shortcut, by name (without its Alt letter) and keys."""
    return [
        (button_text(action.text()), keys_text(action.shortcuts()))
        for action in actions
        if action.shortcuts() and not action.isSeparator()
    ]


def comparison_entries(window: MainWindow) -> list[Entry]:
    """A comparison's commands with keys: an open comparison's own, else the table's."""
    views = window.comparisons.views()
    if views:
        return action_entries(views[0].actions())
    return [
        (
            button_text(QCoreApplication.translate("CompareView", text)),
            keys_text([QKeySequence(k) for k in keys]),
        )
        for text, keys in COMPARISON_SHORTCUTS.items()
    ]


class ShortcutsDialog(QDialog):
    """The shortcuts, one group per place they work in, each command beside its keys."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 640)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setColumnWidth(0, 320)
        self.tree.setRootIsDecorated(False)
        self.groups = self.shortcut_groups(window)
        for title, entries in self.groups:
            group = QTreeWidgetItem(self.tree, [title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for name, keys in entries:
                QTreeWidgetItem(group, [name, keys])
            group.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def shortcut_groups(self, window: MainWindow) -> list[tuple[str, list[Entry]]]:
        """Every shortcut, grouped: the menus' (anywhere in the window), then the reader's,
        the find bar's, a comparison's, the annotations panel's and a scorecard's."""
        groups: list[tuple[str, list[Entry]]] = []
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu) and (entries := action_entries(menu.actions())):
                where = button_text(top.text())
                groups.append(
                    (self.tr("%1 menu (anywhere in the window)").replace("%1", where), entries)
                )
        groups.append((self.tr("Reading a report or a comparison"), self._reading_entries(window)))
        groups.append((self.tr("Find bar"), window.find_bar.shortcut_entries()))
        groups.append((self.tr("Comparing two reports"), comparison_entries(window)))
        row_actions = window.annotations_panel.row_actions
        panel = [row_actions.show_action, row_actions.edit_action, row_actions.delete_action]
        groups.append((self.tr("Annotations panel"), action_entries(panel)))
        groups.append(
            (
                self.tr("Scorecard"),
                [(self.tr("Show the result's passage"), keys_text([QKeySequence("Shift+Return")]))],
            )
        )
        return groups

    def _reading_entries(self, window: MainWindow) -> list[Entry]:
        """Highlighting in each colour of the palette (the readers' Ctrl+1…Ctrl+9), copying,
        zooming with the wheel."""
        from core.store.annotations import annotations_of

        entries = [
            (
                self.tr("Highlight the selection: %1").replace("%1", colour.meaning or colour.key),
                keys_text([QKeySequence(f"Ctrl+{index}")]),
            )
            for index, colour in enumerate(annotations_of(window.store).palette()[:9], start=1)
        ]
        copy = QKeySequence.keyBindings(QKeySequence.StandardKey.Copy)
        entries.append((self.tr("Copy the selection"), keys_text(copy)))
        entries.append((self.tr("Bigger or smaller text"), self.tr("Ctrl+wheel")))
        return entries
