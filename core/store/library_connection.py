"""The library file's connection: made, set up, checked against this version and migrated.

Opened to write, a library is kept in WAL mode with ``synchronous=FULL``, copied aside before
an older one is migrated, and refused when a newer ReportLens wrote it; opened to read, it is
only checked to be a database (``core.store.read_only_opening``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.errors import NewerLibraryError, NoLibraryError
from core.store.migrations import LATEST_VERSION, migrate, schema_version


def connect_library(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection to the library at ``path``, created and migrated unless ``read_only``.

    Args:
        path: the library file.
        read_only: only read it: it must exist, and is neither created nor migrated.

    Raises:
        sqlite3.DatabaseError: SQLite could not open or read the file (the connection is
            closed); ``ReportStore.open`` tells the user why.
        NoLibraryError: there is no library at ``path`` (``read_only``).
        NewerLibraryError: a newer ReportLens wrote it (not ``read_only``).
    """
    conn: sqlite3.Connection | None = None
    try:
        if read_only:
            if not path.exists():
                raise NoLibraryError(path)
            from core.store.read_only_opening import connect_read_only

            conn = connect_read_only(path)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        version = schema_version(conn)
        if not read_only:
            if version > LATEST_VERSION:
                conn.close()
                raise NewerLibraryError(
                    f"{path.name}: this library was written by a newer version of "
                    f"ReportLens (schema {version}, this version knows {LATEST_VERSION}); "
                    "update ReportLens to change it"
                )
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            if 0 < version < LATEST_VERSION:  # an older library: keep a copy first
                from core.store.backup import take_backup

                take_backup(path, f"before-migration-v{LATEST_VERSION}")
            migrate(conn)
        else:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        if conn is not None:
            conn.close()
        raise
    return conn
