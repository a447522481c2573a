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


def comparisons_file() -> Path:
    """The file comparisons are kept in between runs of the app (a cache, apart from the
    library: ``core.compare.stored_comparisons``)."""
    return cache_dir() / "comparisons.sqlite3"


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


def library_named(db: str | os.PathLike[str] | None = None) -> bool:
    """Whether the library to use is one the user named (``--db`` or ``$REPORTLENS_DB``),
    not the default one in the data folder, which the app makes on first use.

    Args:
        db: an explicit path (the ``--db`` option), or None.
    """
    return bool(db) or bool(os.environ.get(ENV_VAR))


def make_library_folder(path: Path) -> None:
    """Create the folder the library file ``path`` goes in, if it is missing.

    Raises:
        StoreError: it cannot be made (a file stands in its way, or a folder above it is
            not writable).
    """
    from core.errors import StoreError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as error:
        raise StoreError(
            f"{path.name}: the library's folder {path.parent} cannot be made "
            "(a file stands where a folder must be)"
        ) from error
    except OSError as error:
        raise StoreError(
            f"{path.name}: the library's folder {path.parent} cannot be made "
            f"({error.strerror or error})"
        ) from error
