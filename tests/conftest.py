"""Shared fixtures: sample files, temporary libraries built through the real migrations."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# Tests never need a screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
DATA = Path(__file__).resolve().parent / "data"


def sample_catalog() -> list[dict[str, object]]:
    """The bundled samples' metadata, as shipped."""
    catalog = json.loads((SAMPLES / "catalog.json").read_text(encoding="utf-8"))
    return list(catalog["samples"])


@pytest.fixture(scope="session")
def samples() -> dict[str, Path]:
    """The five sample reports by short name: cz2024, cz2025i, jc2024, cz2024np, cz2026np."""
    return {
        "cz2024": SAMPLES / "changzhi-2024-report.txt",
        "cz2025i": SAMPLES / "changzhi-2025-interpretation.txt",
        "jc2024": SAMPLES / "jincheng-2024-report.txt",
        "cz2024np": SAMPLES / "changzhi-2024-newspaper.txt",
        "cz2026np": SAMPLES / "changzhi-2026-newspaper.txt",
    }


@pytest.fixture(scope="session")
def sample_texts(samples: dict[str, Path]) -> dict[str, str]:
    """The samples' texts, read as UTF-8."""
    return {name: path.read_text(encoding="utf-8") for name, path in samples.items()}
