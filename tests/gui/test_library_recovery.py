"""A damaged library at start: kept aside, the user told, the newest good backup restored."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from core.library import open_library
from core.store.backup import list_backups, take_backup
from gui.app import open_or_recover
from gui.library_recovery import EMPTY, QUIT, RESTORE
from tests.damaged_library import damage_inside


@pytest.fixture
def damaged(library_db: str) -> Path:
    """The sample library with a backup, then truncated to half, as by a failing disk."""
    path = Path(library_db)
    take_backup(path, "manual")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _answer(choice: str, seen: list[tuple[str, Any]]) -> Any:
    def choose(message: str, backup: Any) -> str:
        seen.append((message, backup))
        return choice

    return choose


def test_restoring_the_backup_brings_the_library_back(damaged: Path, qtbot: Any) -> None:
    seen: list[tuple[str, Any]] = []
    store = open_or_recover(str(damaged), _answer(RESTORE, seen))
    assert store is not None
    try:
        assert store.report_count() == 5
    finally:
        store.close()
    ((message, backup),) = seen
    assert backup == list_backups(damaged)[0]
    assert "library.sqlite3 is damaged" in message and ".damaged-" in message
    (kept,) = [
        p for p in damaged.parent.iterdir() if p.name.endswith("Z") and ".damaged-" in p.name
    ]
    assert kept.stat().st_size > 0  # the damaged file is kept, not deleted


def test_starting_empty_or_quitting_keeps_the_damaged_file(damaged: Path, qtbot: Any) -> None:
    seen: list[tuple[str, Any]] = []
    assert open_or_recover(str(damaged), _answer(QUIT, seen)) is None
    assert not damaged.exists()  # moved aside, not deleted
    aside = next(p for p in damaged.parent.iterdir() if p.name.endswith("Z"))
    shutil.copyfile(aside, damaged)  # damaged again, for the second answer
    store = open_or_recover(str(damaged), _answer(EMPTY, seen))
    assert store is not None
    try:
        assert store.report_count() == 0
    finally:
        store.close()
    assert len([p for p in damaged.parent.iterdir() if ".damaged-" in p.name]) >= 1


def test_a_library_that_is_not_damaged_opens_without_a_question(library_db: str) -> None:
    seen: list[tuple[str, Any]] = []
    store = open_or_recover(library_db, _answer(QUIT, seen))
    assert store is not None and seen == []
    store.close()
    with open_library(library_db, read_only=True) as again:
        assert again.report_count() == 5


def test_the_message_box_offers_the_backup_by_its_date(damaged: Path, qtbot: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from gui.library_recovery import ask_user

    backup = list_backups(damaged)[0]
    seen: list[list[str]] = []

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click_restore)
            return
        seen.append([b.text() for b in box.buttons()])
        box.buttons()[[b.text() for b in box.buttons()].index(seen[0][0])].click()

    QTimer.singleShot(20, click_restore)
    assert ask_user("damaged", backup) == RESTORE
    assert seen[0][0].startswith("Restore the backup of 20")
    assert "Start an empty library" in seen[0] and "Quit" in seen[0]


def test_the_app_takes_the_days_backup_in_the_background(
    library_db: str, settings: Any, qtbot: Any
) -> None:
    from gui.app import open_gui_store
    from gui.main_window import MainWindow
    from gui.workers import LibraryWriter

    store = open_gui_store(library_db)  # the GUI thread's connection takes no backup
    writer = LibraryWriter(library_db)
    window = MainWindow(store, writer, settings)
    qtbot.addWidget(window)
    assert list_backups(Path(library_db)) == []
    window.show()
    window.start()  # after the first paint: the writer thread opens the library
    qtbot.waitUntil(lambda: bool(list_backups(Path(library_db))), timeout=30_000)
    assert list_backups(Path(library_db))[0].reason == "daily"
    window.close()
    writer.shutdown()
    store.close()


def test_a_locked_library_is_named_as_in_use_and_left_in_place(library_db: str, qtbot: Any) -> None:
    import sqlite3

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[tuple[str, Any]] = []
    told: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        told.append(box.text())
        box.close()

    holder = sqlite3.connect(library_db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # another program holding it whole
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (x)")
    try:
        QTimer.singleShot(20, read_and_close)
        assert open_or_recover(library_db, _answer(QUIT, seen)) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert seen == []  # not offered a backup: nothing is damaged
    assert told and told[0].startswith("library.sqlite3: another program is using")
    assert [p.name for p in Path(library_db).parent.iterdir() if ".damaged-" in p.name] == []
    with open_library(library_db, read_only=True) as again:
        assert again.report_count() == 5


def test_a_library_whose_name_holds_a_placeholder_is_named_as_it_is(
    damaged: Path, qtbot: Any
) -> None:
    odd = damaged.with_name("报告库%2.sqlite3")
    damaged.rename(odd)
    seen: list[tuple[str, Any]] = []
    assert open_or_recover(str(odd), _answer(QUIT, seen)) is None
    aside = next(p for p in odd.parent.iterdir() if p.name.endswith("Z"))
    ((message, _backup),) = seen
    assert message == (
        f"The library file 报告库%2.sqlite3 is damaged and cannot be opened. "
        f"It has been kept as {aside.name}."
    )


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's kept comparisons in a temporary cache folder, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_damage_found_while_the_window_lists_the_library_offers_the_backup(
    library_db: str, settings: Any, qtbot: Any, own_cache: None
) -> None:
    from gui.app import AppOptions, start_window

    path = Path(library_db)
    take_backup(path, "manual")
    damage_inside(path)
    seen: list[tuple[str, Any]] = []
    store = open_or_recover(library_db, _answer(QUIT, seen))
    assert store is not None and seen == []  # its header is sound: it opens
    started = start_window(store, AppOptions(db=library_db), settings, _answer(RESTORE, seen))
    assert started is not None
    store, writer, window = started
    qtbot.addWidget(window)
    try:
        ((message, backup),) = seen
        assert "library.sqlite3 is damaged" in message
        assert backup == list_backups(path)[0]
        assert store.report_count() == 5
        assert window.library_panel.model.rowCount() > 0
    finally:
        window.close()
        writer.shutdown()
        store.close()
    assert [p for p in path.parent.iterdir() if ".damaged-" in p.name]


def test_quitting_at_damage_found_while_listing_keeps_the_file_aside(
    library_db: str, settings: Any, qtbot: Any, own_cache: None
) -> None:
    from gui.app import AppOptions, start_window

    path = Path(library_db)
    damage_inside(path)
    store = open_or_recover(library_db, _answer(QUIT, []))
    assert store is not None
    seen: list[tuple[str, Any]] = []
    assert start_window(store, AppOptions(db=library_db), settings, _answer(QUIT, seen)) is None
    ((_message, backup),) = seen
    assert backup is None  # none taken: none offered
    assert not path.exists()
    assert [p for p in path.parent.iterdir() if ".damaged-" in p.name]
