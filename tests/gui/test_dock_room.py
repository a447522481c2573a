"""The docks step aside for the views that need room, and the reading layout comes back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from core.library import find_report
from gui.dock_room import Room


def _shown(window: Any) -> set[str]:
    return {dock.objectName() for dock in window.docks() if dock.isVisible()}


def test_scorecard_comparison_and_back_to_the_reading_layout(window: Any, store: Any) -> None:
    window.numbers_dock.hide()  # the user's own arrangement: no numbers panel
    reading = _shown(window)
    assert "numbersDock" not in reading and "libraryDock" in reading
    window.open_scorecard("长治市")
    assert window.room.room() is Room.VIEW
    assert _shown(window) == reading - {"sectionsDock", "annotationsDock", "numbersDock"}
    older = find_report(store, "长治市2024年政府工作报告")
    newer = find_report(store, "长治市2026年政府工作报告（报纸版）")
    window.comparisons.open(older, newer)
    assert window.room.room() is Room.WHOLE and _shown(window) == set()
    window.tabs.setCurrentIndex(window.tab_index("scorecard:长治市"))
    assert window.room.room() is Room.VIEW and "libraryDock" in _shown(window)
    window.open_report(older)
    assert window.room.room() is Room.READING and _shown(window) == reading
    assert window.tabifiedDockWidgets(window.library_dock) == [window.search_dock]
    assert not window.reading.placeholder.isVisible() and window.tabs.isVisible()
    while window.tabs.count():
        window.close_tab(0)
    assert window.room.room() is Room.READING and _shown(window) == reading
    # no tab left: the hint to open a report takes the tabs' place
    assert window.reading.placeholder.isVisible() and not window.tabs.isVisible()


def test_an_open_comparison_leaves_the_reading_layout_its_width(
    qtbot: Any, window: Any, store: Any
) -> None:
    older = find_report(store, "长治市2024年政府工作报告")
    newer = find_report(store, "长治市2026年政府工作报告（报纸版）")
    window.open_report(older)
    reading_minimum = window.tabs.minimumSizeHint().width()
    view = window.comparisons.open(older, newer)
    assert view is not None
    qtbot.waitUntil(lambda: view.comparison() is not None, timeout=120_000)
    # The legend wraps rather than holding every tab (the report's too) to its one row.
    assert view.legend.minimumSizeHint().width() < view.legend.sizeHint().width() // 2
    assert view.minimumSizeHint().width() <= reading_minimum
    window.open_report(older)
    assert window.tabs.minimumSizeHint().width() == reading_minimum


def test_the_first_window_fits_the_screen(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    from gui.main_window import MainWindow
    from gui.workers import LibraryWriter

    writer = LibraryWriter(library_db)
    window = MainWindow(store, writer, settings)  # as built, before any test resizes it
    qtbot.addWidget(window)
    try:
        free = window.screen().availableGeometry()
        assert window.width() < free.width() and window.height() < free.height()
        assert free.contains(window.geometry())
    finally:
        writer.shutdown()
