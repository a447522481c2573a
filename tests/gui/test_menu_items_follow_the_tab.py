"""Menu items that can do nothing are greyed out: closing a tab with none open, finding the
next match with nothing found, a region's scorecard with no report read or selected."""

from __future__ import annotations

from typing import Any

from core.library import find_report


def _enabled(window: Any) -> dict[str, bool]:
    actions = window.menu_actions
    return {
        name: getattr(actions, name).isEnabled()
        for name in ("close_tab", "find_next", "find_previous", "scorecard")
    }


def test_with_no_tab_only_what_can_act_is_offered(window: Any, store: Any, qtbot: Any) -> None:
    window.library_panel.tree.clearSelection()
    assert _enabled(window) == dict.fromkeys(
        ("close_tab", "find_next", "find_previous", "scorecard"), False
    )
    window.library_panel.select_report(find_report(store, "长治市2024年政府工作报告"))
    assert window.menu_actions.scorecard.isEnabled()  # the selected report's region


def test_find_next_follows_the_find_bars_matches(window: Any, store: Any, qtbot: Any) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    assert _enabled(window) == {
        "close_tab": True,
        "find_next": False,
        "find_previous": False,
        "scorecard": True,
    }
    window.menu_actions.find.trigger()
    bar = window.find_bar
    assert not window.menu_actions.find_next.isEnabled()  # nothing to find yet
    bar.edit.insert("增长")
    qtbot.waitUntil(lambda: bar.match_count() > 1, timeout=2000)
    assert window.menu_actions.find_next.isEnabled()
    assert window.menu_actions.find_previous.isEnabled()
    bar.edit.setText("没有这样的词语组合")
    qtbot.waitUntil(lambda: bar.match_count() == 0, timeout=2000)
    assert not window.menu_actions.find_next.isEnabled()
    window.close_tab(window.tabs.currentIndex())
    qtbot.waitUntil(lambda: window.tabs.count() == 0, timeout=2000)
    assert not window.menu_actions.close_tab.isEnabled()
