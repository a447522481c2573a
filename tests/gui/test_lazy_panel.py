"""Panels behind other docks are built when shown, when asked for, or while the app is idle."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from gui.lazy_panel import LazyPanel
from gui.main_window import MainWindow
from gui.workers import LibraryWriter


def test_a_panel_is_built_once_when_its_dock_is_first_shown(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    front, behind = QDockWidget("Library", window), QDockWidget("Search", window)
    front.setWidget(QLabel("库"))
    built: list[QLabel] = []

    def make() -> QLabel:
        built.append(QLabel("搜索"))
        return built[-1]

    lazy = LazyPanel(behind, make)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, front)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, behind)
    window.tabifyDockWidget(front, behind)
    front.raise_()
    window.show()
    qtbot.waitExposed(window)
    assert built == [] and not lazy.is_built()
    behind.raise_()
    qtbot.waitUntil(lazy.is_built)
    assert behind.widget() is built[0] and lazy.panel() is built[0]
    front.raise_()
    behind.raise_()
    assert len(built) == 1


def test_the_window_paints_without_the_hidden_panels_and_builds_them_when_idle(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    window = MainWindow(store, LibraryWriter(library_db), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.lazy_search.is_built() and not window.lazy_annotations.is_built()
    window.start()
    qtbot.waitUntil(lambda: window.lazy_search.is_built() and window.lazy_annotations.is_built())
    assert window.search_dock.widget() is window.search_panel
    assert window.annotations_dock.widget() is window.annotations_panel
    window.close()
