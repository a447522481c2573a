"""The pairing menus of the compare view: on a pane's text, the area under the click can be
paired with another or unpaired, and the choice reaches the comparison."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from core.compare.records import PairLevel, PairOverride
from core.library import LoadedReport
from gui.compare.compare_view import CompareView

Opener = Callable[..., CompareView]

# A popup menu on the offscreen platform, which cannot raise it or grab the keyboard.
POPUP_NOISE = "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"


def _use_menu(choose: str, seen: list[tuple[str, bool]]) -> None:
    """Once the menu is up: note its actions, then trigger the one starting with ``choose``."""

    def act() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        actions = [a for a in menu.actions() if a.text()]
        seen.extend((a.text(), a.isEnabled()) for a in actions)
        chosen = next(a for a in actions if a.text().startswith(choose))
        menu.close()
        chosen.trigger()

    QTimer.singleShot(200, act)


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_the_pane_menu_unpairs_the_area_under_the_click(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison = view.comparison()
    assert comparison is not None
    target = [
        p
        for p in comparison.pairs
        if p.level is PairLevel.AREA and p.left is not None and p.right is not None
    ][-1]
    assert target.left is not None
    seen: list[tuple[str, bool]] = []
    _use_menu("Unpair", seen)
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.pairing_menus.show_pane_menu(True, target.left.start + 1, QPoint(20, 20))
    title = target.left.path[-1][:24]
    assert (f"Pair “{title}” with…", True) in seen
    assert (f"Unpair “{title}”", True) in seen
    assert view.overrides() == [PairOverride(target.left.path, None)]
    # The text's own actions, without Qt's "Copy Link Location" (a move's links lead within).
    assert [text for text, _ in seen[:2]] == ["&Copy", "Select &All"]
    assert not any("Link" in text for text, _ in seen)


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_the_section_tree_menu_unpairs_the_section_clicked(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison = view.comparison()
    assert comparison is not None
    target = [
        p
        for p in comparison.pairs
        if p.level is PairLevel.AREA and p.left is not None and p.right is not None
    ][-1]
    assert target.left is not None
    tree = view.panels.section_tree
    view.panels.setCurrentIndex(1)  # the Sections tab, showing the left report
    model = tree.model()
    found = model.match(
        model.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        target.left.path[-1],
        1,
        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchContains,
    )
    assert found, target.left.path
    tree.scrollTo(found[0])
    seen: list[tuple[str, bool]] = []
    _use_menu("Unpair", seen)
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        tree.customContextMenuRequested.emit(tree.visualRect(found[0]).center())
    assert (f"Unpair “{target.left.path[-1][:24]}”", True) in seen
    assert view.overrides() == [PairOverride(target.left.path, None)]


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_the_pane_menu_gives_an_area_back_to_the_automatic_pairing(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison = view.comparison()
    assert comparison is not None
    paired = [
        p
        for p in comparison.pairs
        if p.level is PairLevel.AREA and p.left is not None and p.right is not None
    ]
    first, second = paired[-1], paired[-2]
    assert first.left is not None and second.left is not None and second.right is not None
    automatic = {(p.left, p.right) for p in comparison.pairs if p.level is PairLevel.AREA}
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.unpair(first.left.path, True)
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.pair_sections(second.left.path, first.right.path if first.right else ())
    assert len(view.overrides()) == 2
    seen: list[tuple[str, bool]] = []
    title = second.left.path[-1][:24]
    restore = f"Pair “{title}” automatically again"
    kept: list[PairOverride] = []
    view.overridesChanged.connect(kept.extend)
    seen.clear()
    _use_menu(restore, seen)
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.pairing_menus.show_pane_menu(True, second.left.start + 1, QPoint(20, 20))
    assert (restore, True) in seen and ("Pair all sections automatically again", True) in seen
    assert view.overrides() == [PairOverride(first.left.path, None)] == kept
    seen.clear()
    _use_menu("Pair all sections automatically again", seen)
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.pairing_menus.show_pane_menu(True, second.left.start + 1, QPoint(20, 20))
    assert (restore, False) in seen  # nothing made by hand for this area any more
    assert view.overrides() == []
    again = view.comparison()
    assert again is not None
    assert {(p.left, p.right) for p in again.pairs if p.level is PairLevel.AREA} == automatic
