"""The order Tab moves the focus in: the current tab's text right after the library and its
chapters, before the panels on the right.

Qt chains widgets in the order they were made, so a tab opened after the panels would come
last, after every cell-free stop of the numbers and notes panels. Each time a tab comes to the
front its page is moved into place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget


def tab_stops(page: QWidget) -> list[QWidget]:
    """The widgets inside ``page`` that Tab stops at, in their order in the focus chain."""
    stops = []
    widget = page.nextInFocusChain()
    while widget is not page and page.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def put_tabs_after(anchor: QWidget, tabs: QTabWidget) -> None:
    """Chain ``tabs``' bar and its current page's stops right after ``anchor``.

    The tab widget itself is no stop (its bar is): left where Qt chained it, it would hand the
    focus to its bar and Tab would cycle through the text and panels again, never reaching
    the library."""
    page = tabs.currentWidget()
    chain = [tabs, *(tab_stops(page) if page is not None else [])]
    previous = anchor
    for widget in chain:
        QWidget.setTabOrder(previous, widget)
        previous = widget
