"""Changes the window makes to the library itself, on the GUI thread (a highlight, a note, the
palette, pairing corrections): made, or, when the library refuses, told and not applied.

The library can refuse any change: its file made read-only, another program holding it, a full
disk, a damaged page. Core then raises a ``StoreError`` naming the file and the problem, with
nothing of the change saved. ``change_library`` runs one change and turns that refusal into one
message in the user's language; the caller leaves its view as the library holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from core.errors import StoreError
from gui.core_messages import show_core_error

_T = TypeVar("_T")


def change_library(parent: QWidget | None, change: Callable[[], _T]) -> _T | None:
    """Run ``change`` (one write to the library); None when the library refused it.

    A refusal is told in a message box over ``parent``, naming the library file and the
    problem; the library is as it was. Any other error (a bug) is left to show as one.

    Args:
        parent: the widget the user made the change in (the message is shown over it).
        change: the write; what it returns (a record, never None) is passed on.
    """
    try:
        return change()
    except StoreError as error:
        show_core_error(parent, str(error))
        return None
