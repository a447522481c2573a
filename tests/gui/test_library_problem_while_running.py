"""A library found damaged while the app runs: one clear message in the app's language, no crash
dialog, and the app goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from core.library import open_library
from gui.crash_handler import CrashHandler
from tests.damaged_library import damage_inside


class Emitter(QObject):
    """A signal whose slot reads the damaged library."""

    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_a_damaged_library_met_in_a_slot_is_told_in_chinese_not_as_a_crash(
    library_db: str, installed_crash_handler: CrashHandler, chinese: None, tmp_path: Path
) -> None:
    damage_inside(Path(library_db))
    seen: list[tuple[str, str, list[str]]] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.objectName(), box.text(), [b.text() for b in box.buttons()]))
            box.buttons()[0].click()
        else:
            QTimer.singleShot(50, close_box)

    store = open_library(library_db, read_only=True, reread=False)
    try:
        QTimer.singleShot(50, close_box)
        emitter = Emitter()
        emitter.fired.connect(lambda: store.region_sizes())
        emitter.fired.emit()
    finally:
        store.close()
    assert installed_crash_handler.errors_seen == 0  # not counted as a crash
    ((name, text, buttons),) = seen
    assert name != "crashDialog"
    assert text.startswith("library.sqlite3: 报告库文件已损坏")
    assert "意外" not in text and len(buttons) == 1
    log = (tmp_path / "logs" / "reportlens.log").read_text(encoding="utf-8")
    assert "library.sqlite3: the library file is damaged" in log
