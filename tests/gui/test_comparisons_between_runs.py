"""A comparison tab of the last session comes back read from the comparisons kept on disk,
not computed again, when the app keeps them (as it does: ``run_app``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from core.compare.engine_process import ENGINE
from core.library import find_report
from core.store.kept_comparisons import KeptComparisons
from gui.compare.compare_job import SHARED_CACHE
from gui.main_window import MainWindow
from gui.workers import LibraryWriter

CZ2024 = "长治市2024年政府工作报告"
JC2024 = "晋城市2024年政府工作报告"
WAIT_MS = 120_000


@pytest.fixture
def shared_cache_kept_in_memory() -> Iterator[None]:
    """The app's comparisons as the other tests have them afterwards: in memory only."""
    yield
    SHARED_CACHE.stored = None
    SHARED_CACHE.clear()


def _window(qtbot: Any, store: Any, db: str, settings: QSettings, kept: Path) -> MainWindow:
    window = MainWindow(store, LibraryWriter(db), settings)
    qtbot.addWidget(window)
    window.comparisons.keep_between_runs(kept)
    window.show()
    window.start()
    return window


def test_a_comparison_tab_reopened_after_a_restart_is_read_back(
    qtbot: Any,
    store: Any,
    library_db: str,
    settings: QSettings,
    tmp_path: Path,
    shared_cache_kept_in_memory: None,
) -> None:
    kept = tmp_path / "cache" / "comparisons.sqlite3"
    SHARED_CACHE.stored = None
    SHARED_CACHE.clear()
    window = _window(qtbot, store, library_db, settings, kept)
    view = window.comparisons.open(find_report(store, CZ2024), find_report(store, JC2024))
    assert view is not None
    qtbot.waitUntil(lambda: view.comparison() is not None, timeout=WAIT_MS)
    first = view.comparison()
    assert SHARED_CACHE.misses == 1 and len(KeptComparisons(kept)) == 1
    window.close()

    # A new run: nothing in memory, no engine process.
    ENGINE.close()
    SHARED_CACHE.clear()
    SHARED_CACHE.stored = None
    second = _window(qtbot, store, library_db, settings, kept)
    restored = second.comparisons.current()
    assert restored is not None
    qtbot.waitUntil(lambda: restored.comparison() is not None, timeout=WAIT_MS)
    assert restored.comparison() == first
    assert (SHARED_CACHE.read_back, SHARED_CACHE.misses) == (1, 0)
    assert not ENGINE.is_ready()  # no process was started to compute it
    qtbot.waitUntil(lambda: restored.geometry_map() is not None, timeout=WAIT_MS)
    restored.next_change()  # the changes read back are drawn and stepped to
    assert restored.current_change() == 0
    second.close()
