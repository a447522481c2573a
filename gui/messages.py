"""Telling and asking the user in a message box, QMessageBox imported on first use.

Loading QMessageBox's Python type takes about 3 ms. The window's start-up modules all show
messages, but only when something fails or needs confirming, so none of them loads it before
the first paint.
"""

from __future__ import annotations

from collections.abc import Sequence

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


def choose(parent: QWidget | None, title: str, text: str, actions: Sequence[str]) -> int | None:
    """Ask which of several ways to go ahead the user takes, Cancel beside them.

    Cancel is the default (Enter) and Escape's answer: the last action is one that cannot be
    undone (``Remove``), the others lead to it more safely (``Export annotations…``).

    Returns:
        The index in ``actions`` of the one chosen; None when the user cancelled.
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    safer, destructive = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.DestructiveRole
    last = len(actions) - 1
    buttons = [
        box.addButton(action, destructive if i == last else safer)
        for i, action in enumerate(actions)
    ]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(buttons) if button is clicked), None)


def about(parent: QWidget | None, title: str, text: str) -> None:
    """Show what the app is."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)
