"""A large report: the window says it is opening, and reads it in the background when asked."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from benchmarks.large_report import library_of_one_report
from gui.reader.reader_tab import BUILT_APART
from gui.report_opener import LARGE_REPORT_CHARS


@pytest.fixture(scope="module")
def large_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library holding one report longer than LARGE_REPORT_CHARS."""
    return library_of_one_report(tmp_path_factory.mktemp("large-report"), LARGE_REPORT_CHARS)


@pytest.fixture(scope="module")
def huge_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library holding one report of over a million characters."""
    return library_of_one_report(tmp_path_factory.mktemp("huge-report"), 1_000_000)


def _window(qtbot: Any, library_file: Path, tmp_path: Path, settings: QSettings) -> Iterator[Any]:
    """The main window on a private copy of ``library_file``, started, no tab open."""
    from core.library import open_library
    from gui.main_window import MainWindow
    from gui.workers import LibraryWriter

    db = str(tmp_path / "library.sqlite3")
    shutil.copyfile(library_file, db)
    with open_library(db) as store:
        writer = LibraryWriter(db)
        main = MainWindow(store, writer, settings)
        qtbot.addWidget(main)
        main.show()
        main.start()
        yield main
        writer.shutdown()


@pytest.fixture
def large_window(
    qtbot: Any, large_library_file: Path, tmp_path: Path, settings: QSettings
) -> Iterator[Any]:
    """The main window on a private copy of the large report's library."""
    yield from _window(qtbot, large_library_file, tmp_path, settings)


@pytest.fixture
def huge_window(
    qtbot: Any, huge_library_file: Path, tmp_path: Path, settings: QSettings
) -> Iterator[Any]:
    """The main window on a private copy of the huge report's library."""
    yield from _window(qtbot, huge_library_file, tmp_path, settings)


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
    assert building.cursor == Qt.CursorShape.WaitCursor  # while its tab is made
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


def _looks(document: Any, position: int) -> tuple[Any, ...]:
    """How the character before ``position`` and its line look."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    char, block = cursor.charFormat(), cursor.blockFormat()
    return (
        char.fontWeight(),
        char.fontItalic(),
        char.foreground().color().name(),
        char.verticalAlignment(),
        char.fontPointSize(),
        block.lineHeight(),
        block.topMargin(),
        block.bottomMargin(),
    )


def test_a_huge_reports_tab_is_built_while_the_window_handles_its_events(
    huge_window: Any, qtbot: Any
) -> None:
    from core.library import load_report
    from core.notes.library_notes import annotate
    from core.paragraphs import broken_word_gaps
    from gui.reader.document_builder import build_document, text_as_shown

    report = _large_report(huge_window)
    assert report.char_count > 1_000_000 > BUILT_APART
    loaded = load_report(huge_window.store, report.id, with_tokens=False)
    far = loaded.text.index("各位代表", 800_000)  # beyond the start shown at once
    annotate(huge_window.store, report.id, far, far + 4, "yellow")
    turns: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: turns.append(time.perf_counter()))
    timer.start()
    tab = huge_window.open_report(report.id, far, far + 4)
    view = tab.view
    whole = text_as_shown(loaded.text, broken_word_gaps(loaded.text, loaded.paragraphs))
    # The start is there to read at once, and the bar says the rest is coming.
    assert 0 < view.document().characterCount() < len(whole) // 2
    assert whole.startswith(view.document().toPlainText())
    assert not tab.progress.isHidden()
    built: list[float] = []
    tab.progress.valueChanged.connect(
        lambda value: built.append(time.perf_counter()) if value == 100 else None
    )
    qtbot.waitUntil(lambda: view.document().characterCount() == len(whole) + 1, timeout=30000)
    timer.stop()
    # The event loop turned while the tab was built (going to the passage then lays the
    # text out up to it, as it did before).
    assert len([turn for turn in turns if turn < built[0]]) >= 3
    assert tab.progress.isHidden()
    # The whole text, styled as a report built at once is; the passage asked for gone to.
    document = view.document()
    assert document.toPlainText() == whole
    reference = build_document(
        loaded.text,
        loaded.outline,
        tab.readable.noise,
        tab.offsets,
        view.document().defaultFont(),
        broken_word_gaps(loaded.text, loaded.paragraphs),
    )
    part = max(s.start for s in loaded.outline.walk() if s.level == 1)
    assert document.findBlock(tab.offsets.to_qt(part)).blockFormat().topMargin() == 18
    for position in [tab.offsets.to_qt(part) + 1, *range(1, len(whole), 997)]:
        assert _looks(document, position) == _looks(reference, position), position
    qtbot.waitUntil(lambda: view.textCursor().hasSelection())
    cursor = view.textCursor()
    assert tab.offsets.span_to_core(cursor.selectionStart(), cursor.selectionEnd()) == (
        far,
        far + 4,
    )
    assert view.first_visible_offset() > 750_000
    # Highlights: the annotation far down placed, every number kept and those read drawn.
    (note,) = view.layer("annotations")
    assert (note.start, note.end) == tab.offsets.span_to_qt(far, far + 4)
    drawn = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()}
    assert (note.start, note.end) in drawn
    assert len(view.layer("numbers")) > 100
    assert any(far - 20_000 < tab.offsets.to_core(start) < far for start, _end in drawn)
