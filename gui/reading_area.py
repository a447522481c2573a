"""The window's centre: a tab per open report, comparison or scorecard, and the find bar.

When nothing is open, a hint takes the tabs' place (in an empty library, how to fill it). The
find bar is built when first needed (after the first paint). Report tabs are told apart without
importing the reader, which loads with the first report opened.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from gui.reader.reader_tab import ReaderTab
    from gui.search.find_bar import FindBar


def is_reader(widget: object) -> bool:
    """Whether ``widget`` is a reader tab (its module loads with the first report opened)."""
    module = sys.modules.get("gui.reader.reader_tab")
    return module is not None and isinstance(widget, module.ReaderTab)


class ReadingArea(QWidget):
    """The tabs of open reports and views, a hint when there are none, the find bar below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("readerTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _index: self.update_placeholder())
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._find_bar: FindBar | None = None
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.placeholder, 1)
        self.set_library_empty(False)
        self.update_placeholder()

    def set_library_empty(self, empty: bool) -> None:
        """Fit the hint to the library: with no report in it, there is nothing to open yet."""
        if empty:
            hint = self.tr(
                "The library has no reports yet: import your own (Ctrl+O), or add the sample "
                "reports (Help menu)."
            )
        else:
            hint = self.tr(
                "Open a report from the library on the left, or import your own (Ctrl+O)."
            )
        self.placeholder.setText(hint)

    def update_placeholder(self) -> None:
        """Show the tabs, or the hint when no tab is open (kept so as tabs come and go)."""
        has_tabs = self.tabs.count() > 0
        self.tabs.setVisible(has_tabs)
        self.placeholder.setVisible(not has_tabs)

    @property
    def find_bar(self) -> FindBar:
        """The find bar below the tabs (built now if it was not yet), for the current report."""
        if self._find_bar is None:
            from gui.search.find_bar import FindBar

            self._find_bar = FindBar(self)
            self._find_bar.hide()
            self.layout().addWidget(self._find_bar)
            tab = self.current_reader()
            self._find_bar.set_view(tab.view if tab else None)
        return self._find_bar

    def built_find_bar(self) -> FindBar | None:
        """The find bar if it was built (None: nothing to update)."""
        return self._find_bar

    def reader_tabs(self) -> list[ReaderTab]:
        """The open reader tabs, in tab order."""
        return [tab for i in range(self.tabs.count()) if is_reader(tab := self.tabs.widget(i))]

    def current_reader(self) -> ReaderTab | None:
        """The reader tab shown, if the current tab is one."""
        tab = self.tabs.currentWidget()
        return tab if is_reader(tab) else None

    def tab_index(self, key: str) -> int:
        """Index of the open tab with ``key`` (-1 when not open)."""
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if getattr(tab, "tab_key", None) and tab.tab_key() == key:
                return index
        return -1

    def add_view_tab(self, widget: QWidget, title: str) -> int:
        """Show a view as a tab and make it current; it needs ``tab_key()``."""
        index = self.tabs.addTab(widget, title)
        self.tabs.setTabToolTip(index, title)
        self.tabs.setCurrentIndex(index)
        return index
