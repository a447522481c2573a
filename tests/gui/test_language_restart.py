"""Choosing another language offers to start ReportLens again: the window closes as on Quit
(its tabs kept for the next start) and the same program starts on the same library; Later
keeps the choice for the next start; the language already shown asks nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMessageBox

from core.library import find_report
from gui.main_window import MainWindow
from gui.restart import restart_command
from gui.session import ReaderPlace, restore_session
from tests.child_env import isolated_env


def _language_action(window: MainWindow, code: str) -> QAction:
    for group in window.findChildren(QActionGroup):
        for action in group.actions():
            if action.data() == code:
                return action
    raise AssertionError(f"no language action for {code!r}")


def _restart_leaves_a_mark(window: MainWindow, folder: Path) -> Path:
    """Have the window restart as a process that only writes a file: the file's path."""
    started = folder / "started"
    window.menu_actions.restart_command = [
        sys.executable,
        "-c",
        f"open({str(started)!r}, 'w').close()",
    ]
    return started


def _answer_with(button_text: str, asked: list[str]) -> QTimer:
    """Click ``button_text`` on the question when it shows, keeping its text in ``asked``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == button_text).click()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    return timer


def test_restart_now_closes_the_window_keeping_its_tabs_and_starts_the_program(
    window: MainWindow, store: Any, settings: QSettings, qtbot: Any, tmp_path: Path
) -> None:
    report = find_report(store, "长治市2024年政府工作报告")
    window.open_report(report)
    started = _restart_leaves_a_mark(window, tmp_path)
    asked: list[str] = []
    answering = _answer_with("Restart &now", asked)
    _language_action(window, "zh_CN").trigger()
    answering.stop()

    assert asked == ["ReportLens shows the chosen language once it starts again."]
    assert not window.isVisible()
    qtbot.waitUntil(started.exists, timeout=10_000)
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert again.value("ui/language") == "zh_CN"
    assert [tab for tab in restore_session(again).tabs if isinstance(tab, ReaderPlace)] == [
        ReaderPlace(int(report), 0)
    ]


def test_later_keeps_the_choice_for_the_next_start_and_the_window_open(
    window: MainWindow, settings: QSettings, qtbot: Any, tmp_path: Path
) -> None:
    started = _restart_leaves_a_mark(window, tmp_path)
    asked: list[str] = []
    answering = _answer_with("&Later", asked)
    _language_action(window, "zh_CN").trigger()
    answering.stop()

    assert len(asked) == 1
    assert window.isVisible()
    assert settings.value("ui/language") == "zh_CN"
    assert "next time" in window.statusBar().currentMessage()
    qtbot.wait(300)
    assert not started.exists()


def test_the_language_already_shown_asks_nothing(
    window: MainWindow, settings: QSettings, messages: Any
) -> None:
    _language_action(window, "en").trigger()
    assert settings.value("ui/language") == "en"
    assert messages.texts == []
    assert window.isVisible()


def test_the_command_keeps_the_library_and_nothing_else() -> None:
    started_as = ["reportlens", "--db", "/data/lib.db", "compare", "a.txt", "b.txt", "--gui"]
    assert restart_command(started_as, "/opt/ReportLens/ReportLens", frozen=True) == [
        "/opt/ReportLens/ReportLens",
        "--db",
        "/data/lib.db",
    ]
    assert restart_command(["reportlens"], "python3", frozen=False) == [
        "python3",
        "-m",
        "gui.launcher",
    ]


def test_the_command_starts_the_window(tmp_path: Path) -> None:
    """The restart command, run for real, opens the window on the library it names."""
    db = tmp_path / "library.db"
    command = restart_command(["reportlens", "--db", str(db)], sys.executable, frozen=False)
    env = {**isolated_env(tmp_path), "REPORTLENS_SETTINGS": str(tmp_path / "settings.ini")}
    done = subprocess.run(
        [*command, "--exit-at-first-paint"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "first-paint" in done.stdout
    assert db.exists()
