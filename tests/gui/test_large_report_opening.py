"""A large report: the window says it is opening, and reads it in the background when asked."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from gui.report_opener import LARGE_REPORT_CHARS


@pytest.fixture(scope="module")
def large_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library holding one report longer than LARGE_REPORT_CHARS (the samples, repeated),
    imported through the real importer."""
    from core.importer import import_file
    from core.library import open_library

    samples = sorted((Path(__file__).parents[2] / "resources" / "samples").glob("*.txt"))
    once = "\n\n".join(path.read_text(encoding="utf-8") for path in samples)
    folder = tmp_path_factory.mktemp("large-report")
    source = folder / "large-report.txt"
    source.write_text(once * (LARGE_REPORT_CHARS // len(once) + 1), encoding="utf-8")
    path = folder / "library.sqlite3"
    with open_library(str(path)) as store:
        assert import_file(store, source).report_id is not None
    return path


@pytest.fixture
def large_window(
    qtbot: Any, large_library_file: Path, tmp_path: Path, settings: QSettings
) -> Iterator[Any]:
    """The main window on a private copy of that library, started, no tab open."""
    from core.library import open_library
    from gui.main_window import MainWindow
    from gui.workers import LibraryWriter

    db = str(tmp_path / "library.sqlite3")
    shutil.copyfile(large_library_file, db)
    with open_library(db) as store:
        writer = LibraryWriter(db)
        main = MainWindow(store, writer, settings)
        qtbot.addWidget(main)
        main.show()
        main.start()
        yield main
        writer.shutdown()


def _large_report(window: Any) -> Any:
    summary = window.store.list_reports()[0]
    assert summary.char_count > LARGE_REPORT_CHARS
    return summary


def _cursor() -> Qt.CursorShape | None:
    cursor = QApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


class Building:
    """What the window showed while a report's tab was built (when ``report_opened`` came)."""

    def __init__(self, window: Any) -> None:
        self.cursor: Qt.CursorShape | None = None
        self.message = ""
        window.report_opened.connect(self._opened)
        self._window = window

    def _opened(self, _report_id: int) -> None:
        self.cursor = _cursor()
        self.message = self._window.statusBar().currentMessage()


def test_open_report_says_a_large_report_is_opening_and_returns_its_tab(
    large_window: Any, chinese: None
) -> None:
    report = _large_report(large_window)
    building = Building(large_window)
    shown: list[tuple[str, Qt.CursorShape | None]] = []
    large_window.statusBar().messageChanged.connect(lambda text: shown.append((text, _cursor())))
    tab = large_window.open_report(report.id)
    assert tab is not None and large_window.current_reader() is tab  # at once, as callers need
    # Said (and the cursor waiting) before the report was read, and while its tab was built.
    assert shown[0] == (f"正在打开“{report.meta.title}”…", Qt.CursorShape.WaitCursor)
    assert building.cursor == Qt.CursorShape.WaitCursor
    assert building.message == f"正在打开“{report.meta.title}”…"
    # Gone once it is open.
    assert _cursor() is None
    assert large_window.statusBar().currentMessage() == ""


def test_a_large_report_asked_for_is_read_while_the_window_stays_responsive(
    large_window: Any, qtbot: Any
) -> None:
    report = _large_report(large_window)
    building = Building(large_window)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(large_window.tabs.count()))
    timer.start()
    large_window.library_panel.open_requested.emit(int(report.id))  # activated in the library
    assert large_window.current_reader() is None  # not yet: being read
    assert _cursor() == Qt.CursorShape.BusyCursor
    assert large_window.statusBar().currentMessage() == f"Opening “{report.meta.title}”…"
    qtbot.waitUntil(lambda: large_window.current_reader() is not None, timeout=30000)
    timer.stop()
    assert ticks.count(0) > 0  # the event loop ran while the report was read
    assert building.cursor == Qt.CursorShape.WaitCursor  # building the tab holds the window
    assert _cursor() is None
    assert large_window.statusBar().currentMessage() == ""
    assert large_window.current_reader().report_id == report.id


def test_a_large_report_asked_for_twice_opens_once_at_the_passage_asked_last(
    large_window: Any, qtbot: Any
) -> None:
    report = _large_report(large_window)
    large_window.show_report(report.id, 10, 12)
    large_window.show_report(report.id, 300_000, 300_004)
    qtbot.waitUntil(lambda: large_window.current_reader() is not None, timeout=30000)
    tab = large_window.current_reader()
    qtbot.waitUntil(lambda: tab.view.textCursor().selectionStart() > 0)
    assert tab.offsets.to_core(tab.view.textCursor().selectionStart()) == 300_000
    assert large_window.tabs.count() == 1
    assert _cursor() is None


def test_closing_the_window_while_a_large_report_is_read_leaves_no_waiting_cursor(
    large_window: Any, qtbot: Any
) -> None:
    large_window.show_report(_large_report(large_window).id)
    assert _cursor() == Qt.CursorShape.BusyCursor
    large_window.close()
    assert _cursor() is None
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(50)  # the job's signal delivered, if it were still listened to
    assert large_window.tabs.count() == 0
    assert _cursor() is None


def test_a_sample_opens_at_once_without_a_notice(window: Any) -> None:
    summary = max(window.store.list_reports(), key=lambda s: s.char_count)
    assert summary.char_count < LARGE_REPORT_CHARS
    building = Building(window)
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    window.library_panel.open_requested.emit(int(summary.id))
    assert window.current_reader() is not None  # opened in the call, as before
    assert building.cursor is None
    assert not [text for text in shown if "Opening" in text]
