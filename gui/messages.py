"""Telling and asking the user in a message box, QMessageBox imported on first use.

Loading QMessageBox's Python type takes about 3 ms. The window's start-up modules all show
messages, but only when something fails or needs confirming, so none of them loads it before
the first paint.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Say that something could not be done."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Say something the user should know."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def fail(parent: QWidget | None, title: str, text: str) -> None:
    """Say that the app cannot go on (the library cannot be opened)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, default_no: bool = False) -> bool:
    """Ask Yes or No; True for Yes.

    Args:
        parent: the window the question belongs to.
        title: the box's title.
        text: the question.
        default_no: No is the default button (for what cannot be undone).
    """
    from PySide6.QtWidgets import QMessageBox

    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    default = no if default_no else QMessageBox.StandardButton.NoButton
    return QMessageBox.question(parent, title, text, yes | no, default) == yes


def about(parent: QWidget | None, title: str, text: str) -> None:
    """Show what the app is."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)
