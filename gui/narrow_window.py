"""In a narrow window the right-hand panels step aside, so that the library and the text
both read.

Below NARROW_WIDTH a window cannot hold the library, a readable line of text and the numbers
beside them: with all three, at 800 px, the library kept ~114 px (a badge and a character of
each title) and the numbers ~150 px. As a reader with two sidebars does on a small screen,
the right-hand column (the numbers and the annotations) then steps aside and the library
takes the room it reads in. The View menu (and the panels' shortcuts) brings either back at
once: the user's word, kept until the window is wide again. When the window grows past
NARROW_WIDTH the panels that stepped aside come back as they were (tabbed, the same one in
front).

Only the room changes, never the user's layout: a panel the user closed stays closed, one
floating or moved elsewhere is left alone, and the window saves its layout with the panels
that stepped aside in their places (``give_back``), so a wide window starts with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from gui.dock_room import Room

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from gui.main_window import MainWindow

NARROW_WIDTH = 1000
"""Below this window width the right-hand panels step aside: the library at its reading
width (~260 px), the text at its readable line (~520 px) and the numbers at their narrowest
readable (~220 px) need about this much."""


class NarrowWindow(QObject):
    """Lets ``window``'s right-hand docks step aside while it is narrower than NARROW_WIDTH,
    and gives the library the room it reads in meanwhile."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._narrow = False
        self._aside: list[QDockWidget] = []  # stepped aside for room, in the View menu's order
        self._in_front: QDockWidget | None = None  # of those, the tab that was in front
        self._tabbed_with: dict[QDockWidget, list[QDockWidget]] = {}  # their tabs' partners
        for dock in self.side_docks():
            # The View menu's entries and their shortcuts: the user's word, not the room's.
            dock.toggleViewAction().triggered.connect(
                lambda checked, dock=dock: self._told(dock, checked)
            )
            dock.visibilityChanged.connect(self._side_changed)
        window.installEventFilter(self)

    def side_docks(self) -> tuple[QDockWidget, ...]:
        """The docks of the right-hand column, which step aside first."""
        return (self._window.numbers_dock, self._window.annotations_dock)

    def is_narrow(self) -> bool:
        """Whether the window is, as last fitted, too narrow for the right-hand panels."""
        return self._narrow

    def stepped_aside(self) -> tuple[QDockWidget, ...]:
        """The docks hidden for want of room, to come back when the window is wide."""
        return tuple(self._aside)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the docks to the window's width when it is shown or resized."""
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        """Let the right-hand docks step aside if the window just became narrow, or bring
        them back if it just became wide (only while a report, or no tab, is shown: another
        view arranges the docks itself, ``DockRoom``)."""
        window = self._window
        if window.room.room() is not Room.READING or not window.isVisible():
            return
        narrow = window.width() < NARROW_WIDTH
        if narrow == self._narrow:
            return
        self._narrow = narrow
        if narrow:
            self._step_aside()
        else:
            self.give_back()

    def _step_aside(self) -> None:
        window = self._window
        right = Qt.DockWidgetArea.RightDockWidgetArea
        shown = [
            dock
            for dock in self.side_docks()
            if not dock.isHidden()
            and not dock.isFloating()
            and window.dockWidgetArea(dock) == right
        ]
        if not shown:
            return
        self._in_front = next((dock for dock in shown if not dock.visibleRegion().isEmpty()), None)
        self._tabbed_with = {dock: window.tabifiedDockWidgets(dock) for dock in shown}
        self._aside = shown
        for dock in shown:
            dock.hide()
        self.give_library_room()

    def give_back(self) -> None:
        """Show again the docks that stepped aside, the one in front as it was."""
        aside, self._aside = self._aside, []
        for dock in aside:
            dock.show()
        if self._in_front in aside:
            self._in_front.raise_()
        self._in_front = None

    def give_library_room(self) -> None:
        """Widen the library's column to its reading width, if it is narrower (the text keeps
        its readable line: Qt gives the column no more than that leaves)."""
        window = self._window
        dock = window.library_dock
        if dock.isFloating() or dock.isHidden():
            return
        frame = dock.width() - window.library_panel.width()
        wanted = window.library_panel.reading_width() + max(0, frame)
        if dock.width() < wanted:
            window.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)

    def _told(self, dock: QDockWidget, shown: bool) -> None:
        """The user showed or hid ``dock`` from the View menu: it stays as told. Shown, it
        comes with the docks it shared tabs with (a tab bar costs the text no width), in
        front of them."""
        partners = [d for d in self._tabbed_with.get(dock, []) if d in self._aside]
        if shown:
            for partner in partners:
                self._aside.remove(partner)
                partner.show()
            dock.raise_()
        if dock in self._aside:
            self._aside.remove(dock)
        if not self._aside:
            self._in_front = None

    def _side_changed(self, _visible: bool) -> None:
        """A right-hand dock was shown or hidden: in a narrow window without them the library
        takes its room back (once the layout has settled)."""
        if self._narrow and all(dock.isHidden() for dock in self.side_docks()):
            QTimer.singleShot(0, self, self.give_library_room)
