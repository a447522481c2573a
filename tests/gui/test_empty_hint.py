"""Empty panels say why they are empty, and the hint goes as soon as there is something."""

from __future__ import annotations

from typing import Any

from core.library import find_report


def test_sections_and_numbers_say_to_open_a_report_then_show_it(window: Any, store: Any) -> None:
    tree_hint = window.section_tree._hint.label
    numbers = window.numbers_panel
    assert tree_hint.isVisible() and "Open a report" in tree_hint.text()
    # across the panel, not squeezed into the size the view had before the window showed
    assert tree_hint.width() > window.section_tree.width() / 2
    assert tree_hint.height() > 40
    assert numbers.empty_hint.label.isVisible()
    assert "Open a report" in numbers.empty_hint.label.text()
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    assert not tree_hint.isVisible()
    assert not numbers.empty_hint.label.isVisible()
    numbers.filter_edit.setText("没有这样的指标名称")
    assert numbers.empty_hint.label.isVisible()
    assert "match" in numbers.empty_hint.label.text()
    numbers.filter_edit.clear()
    assert not numbers.empty_hint.label.isVisible()
    window.close_tab(0)
    assert tree_hint.isVisible() and numbers.empty_hint.label.isVisible()
