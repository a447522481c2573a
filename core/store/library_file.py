"""LibraryFile: the library's SQLite file opened, closed, and changed one transaction at a time.

The part of ``ReportStore`` every other part stands on: how the file is opened (to be read
only when it cannot be written), how a failure is told (``failure``), and ``atomic``, the
one transaction each change of the library runs in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from core.errors import LibraryReadError, StoreError
from core.store.library_connection import connect_library
from core.store.library_errors import (
    is_library_problem,
    told_as_store_errors,
    write_failure,
)
from core.store.migrations import schema_version


class LibraryFile:
    """A library file (WAL, ``synchronous=FULL``, foreign keys on), open to read or to change.

    Open it with ``open(path)``; use it as a context manager to close it.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
        self._conn = conn
        self._path = path
        self._read_only = read_only
        self._writing = False  # inside ``atomic``: a failure is a change's
        # Why a change is refused: opened to read only, or (when opened to write) because
        # the file or its folder cannot be written.
        self._refusal = f"{path.name}: the library is open read-only"

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Self:
        """Open the library at ``path``, creating and migrating it unless ``read_only``.

        A library whose file or folder cannot be written (a read-only share) is opened to be
        read only, also when asked for writing: each change is then refused as read-only.

        Raises:
            StoreError: the file is missing (read-only), damaged, locked or not writable.
            NewerLibraryError: a newer ReportLens wrote it; it may only be opened read-only.
        """
        path = Path(path)
        try:
            conn = connect_library(path, read_only=read_only)
        except sqlite3.DatabaseError as error:
            from core.store.read_only_opening import cannot_be_written

            if not read_only and path.exists() and cannot_be_written(error):
                # On a read-only share or in a folder that cannot be written: read as it is
                # stored, every change refused with why.
                store = cls.open(path, read_only=True)
                store._refusal = f"{path.name}: {write_failure(error)}"
                return store
            from core.store.open_failure import open_failure

            raise StoreError(open_failure(path, error)) from error
        return cls(conn, path, read_only)

    @property
    def path(self) -> Path:
        """The library file."""
        return self._path

    @property
    def read_only(self) -> bool:
        """True when the library was opened read-only."""
        return self._read_only

    @property
    @told_as_store_errors
    def schema_version(self) -> int:
        """The library's schema version."""
        return schema_version(self._conn)

    def close(self) -> None:
        """Close the library file."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def failure(self, error: sqlite3.DatabaseError) -> StoreError:
        """The StoreError telling the user why the library failed with ``error``: naming the
        file, and inside a change (``atomic``) saying that nothing of it was saved; outside
        one, a ``LibraryReadError``."""
        if self._writing:
            return StoreError(f"{self._path.name}: {write_failure(error)}")
        from core.store.open_failure import open_failure

        return LibraryReadError(open_failure(self._path, error))

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction: everything inside lands, or nothing does.

        Raises:
            StoreError: the change could not be made (a full disk, a read-only, busy or damaged
                file, a change the library's rules refuse); the library is as it was.
        """
        if self._read_only:
            raise StoreError(self._refusal)
        if self._conn.in_transaction:
            yield  # already inside an outer transaction
            return
        self._writing = True
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as error:  # disk full, read-only, locked, damaged, refused
            if not is_library_problem(error):
                raise
            raise self.failure(error) from error
        finally:
            self._writing = False
