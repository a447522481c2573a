"""The tabs of docks sharing a place (the library and its search, the numbers and the
annotations) read whole in a small window.

Qt elides a dock's tab as soon as its column is narrower than the tabs at the style's
padding: at 800×600 the English tabs read ``Libr…``, ``Sea…``, ``Nu…``, ``Anno…``. Here the
tabs keep their words and take a tighter padding, and their column is never narrower than
them. In the narrowest window the columns take no more than they did (the tabs' words at the
tighter padding fit the room the reader leaves the side panels, ``PANELS_ROOM``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QTabBar,
    QWidget,
)

PADDING_SHARE = 0.5  # of the style's padding either side of a tab's words


class TightTabStyle(QProxyStyle):
    """The app's style with a tab's words padded by half as much on either side."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """The base style's measure; a tab's horizontal padding cut to PADDING_SHARE."""
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return round(value * PADDING_SHARE)
        return value


def app_style_copy() -> QStyle | None:
    """A new instance of the app's style, for a proxy to own (None: the platform's own)."""
    app = QApplication.instance()
    name = app.style().name() if isinstance(app, QApplication) else ""
    return QStyleFactory.create(name) if name else None


class WholeDockTabs(QObject):
    """Keeps the words of ``window``'s dock tabs whole, in the tab bars Qt makes for the
    docks tabbed together (now, and whenever the user tabs docks together)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._style = TightTabStyle(app_style_copy())
        self._style.setParent(self)
        window.installEventFilter(self)
        for bar in self.tab_bars():
            self.fit(bar)

    def tab_bars(self) -> list[QTabBar]:
        """The tab bars of the window's tabbed docks (a report tab bar is not the window's
        child: it belongs to its tab widget)."""
        return [
            bar
            for bar in self._window.findChildren(QTabBar)
            if bar.parent() is self._window and isinstance(bar, QTabBar)
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit a dock tab bar Qt has just made, once it is set up (polished, to be shown)."""
        if (
            watched is self._window
            and event.type() == QEvent.Type.ChildPolished
            and isinstance(event.child(), QTabBar)  # type: ignore[attr-defined]
        ):
            self.fit(event.child())  # type: ignore[attr-defined]
        return False

    def fit(self, bar: QTabBar) -> None:
        """Whole words, no scroll arrows (a tab out of sight is worse than a wider column),
        the tighter padding."""
        if bar.style() is not self._style:
            bar.setStyle(self._style)
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(False)
