"""How much of the window the current tab gets: the docks step aside for views that need room.

A report is read with every dock the user arranged. A comparison takes the whole window, as
in any side-by-side compare (it has its own section tree and change list). A scorecard keeps
the library (to choose another region) and takes the room of the report's own panels, which
would be empty beside it. The reading layout (which docks, their tabs and sizes) is kept while
another view is shown and comes back with a report; the View menu shows a dock meanwhile.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from gui.main_window import MainWindow


class Room(Enum):
    """What the current tab needs."""

    READING = "reading"  # a report, or no tab: the docks as the user arranged them
    VIEW = "view"  # a scorecard: the library stays, the report's own panels step aside
    WHOLE = "whole"  # a comparison: every dock steps aside


class DockRoom:
    """Shows and hides the window's docks as the current tab needs."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._room = Room.READING
        self._reading_layout: QByteArray | None = None

    def room(self) -> Room:
        """The room given now."""
        return self._room

    def give(self, room: Room) -> None:
        """Arrange the docks for ``room`` (nothing changes if it is given already)."""
        if room is self._room:
            return
        window = self._window
        if self._reading_layout is None:
            self._reading_layout = window.saveState()
        else:  # from one view's room to another's, or back: start from the reading layout
            window.restoreState(self._reading_layout)
        self._room = room
        if room is Room.READING:
            self._reading_layout = None
            window.narrow.fit()  # the window may have become narrow or wide meanwhile
            return
        for dock in self._stepping_aside(room):
            dock.hide()

    def _stepping_aside(self, room: Room) -> tuple[QDockWidget, ...]:
        window = self._window
        if room is Room.WHOLE:
            return window.docks()
        return (window.sections_dock, window.numbers_dock, window.annotations_dock)
