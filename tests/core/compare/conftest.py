"""Compare fixtures: the sample reports as a comparison takes them, made once."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare.records import CompareInput
from tests.core.compare.compare_inputs import compare_input


@pytest.fixture(scope="session")
def inputs(samples: dict[str, Path]) -> dict[str, CompareInput]:
    """Every sample by its short name (``samples``), titled by it."""
    return {
        name: compare_input(path.read_text(encoding="utf-8"), name)
        for name, path in samples.items()
    }
