"""In a narrow window (800×600) the right-hand panels step aside, so that the library's titles
and the text both read; they come back when the window grows or when the user opens them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from core.library import find_report
from gui.reader.reading_column import READABLE_CHARS
from gui.text_layout import characters_on_a_line

SMALL = QSize(800, 600)
WIDE = QSize(1400, 900)
NEWSPAPER = "长治市2026年政府工作报告（报纸版）"


def _resized(qtbot: Any, window: Any, size: QSize) -> None:
    window.resize(size)
    qtbot.waitUntil(lambda: window.width() == size.width())
    qtbot.wait(50)


def _reading(qtbot: Any, window: Any, store: Any, size: QSize = SMALL) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    _resized(qtbot, window, size)


def _in_front(dock: Any) -> bool:
    """Whether ``dock`` is shown in front of those it shares tabs with."""
    return not dock.isHidden() and not dock.visibleRegion().isEmpty()


def _text_room(tree: Any, index: Any) -> int:
    """The width the tree draws the text of the row at ``index`` in (beside its badge)."""
    option = QStyleOptionViewItem()
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = tree.visualRect(index)
    rect = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    return int(rect.intersected(tree.viewport().rect()).width())


def _row_reads_whole(window: Any, store: Any, title: str) -> tuple[str, int, int]:
    """A report's row: its words, their width, the room they are drawn in."""
    panel = window.library_panel
    row = panel.proxy.mapFromSource(panel.model.index_of(find_report(store, title)))
    words = str(row.data())
    return words, panel.tree.fontMetrics().horizontalAdvance(words), _text_room(panel.tree, row)


def test_the_library_reads_its_titles_beside_a_readable_text_in_a_small_window(
    qtbot: Any, window: Any, store: Any, language: str
) -> None:
    _reading(qtbot, window, store)
    # Every report's title after its region and year reads whole.
    for title in (NEWSPAPER, "长治市2025年政府工作报告解读", "长治市2024年政府工作报告"):
        words, width, room = _row_reads_whole(window, store, title)
        assert width <= room, (words, width, room)
    tree = window.library_panel.tree
    assert tree.horizontalScrollBar().maximum() == 0
    assert characters_on_a_line(window.current_reader().view) >= READABLE_CHARS
    # The right-hand panels stepped aside for it; the View menu says so.
    assert window.numbers_dock.isHidden() and window.annotations_dock.isHidden()
    assert not window.numbers_dock.toggleViewAction().isChecked()


def test_the_panels_that_stepped_aside_come_back_as_they_were_when_the_window_grows(
    qtbot: Any, window: Any, store: Any
) -> None:
    _reading(qtbot, window, store, WIDE)
    window.annotations_dock.raise_()  # the annotations in front of the numbers
    _resized(qtbot, window, SMALL)
    assert window.narrow.stepped_aside() == (window.numbers_dock, window.annotations_dock)
    _resized(qtbot, window, WIDE)
    assert not window.numbers_dock.isHidden() and not window.annotations_dock.isHidden()
    assert window.tabifiedDockWidgets(window.numbers_dock) == [window.annotations_dock]
    assert _in_front(window.annotations_dock) and not _in_front(window.numbers_dock)
    assert window.narrow.stepped_aside() == ()
    # The library keeps the room it read in.
    words, width, room = _row_reads_whole(window, store, NEWSPAPER)
    assert width <= room, (words, width, room)


def test_a_panel_the_user_opens_in_a_small_window_stays_open(
    qtbot: Any, window: Any, store: Any
) -> None:
    _reading(qtbot, window, store)
    numbers = window.numbers_dock.toggleViewAction()
    numbers.trigger()  # View ▸ Numbers
    qtbot.wait(50)
    assert _in_front(window.numbers_dock) and numbers.isChecked()
    # Its tab's partner comes with it, behind it.
    assert not window.annotations_dock.isHidden() and not _in_front(window.annotations_dock)
    assert characters_on_a_line(window.current_reader().view) >= READABLE_CHARS
    _resized(qtbot, window, QSize(780, 600))  # narrower still: the user's word holds
    assert window.numbers_dock.isVisible()
    # Closed again, the library takes its room back.
    numbers.trigger()
    window.annotations_dock.toggleViewAction().trigger()
    qtbot.wait(50)
    words, width, room = _row_reads_whole(window, store, NEWSPAPER)
    assert window.numbers_dock.isHidden() and width <= room, (words, width, room)


def test_a_panel_the_user_closed_stays_closed_when_the_window_grows(
    qtbot: Any, window: Any, store: Any
) -> None:
    _reading(qtbot, window, store, WIDE)
    window.annotations_dock.toggleViewAction().trigger()  # closed by the user
    _resized(qtbot, window, SMALL)
    assert window.numbers_dock.isHidden()
    _resized(qtbot, window, WIDE)
    assert window.numbers_dock.isVisible() and window.annotations_dock.isHidden()


def test_a_panel_the_user_moved_to_the_left_stays_in_a_small_window(
    qtbot: Any, window: Any, store: Any
) -> None:
    _reading(qtbot, window, store, WIDE)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.numbers_dock)
    _resized(qtbot, window, SMALL)
    assert window.numbers_dock.isVisible() and window.annotations_dock.isHidden()


def test_a_window_grown_behind_a_scorecard_gives_the_panels_back_to_the_report(
    qtbot: Any, window: Any, store: Any
) -> None:
    _reading(qtbot, window, store)
    window.open_scorecard("长治市")
    qtbot.wait(50)
    _resized(qtbot, window, WIDE)
    window.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    assert window.numbers_dock.isVisible()


def test_the_layout_saved_from_a_small_window_keeps_the_panels_that_stepped_aside(
    qtbot: Any, window: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    from gui.main_window import MainWindow
    from gui.session import restore_layout
    from gui.workers import LibraryWriter

    _reading(qtbot, window, store)
    assert window.numbers_dock.isHidden()
    window.close()  # the layout is saved
    writer = LibraryWriter(library_db)
    again = MainWindow(store, writer, settings)
    qtbot.addWidget(again)
    try:
        restore_layout(again)
        again.resize(WIDE)
        again.show()
        qtbot.waitUntil(lambda: again.numbers_dock.isVisible())
    finally:
        again.close()
        writer.shutdown()
