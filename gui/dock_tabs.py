"""The tabs of docks sharing a place (the library and its search, the numbers and the
annotations) read whole in a small window.

Qt elides a dock's tab as soon as its column is narrower than the tabs at the style's
padding: at 800×600 the English tabs read ``Libr…``, ``Sea…``, ``Nu…``, ``Anno…``. Here the
tabs keep their words and take a tighter padding, and their column is never narrower than
them. At that padding the two columns' tabs together still fit the room the reader leaves the
side panels in an 800 px screen (``PANELS_ROOM``): the English right-hand column is wider
(Numbers and Annotations), the library's narrower.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QTabBar

# Around a tab's words: the style's own height, half its width either side. A style sheet
# rather than a proxy of the style: the style's Python types would load before the window's
# first paint, and take milliseconds.
TAB_PADDING = 6
TIGHT_TABS = f"QTabBar::tab {{ padding: {TAB_PADDING}px; }}"


class WholeDockTabs(QObject):
    """Keeps the words of ``window``'s dock tabs whole, in the tab bars Qt makes for the
    docks tabbed together (now, and whenever the user tabs docks together)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        for bar in self.tab_bars():
            self.fit(bar)

    def tab_bars(self) -> list[QTabBar]:
        """The tab bars of the window's tabbed docks (a report tab bar is not the window's
        child: it belongs to its tab widget)."""
        return [bar for bar in self._window.findChildren(QTabBar) if bar.parent() is self._window]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit a dock tab bar Qt has just made, once it is set up (polished, to be shown).

        The bars are looked up rather than read from the event: a Python wrapper of every
        child polished would load the Python types of the window's widgets before its first
        paint."""
        if watched is self._window and event.type() == QEvent.Type.ChildPolished:
            for bar in self.tab_bars():
                if bar.elideMode() != Qt.TextElideMode.ElideNone:
                    self.fit(bar)
        return False

    def fit(self, bar: QTabBar) -> None:
        """Whole words, no scroll arrows (a tab out of sight is worse than a wider column),
        the tighter padding."""
        if bar.styleSheet() != TIGHT_TABS:
            bar.setStyleSheet(TIGHT_TABS)
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(False)
