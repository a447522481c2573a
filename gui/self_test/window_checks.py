"""The self-test's checks of the app around the reports: its resources, its window, its closing."""

from __future__ import annotations

import sys
import time

from gui.self_test.state import SelfTestState, process_events


def check_resources(state: SelfTestState) -> str:
    """The bundled samples, translations and indicator table are where the app looks."""
    import json

    from core.resources import resource_path, resources_root

    catalog = json.loads(resource_path("samples", "catalog.json").read_text(encoding="utf-8"))
    wanted = [resource_path("samples", entry["file"]) for entry in catalog["samples"]]
    wanted += [resource_path("indicators.tsv"), resource_path("i18n", "reportlens_zh_CN.qm")]
    missing = [path.name for path in wanted if not path.is_file()]
    if missing:
        raise AssertionError(f"missing from {resources_root()}: {', '.join(missing)}")
    where = "frozen app" if getattr(sys, "frozen", False) else "source"
    return f"{len(wanted)} files found ({where}, {resources_root()})"


def check_window(state: SelfTestState) -> str:
    """The main window opens on the (empty) temporary library and paints."""
    from PySide6.QtCore import QEvent, QObject

    from gui.app import make_settings, open_gui_store
    from gui.main_window import MainWindow
    from gui.session import restore_layout
    from gui.workers import LibraryWriter

    db = str(state.folder / "library.sqlite3")
    state.store = open_gui_store(db)
    state.writer = LibraryWriter(db)
    window = MainWindow(state.store, state.writer, make_settings())
    state.window = window
    painted: list[bool] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    spy = PaintSpy(window)
    window.installEventFilter(spy)
    restore_layout(window)
    window.refresh_library()
    window.show()
    deadline = time.monotonic() + 20
    while not painted and time.monotonic() < deadline:
        process_events(0.05)
    window.removeEventFilter(spy)
    if not painted:
        raise AssertionError("the main window did not paint within 20 s")
    size = window.size()
    return f"main window painted ({size.width()}×{size.height()}, {window.windowTitle()})"


def check_close(state: SelfTestState) -> str:
    """The window closes, the writer thread stops, the library closes."""
    if state.window is None:
        raise AssertionError("needs the window")
    state.window.close()
    state.writer.shutdown()
    state.store.close()
    return "closed cleanly"
