"""The crash handler: an error in a slot shows a dialog and is logged; no console is no problem."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QtMsgType, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.app_log import LOG_FILE, LogStream, app_logger
from gui.crash_handler import CrashHandler

ROOT = Path(__file__).resolve().parents[2]
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


class Emitter(QObject):
    """A signal whose slot will raise."""

    fired = Signal()


def _raise_in_slot() -> None:
    raise RuntimeError("年度目标 broke 𠮷")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_dialog_and_is_logged(
    installed_crash_handler: CrashHandler, tmp_path: Path
) -> None:
    seen: list[tuple[str, str]] = []

    def close_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.text(), box.informativeText()))
            box.buttons()[0].click()  # Continue
        else:
            QTimer.singleShot(50, close_dialog)

    QTimer.singleShot(50, close_dialog)
    emitter = Emitter()
    emitter.fired.connect(_raise_in_slot)
    emitter.fired.emit()

    assert installed_crash_handler.errors_seen == 1
    assert len(seen) == 1
    text, informative = seen[0]
    assert "unexpected problem" in text
    assert "RuntimeError: 年度目标 broke 𠮷" in informative
    assert str(tmp_path / "logs" / LOG_FILE) in informative
    log = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "RuntimeError: 年度目标 broke 𠮷" in log
    assert "_raise_in_slot" in log  # the traceback, not just the message


def test_a_dying_thread_is_logged_and_shown_on_the_gui_thread(tmp_path: Path, qtbot) -> None:
    shown: list[tuple[str, bool]] = []
    gui_thread = threading.current_thread()

    def record(summary: str, _details: str) -> None:
        shown.append((summary, threading.current_thread() is gui_thread))

    handler = CrashHandler(tmp_path / "logs", show_dialog=record)
    handler.install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0, name="importer")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        handler.uninstall()
    assert shown == [("ZeroDivisionError: division by zero (in importer)", True)]
    log = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log and "importer" in log


def test_qt_critical_messages_are_logged(tmp_path: Path) -> None:
    handler = CrashHandler(tmp_path / "logs", show_dialog=lambda s, d: None)
    handler.qt_message(QtMsgType.QtCriticalMsg, None, "QPainter could not begin")
    log = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "ERROR Qt: QPainter could not begin" in log


def test_log_stream_writes_whole_lines(tmp_path: Path) -> None:
    logger = app_logger(tmp_path / "stream-logs")
    stream = LogStream(logger, 20)
    stream.write("first line\nsecond ")
    stream.write("half\n")
    stream.write("tail without newline")
    stream.flush()
    for log_handler in logger.handlers:
        log_handler.flush()
    lines = (tmp_path / "stream-logs" / LOG_FILE).read_text(encoding="utf-8").splitlines()
    assert [line.split(" INFO ", 1)[1] for line in lines[-3:]] == [
        "first line",
        "second half",
        "tail without newline",
    ]


NO_CONSOLE = """
import sys
sys.stdout = None
sys.stderr = None
from gui.app_log import ensure_streams
from pathlib import Path
ensure_streams(Path(sys.argv[1]))
print("a stray print 𠮷")
print("to stderr", file=sys.stderr)
sys.stdout.write("a direct write\\n")  # raises AttributeError when stdout is None
sys.stdout.flush()
sys.exit(0)
"""


def test_a_print_without_a_console_goes_to_the_log(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", NO_CONSOLE, str(tmp_path / "logs")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    log = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "INFO a stray print 𠮷" in log
    assert "WARNING to stderr" in log
    assert "INFO a direct write" in log
