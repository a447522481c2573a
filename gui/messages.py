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


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    action: str = "",
    default_no: bool = False,
) -> bool:
    """Ask before doing something; True when the user goes ahead.

    Args:
        parent: the window the question belongs to.
        title: the box's title.
        text: the question.
        action: the verb on the button that goes ahead (``Remove``), beside Cancel; without
            one, the buttons are Yes and No.
        default_no: not going ahead is the default (for what cannot be undone).
    """
    from PySide6.QtWidgets import QMessageBox

    if not action:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        default = no if default_no else QMessageBox.StandardButton.NoButton
        return QMessageBox.question(parent, title, text, yes | no, default) == yes
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if default_no else go)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


def about(parent: QWidget | None, title: str, text: str) -> None:
    """Show what the app is."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)
