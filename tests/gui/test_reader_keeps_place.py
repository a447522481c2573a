"""The reader keeps the passage it shows at the top when its width changes and the text wraps
anew (the window resized, a dock dragged, the text's minimum width met)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from core.library import find_report


def test_the_passage_at_the_top_stays_while_the_window_narrows_and_widens(
    window: Any, store: Any, qtbot: Any
) -> None:
    window.resize(1300, 760)
    tab = window.open_report(find_report(store, "长治市2024年政府工作报告"))
    report = tab.readable.report
    area = [s for s in report.outline.walk() if s.level == 2][6]
    qtbot.waitUntil(lambda: tab.view.isVisible())
    tab.view.scroll_to_offset(area.start)
    qtbot.waitUntil(lambda: abs(tab.current_offset() - area.start) < 40, timeout=3000)
    first = tab.current_offset()
    cursor = tab.view.textCursor().position()
    for width in [*range(1280, 780, -20), *range(800, 1300, 20)]:
        window.resize(width, 760)
        QApplication.processEvents()
        # Within the line that holds it: the passage read is the one at the top.
        assert abs(tab.current_offset() - first) < 42, width
    assert abs(tab.current_offset() - first) < 42
    assert tab.view.textCursor().position() == cursor  # the cursor is left where it was
