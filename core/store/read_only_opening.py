"""Opening a library only to read it, also where nothing may be written beside it.

A library in WAL mode is read with a shared-memory file (``-shm``) beside it, which SQLite
makes when it opens the file. On a read-only share, or in a folder the user may not write to,
it cannot: SQLite then refuses even to read (``attempt to write a readonly database``). Such a
library was closed cleanly when it holds no write-ahead log (no ``-wal`` file, or an empty
one): all of it is in the file, which is then read as unchanging (SQLite's ``immutable``),
needing nothing beside it. A library whose log is still there is refused as before: reading
the file without its log would show it as it was before its last changes.

Read so, the file is taken not to change: SQLite takes no lock and keeps the pages it read.
If someone who may write the folder changes the library meanwhile (a share another computer
writes), what was read stays as it was, and a page changed under it may read as damage; the
file itself is never written. Such a library is to be opened again to see the changes. A file
system mounted read-only refuses the writing opening otherwise (``SQLITE_CANTOPEN``), and is
not read this way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

_NOTHING_BESIDE_IT = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN})


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection reading the library at ``path``, which it never writes.

    Raises:
        sqlite3.DatabaseError: the file could not be read (damaged, locked, out of reach, or
            in a folder that cannot be written while its write-ahead log is still there).
    """
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        conn.close()
        if not _cannot_write_beside(error) or _holds_unsaved_log(Path(path)):
            raise
    conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def cannot_be_written(error: sqlite3.Error) -> bool:
    """Whether ``error``, met opening a library to write it, says the file or its folder is
    read-only (it may still be read: ``connect_read_only``)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_READONLY


def _cannot_write_beside(error: sqlite3.Error) -> bool:
    """Whether ``error`` says SQLite could not make its files beside the library."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _NOTHING_BESIDE_IT


def _holds_unsaved_log(path: Path) -> bool:
    """Whether a write-ahead log with changes not yet in the file lies beside it."""
    log = Path(f"{path}-wal")
    return log.exists() and log.stat().st_size > 0
