"""An empty library says so: the library panel offers to import reports or add the samples
(each a button that does it), the centre's hint fits, and the status bar keeps the count."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from core.library import open_library
from gui.main_window import MainWindow
from gui.workers import LibraryWriter


@pytest.fixture
def emptied(qtbot: Any, library_db: str, settings: QSettings) -> Iterator[MainWindow]:
    """The window on a library whose reports the user removed, started."""
    with open_library(library_db) as store:
        for summary in store.list_reports():
            store.remove_report(summary.id)
        window = MainWindow(store, LibraryWriter(library_db), settings)
        qtbot.addWidget(window)
        window.resize(800, 600)
        window.show()
        window.list_first_reports()
        window.start()
        yield window
        window.close()


def test_the_empty_library_offers_its_two_ways_to_fill_it(
    chinese: None, emptied: MainWindow, qtbot: Any
) -> None:
    panel = emptied.library_panel
    state = panel.empty_state
    assert state.isVisible() and not panel.tree.isVisible()
    assert not panel.filter_edit.isEnabled()
    assert state.heading.text() == "报告库是空的"
    assert state.import_button.isVisible() and state.samples_button.isVisible()
    # The panel is tall enough for its words and buttons, even in a small window.
    bottom = state.samples_button.geometry().bottom()
    assert bottom < state.height()
    assert state.explanation.height() >= state.explanation.heightForWidth(state.explanation.width())
    hint = emptied.reading.placeholder
    assert hint.isVisible() and "还没有报告" in hint.text() and "打开" not in hint.text()

    opened: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, cancel)
            return
        opened.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, cancel)
    state.import_button.click()
    assert opened == ["导入报告"]

    with qtbot.waitSignal(emptied.first_start_done, timeout=300000):
        state.samples_button.click()
        assert state.is_waiting() and not state.samples_button.isVisible()
    assert emptied.store.report_count() == 5
    assert not state.isVisible() and panel.tree.isVisible() and panel.filter_edit.isEnabled()
    assert "打开" in hint.text()
    assert not emptied.library_count.isVisible()


def test_the_status_bar_keeps_saying_the_library_is_empty(
    chinese: None, emptied: MainWindow, qtbot: Any
) -> None:
    count = emptied.library_count
    assert emptied.statusBar().currentMessage() == "报告库中还没有报告（0 份）"
    emptied.statusBar().showMessage("另一条消息", 50)
    assert not count.isVisible()  # the other message meanwhile
    qtbot.waitUntil(lambda: emptied.statusBar().currentMessage() == "", timeout=2000)
    assert count.isVisible() and count.text() == "报告库中还没有报告（0 份）"


def test_in_english_the_empty_library_speaks_english(emptied: MainWindow) -> None:
    assert emptied.library_panel.empty_state.heading.text() == "The library is empty"
    assert emptied.library_count.text() == "0 reports in the library"
    assert emptied.reading.placeholder.text().startswith("The library has no reports yet")
