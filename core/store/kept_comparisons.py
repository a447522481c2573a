"""A file of comparisons kept between runs of the app: a cache, apart from the library.

Each entry is a key (a digest of what the comparison was made of) and its record, compressed.
The file holds the entries used most recently, ``capacity`` of them. It is a cache: nothing in
it is the user's, so a file that cannot be read or written only means a comparison is
computed again. A file that is not a database (damaged, or another program's) is removed
and made anew; one in use by another process is left alone, and the entry not kept.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

CAPACITY = 64
"""How many comparisons the file keeps (each a few to a few tens of kilobytes)."""

_SCHEMA = "CREATE TABLE IF NOT EXISTS comparisons (key TEXT PRIMARY KEY, data BLOB NOT NULL, used REAL NOT NULL)"  # noqa: E501
_WAIT_SECONDS = 0.2  # another process writing: give up soon, the entry is only a cache


class KeptComparisons:
    """Comparisons' records kept in the SQLite file ``path``, by key.

    Safe to use from several threads and processes: each call opens the file, does its work
    in one transaction and closes it.
    """

    def __init__(self, path: Path, capacity: int = CAPACITY) -> None:
        self.path = path
        self.capacity = capacity

    def get(self, key: str) -> bytes | None:
        """The record kept under ``key``, or None (not kept, or the file cannot be read)."""
        if not self.path.is_file():
            return None
        try:
            with self._connection() as connection:
                row = connection.execute(
                    "SELECT data FROM comparisons WHERE key = ?", (key,)
                ).fetchone()
                if row is None:
                    return None
                # Noting its use is no matter where the file refuses changes (read-only).
                with contextlib.suppress(sqlite3.OperationalError, sqlite3.IntegrityError):
                    connection.execute(
                        "UPDATE comparisons SET used = ? WHERE key = ?", (time.time(), key)
                    )
                return bytes(row[0])
        except sqlite3.OperationalError:
            return None  # in use elsewhere, or not readable: computed again
        except sqlite3.DatabaseError:
            self._remove()
            return None

    def put(self, key: str, data: bytes) -> None:
        """Keep ``data`` under ``key``, dropping the least recently used beyond the capacity.
        A file that cannot be written keeps nothing, and says nothing."""
        for _ in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self._connection() as connection:
                    connection.execute(
                        "INSERT OR REPLACE INTO comparisons (key, data, used) VALUES (?, ?, ?)",
                        (key, data, time.time()),
                    )
                    connection.execute(
                        "DELETE FROM comparisons WHERE key NOT IN"
                        " (SELECT key FROM comparisons ORDER BY used DESC LIMIT ?)",
                        (self.capacity,),
                    )
                return
            except (sqlite3.OperationalError, OSError):
                return
            except sqlite3.DatabaseError:
                self._remove()  # not a database: made anew, once

    def __len__(self) -> int:
        if not self.path.is_file():
            return 0
        try:
            with self._connection() as connection:
                (count,) = connection.execute("SELECT count(*) FROM comparisons").fetchone()
                return int(count)
        except sqlite3.DatabaseError:
            return 0

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=_WAIT_SECONDS)
        try:
            with connection:  # one transaction: committed, or rolled back on an error
                connection.execute(_SCHEMA)
                yield connection
        finally:
            connection.close()

    def _remove(self) -> None:
        for left in ("", "-journal"):  # and the journal SQLite may have left beside it
            with contextlib.suppress(OSError):
                Path(f"{self.path}{left}").unlink()
