"""The environment of a child process of the app, kept apart from the user's own."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def isolated_env(home: Path) -> dict[str, str]:
    """The parent's environment but for its ``REPORTLENS_*`` variables, with every user folder
    under ``home``, no display (offscreen) and this checkout's code on the path."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPORTLENS")}
    env.update(
        PYTHONPATH=str(ROOT),
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env
