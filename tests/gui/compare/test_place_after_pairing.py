"""Compared again after a pairing made by hand, the view stays where the reader was: the change
that was current is current again, and both texts show it side by side."""

from __future__ import annotations

from typing import Any

from core.compare.records import PairLevel
from core.library import LoadedReport
from gui.compare.compare_view import CompareView


def _showing(view: CompareView, index: int) -> bool:
    geometry = view.geometry_map()
    assert geometry is not None
    band = geometry.changes[index]
    return all(
        pane.scroll_value() <= top < pane.scroll_value() + pane.viewport().height()
        for pane, top in ((view.left_pane, band.left.top), (view.right_pane, band.right.top))
    )


def test_pairing_by_hand_keeps_the_current_change_and_both_texts_beside_it(
    qtbot: Any, open_view: Any, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison = view.comparison()
    assert comparison is not None
    areas = [p for p in comparison.pairs if p.level is PairLevel.AREA and p.left and p.right]
    # Deep in the report: the last paired area's first change, far below the top.
    target = areas[-1]
    assert target.left is not None and target.right is not None
    index = next(
        i
        for i, c in enumerate(comparison.changes)
        if target.left.start <= c.left_start < target.left.end
    )
    view.go_to_change(index)
    assert _showing(view, index) and view.right_pane.scroll_value() > 0
    was_at = comparison.changes[index].left_start
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.unpair(target.left.path, left=True)
    again = view.comparison()
    assert again is not None and again is not comparison
    current = view.current_change()
    assert current >= 0
    assert again.changes[current].left_start >= was_at
    assert all(c.left_start < was_at for c in again.changes[:current])
    qtbot.waitUntil(lambda: _showing(view, current))
    assert view.panels.change_list.currentIndex().isValid()
