"""The menus that pair sections by hand: on a pane's text and on the section tree, and the
dialog choosing the partner area."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

from core.compare.records import SectionPath, SectionRef
from gui.compare.pairing_by_hand import (
    area_at,
    area_label,
    areas_of_side,
    is_overridden,
    partner_of,
)
from gui.compare.section_names import shown_label

if TYPE_CHECKING:
    from gui.compare.compare_view import CompareView

MENU_TITLE = 24
"""The most characters of a heading a menu entry shows."""


class PairingMenus(QObject):
    """Context menus of ``view`` offering to pair an area with another, to unpair it, or to
    leave its pairing (or every pairing) to the engine again."""

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self._view = view

    def show_pane_menu(self, left: bool, offset: int, where: QPoint) -> None:
        """The menu of a pane at ``offset``: the pane's own actions, the annotations', and
        pairing the area under the click."""
        view = self._view
        pane = view.left_pane if left else view.right_pane
        # Qt's own menu offers "Copy Link Location" for the links between a move's two ends,
        # which only lead within the view: the text's own actions are copying and selecting.
        menu = QMenu(pane)
        copy = menu.addAction(self.tr("&Copy"), pane.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(pane.textCursor().hasSelection())
        select_all = menu.addAction(self.tr("Select &All"), pane.selectAll)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        notes = view.pane_annotations(left)
        if notes is not None:
            menu.addSeparator()
            notes.fill_menu(menu, offset)
        comparison = view.comparison()
        area = area_at(comparison, offset, left) if comparison is not None else None
        if area is not None:
            menu.addSeparator()
            self._add_pairing(menu, area, left)
        menu.exec(where)
        menu.deleteLater()

    def show_tree_menu(self, left: bool, offset: int, where: QPoint) -> None:
        """The menu of a section in the tree: pairing the area it starts."""
        view = self._view
        comparison = view.comparison()
        area = area_at(comparison, offset, left) if comparison is not None else None
        if area is None:
            return
        menu = QMenu(view)
        self._add_pairing(menu, area, left)
        menu.exec(where)
        menu.deleteLater()

    def _add_pairing(self, menu: Any, area: SectionRef, left: bool) -> None:
        comparison = self._view.comparison()
        assert comparison is not None
        title = shown_label(area.path)
        if len(title) > MENU_TITLE:  # a long heading cut with a mark of the cut
            title = title[: MENU_TITLE - 1] + "…"
        pair = menu.addAction(self.tr("Pair “%1” with…").replace("%1", title))
        pair.triggered.connect(lambda: self._choose_partner(area.path, left))
        unpair = menu.addAction(self.tr("Unpair “%1”").replace("%1", title))
        unpair.setEnabled(partner_of(comparison, area.path, left) is not None)
        unpair.triggered.connect(lambda: self._view.unpair(area.path, left))
        overrides = self._view.overrides()
        automatic = menu.addAction(self.tr("Pair “%1” automatically again").replace("%1", title))
        automatic.setEnabled(is_overridden(overrides, area.path, left))
        automatic.triggered.connect(lambda: self._view.pairings.restore_automatic(area.path, left))
        every = menu.addAction(self.tr("Pair all sections automatically again"))
        every.setEnabled(bool(overrides))
        every.triggered.connect(self._view.pairings.restore_all_automatic)

    def _choose_partner(self, path: SectionPath, left: bool) -> None:
        view = self._view
        comparison = view.comparison()
        if comparison is None:
            return
        others = areas_of_side(comparison, not left)
        labels = [area_label(ref) for ref in others]
        current = partner_of(comparison, path, left)
        at = others.index(current) if current in others else 0
        chosen, ok = QInputDialog.getItem(
            view,
            self.tr("Pair sections"),
            self.tr("Pair “%1” with:").replace("%1", shown_label(path)),
            labels,
            at,
            False,
        )
        if not ok or chosen not in labels:
            return
        other = others[labels.index(chosen)].path
        if left:
            view.pair_sections(path, other)
        else:
            view.pair_sections(other, path)
