"""Starting ReportLens again in another language, its tabs coming back as they stood.

The window's words are set when it is built, so a new language shows from the next start.
Rather than leave the user to quit and start the app themselves, the choice of a language
offers to do it: the window closes as it does on Quit (the layout and the open tabs kept,
the library's writes finished) and the same program starts on the same library.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QWidget

from gui.app import parse_options


def restart_command(argv: Sequence[str], executable: str, frozen: bool) -> list[str]:
    """The command that starts ReportLens again on the library it was started on.

    Args:
        argv: the arguments it was started with (``sys.argv``); only the library
            (``--db PATH``) is kept: a comparison asked for at start is among the tabs that
            come back.
        executable: the running program (``sys.executable``): the packaged app itself, or
            the Python that runs the ``gui.launcher`` module.
        frozen: whether ``executable`` is the packaged app.
    """
    db = parse_options(list(argv[1:])).db
    kept = ["--db", db] if db else []
    if frozen:
        return [executable, *kept]
    return [executable, "-m", "gui.launcher", *kept]


def this_program_again() -> list[str]:
    """``restart_command`` for the running process."""
    return restart_command(sys.argv, sys.executable, bool(getattr(sys, "frozen", False)))


def ask_to_restart(parent: QWidget) -> bool:
    """Ask whether to restart now to show the chosen language (True: restart)."""
    from PySide6.QtWidgets import QMessageBox  # (not before the window's first paint)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Restart", "Language"))
    box.setText(
        QCoreApplication.translate(
            "Restart", "ReportLens shows the chosen language once it starts again."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Restart", "Restart it now? The open tabs come back as they are."
        )
    )
    now = box.addButton(
        QCoreApplication.translate("Restart", "Restart &now"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(
        QCoreApplication.translate("Restart", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is now


def restart(window: QWidget, command: Sequence[str]) -> bool:
    """Close ``window`` as Quit does, then run ``command`` (the app again).

    Returns False, the window left open, if it would not close; if the program cannot be
    started, the user is told to start it themselves (the window is closed by then, its
    tabs and layout kept for the next start).
    """
    from PySide6.QtWidgets import QMessageBox

    if not window.close():
        return False
    program, *arguments = command
    started, _pid = QProcess.startDetached(program, arguments, os.getcwd())
    if not started:
        QMessageBox.warning(
            None,
            QCoreApplication.translate("Restart", "Language"),
            QCoreApplication.translate(
                "Restart", "ReportLens could not start again: please start it yourself."
            ),
        )
    return bool(started)
