"""Compare view fixtures: sample reports parsed from their files, and an opened view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.library import LoadedReport, load_file


@pytest.fixture(scope="session")
def loaded(samples: dict[str, Path]) -> dict[str, LoadedReport]:
    """The 长治 samples compared in the tests, parsed once (tokens computed when compared)."""
    return {name: load_file(samples[name]) for name in ("cz2024", "cz2024np", "cz2026np")}


@pytest.fixture
def open_view(qtbot: Any) -> Callable[..., Any]:
    """Open a CompareView on two reports and wait for its first comparison."""
    from gui.compare.compare_view import CompareView

    def opener(left: LoadedReport, right: LoadedReport, **options: Any) -> CompareView:
        view = CompareView(left, right, **options)
        qtbot.addWidget(view)
        view.resize(1300, 800)
        with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
            view.show()
        qtbot.waitUntil(lambda: view.geometry_map() is not None)
        return view

    return opener
