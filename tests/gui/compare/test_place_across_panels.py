"""The place read survives the side panels folding away or coming back: the texts re-wrap
wider or narrower, and the current change stays in view in both panes, level as before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.library import LoadedReport
from gui.compare.compare_pane import ComparePane
from gui.compare.compare_view import CompareView
from gui.text_layout import offset_band

Opener = Callable[..., CompareView]


def _in_view(pane: ComparePane, offset: int) -> bool:
    top = offset_band(pane.document(), pane.offsets.to_qt(offset)).top
    return pane.scroll_value() <= top < pane.scroll_value() + pane.viewport().height()


def test_hiding_and_showing_the_panels_keeps_the_current_change_in_both_panes(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison = view.comparison()
    assert comparison is not None and view.splitter.sizes()[0] > 0
    index = len(comparison.changes) * 2 // 3
    change = comparison.changes[index]
    view.go_to_change(index)
    status = view.legend.status.text()
    for _ in range(2):  # hidden, then shown again
        width = view.left_pane.viewport().width()
        view.panels_action.trigger()
        qtbot.waitUntil(lambda width=width: view.left_pane.viewport().width() != width)
        qtbot.wait(50)
        assert _in_view(view.left_pane, change.left_start)
        assert _in_view(view.right_pane, change.right_start)
        assert view.current_change() == index and view.legend.status.text() == status
