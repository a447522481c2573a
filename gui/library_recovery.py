"""A damaged library at start: moved aside, the user told, the latest good backup offered.

The app must not crash on a truncated or corrupt library file, nor quietly start over: the
damaged file is kept (renamed with the time), the user reads one message naming it, and
chooses to restore the newest backup that passes its integrity check, to start an empty
library, or to quit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.store.backup import (
    Backup,
    list_backups,
    looks_damaged,
    move_aside,
    restore_backup,
    verify,
)
from gui.placeholders import fill_placeholders

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"
Chooser = Callable[[str, Backup | None], str]  # (message, backup offered) -> RESTORE/EMPTY/QUIT


def recover_damaged_library(library: Path, choose: Chooser | None = None) -> bool:
    """If ``library`` is damaged, move it aside and let the user restore a backup or start over.

    Args:
        library: the library file.
        choose: asks the user (default: a message box); given the message and the backup
            offered, returns RESTORE, EMPTY or QUIT.

    Returns:
        True when the app can go on (the library was not damaged, was restored, or starts
        empty); False when the user chose to quit (the damaged file is kept aside either way).
    """
    if not looks_damaged(library):
        return True
    aside = move_aside(library, "damaged")
    backup = next((b for b in list_backups(library) if verify(b.path)), None)
    message = fill_placeholders(
        QCoreApplication.translate(
            "LibraryRecovery",
            "The library file %1 is damaged and cannot be opened. It has been kept as %2.",
        ),
        library.name,
        aside.name,
    )
    choice = (choose or ask_user)(message, backup)
    if choice == RESTORE and backup is not None:
        restore_backup(backup, library)
        return True
    return choice == EMPTY


def ask_user(message: str, backup: Backup | None, parent: QWidget | None = None) -> str:
    """The message box: restore the backup of <date>, start an empty library, or quit."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("LibraryRecovery", "Damaged library"),
        message,
        parent=parent,
    )
    restore = None
    if backup is not None:
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        restore = box.addButton(
            QCoreApplication.translate("LibraryRecovery", "Restore the backup of %1").replace(
                "%1", when
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "LibraryRecovery", "Annotations made after that backup are in the damaged file."
            )
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "LibraryRecovery", "There is no backup of this library to restore."
            )
        )
    empty = box.addButton(
        QCoreApplication.translate("LibraryRecovery", "Start an empty library"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("LibraryRecovery", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or empty)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return RESTORE
    return EMPTY if clicked is empty else QUIT
