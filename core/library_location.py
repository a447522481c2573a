"""Where the user's library file lives: ``--db``, else ``$REPORTLENS_DB``, else the data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ReportLens"
LIBRARY_FILE = "library.sqlite3"
ENV_VAR = "REPORTLENS_DB"


def data_dir() -> Path:
    """The user's data folder for ReportLens (created on demand by callers that write)."""
    import platformdirs  # only here: a library named by --db or $REPORTLENS_DB needs none

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user's cache folder for ReportLens (jieba's dictionary cache and the like)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def library_path(db: str | os.PathLike[str] | None = None) -> Path:
    """The library file to use.

    Args:
        db: an explicit path (the ``--db`` option); when None, ``$REPORTLENS_DB`` is used if
            set, else ``library.sqlite3`` in the user's data folder.
    """
    if db:
        return Path(db).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return data_dir() / LIBRARY_FILE
