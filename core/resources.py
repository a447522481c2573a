"""Locate bundled resources the same way from a source checkout and from the frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The folder holding ``resources/``' contents.

    From source it is ``resources/`` beside ``core/``; in a PyInstaller build it is
    ``resources/`` inside the bundle (``sys._MEIPASS``).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("samples", "catalog.json")``."""
    return resources_root().joinpath(*parts)


def read_resource_text(*parts: str) -> str:
    """The UTF-8 text of a bundled resource."""
    return resource_path(*parts).read_text(encoding="utf-8")
