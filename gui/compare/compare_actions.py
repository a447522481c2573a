"""The compare view's commands: its toolbar, and the keyboard shortcuts that go with it.

Going from change to change, swapping the sides, the two switches of what is compared
(character level; punctuation and spacing) and the ways a comparison leaves the app.

The texts keep the translation context ``CompareView``, where they were first written, so
that the shipped translations still apply to them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QToolBar

from core.compare.records import CompareSettings, Granularity
from gui.compare.compare_keys import COMPARISON_SHORTCUTS

if TYPE_CHECKING:
    from gui.compare.compare_view import CompareView


class CompareActions(QObject):
    """The actions of ``view``: on a toolbar of their own, and as shortcuts of the view.

    Each action belongs to the view, and its shortcut works anywhere in the window while the
    view is shown.
    Flipping a switch emits ``settings_changed``; the view compares again.
    """

    settings_changed = Signal()

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self._view = view
        self.toolbar = QToolBar(view)
        self.toolbar.setObjectName("compareToolbar")
        self._boxes: dict[QAction, QCheckBox] = {}
        # The view's panels follow this switch (``build_compare_view``); it compares nothing.
        self.panels_action = self._switch(
            QCoreApplication.translate("CompareView", "Side panel"),
            QCoreApplication.translate(
                "CompareView", "Show or hide the list of changes, sections and targets (F9)"
            ),
            compares=False,
        )
        self.panels_action.setShortcuts(_keys("Side panel"))
        self.panels_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.panels_action.setChecked(True)
        self.toolbar.addSeparator()
        self.previous_action = self._action(
            QCoreApplication.translate("CompareView", "Previous change"),
            view.previous_change,
            _keys("Previous change"),
        )
        self.next_action = self._action(
            QCoreApplication.translate("CompareView", "Next change"),
            view.next_change,
            _keys("Next change"),
        )
        self.toolbar.addSeparator()
        self.swap_action = self._action(
            QCoreApplication.translate("CompareView", "Swap sides"), view.swap
        )
        self.toolbar.addSeparator()
        self.character_action = self._switch(
            QCoreApplication.translate("CompareView", "Character level"),
            QCoreApplication.translate(
                "CompareView", "Compare character by character (for two editions of one report)"
            ),
        )
        self.layout_action = self._switch(
            QCoreApplication.translate("CompareView", "Punctuation, spacing and numbering"),
            QCoreApplication.translate(
                "CompareView",
                "Also show changes of punctuation width, spaces and line breaks, and area numbers"
                " that follow from an area added, removed or moved before them",
            ),
        )
        self.toolbar.addSeparator()
        self.export_action = self._action(
            QCoreApplication.translate("CompareView", "Save as HTML…"),
            view.export.ask_and_save_html,
        )
        self.pdf_action = self._action(
            QCoreApplication.translate("CompareView", "Save as PDF…"),
            view.export.ask_and_save_pdf,
        )
        self.print_action = self._action(
            QCoreApplication.translate("CompareView", "Print…"),
            view.export.ask_and_print,
            _keys("Print…"),
        )

    def _action(
        self, text: str, slot: Callable[[], None], keys: list[QKeySequence] | None = None
    ) -> QAction:
        action = QAction(text, self._view)
        action.triggered.connect(slot)
        if keys:
            action.setShortcuts(keys)
            # The whole window: the focus may be on the tab bar (a comparison just opened or
            # its tab clicked); only the view shown matches, as a hidden one is not visible.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._view.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _switch(self, text: str, tip: str, compares: bool = True) -> QAction:
        """A checkable action shown on the toolbar as a check box, which reads as on or off
        at a glance (a pressed tool button looks much like one that is not); flipping a switch
        that ``compares`` compares again."""
        action = QAction(text, self._view)
        action.setCheckable(True)
        action.setToolTip(tip)
        if compares:
            action.triggered.connect(self._switched)
        self._view.addAction(action)
        box = QCheckBox(text, self.toolbar)
        box.setToolTip(tip)
        box.clicked.connect(action.trigger)
        action.toggled.connect(box.setChecked)
        self.toolbar.addWidget(box)
        self._boxes[action] = box
        return action

    def set_exportable(self, exportable: bool) -> None:
        """Offer saving and printing only when the comparison shown is the one the switches
        ask for (not while it is being compared again)."""
        for action in (self.export_action, self.pdf_action, self.print_action):
            action.setEnabled(exportable)

    def switch_box(self, action: QAction) -> QCheckBox:
        """The check box that shows ``action`` (a switch) on the toolbar."""
        return self._boxes[action]

    def _switched(self) -> None:
        self.settings_changed.emit()

    def settings(self) -> CompareSettings:
        """The compare settings chosen by the switches."""
        granularity = (
            Granularity.CHARACTER if self.character_action.isChecked() else Granularity.WORD
        )
        return CompareSettings(granularity, self.layout_action.isChecked())


def _keys(command: str) -> list[QKeySequence]:
    """The keys of ``command`` (its English name) from the one table of them."""
    return [QKeySequence(key) for key in COMPARISON_SHORTCUTS[command]]
