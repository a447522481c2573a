"""SQLite's errors on the library file told as one StoreError: the file named, the problem in words.

A change that fails (``ReportStore.atomic``) says why and that nothing of it was saved: a full
disk, a read-only or busy file, a damaged one, or a change the library's own rules refuse (a
report removed while another program annotated it). A reading that fails says why as an
opening does (``open_failure``). Only a misuse of SQLite by ReportLens itself (a
``ProgrammingError``: a statement with the wrong parameters, a closed connection) stays what it
is, a bug to report.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from core.errors import StoreError
from core.store.open_failure import is_damage

_P = ParamSpec("_P")
_R = TypeVar("_R")

# SQLite's primary result codes (the low byte of an extended code), each said in plain words.
_REASONS = {
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_READONLY: "the library file or its folder is read-only",
    sqlite3.SQLITE_BUSY: "another program is using the library",
    sqlite3.SQLITE_LOCKED: "another program is using the library",
    sqlite3.SQLITE_IOERR: "the disk could not be written",
}
# The same, for an error that carries no code: by SQLite's words.
_WORDS = (
    (("full",), "the disk is full"),
    (("readonly", "read-only"), "the library file or its folder is read-only"),
    (("locked", "busy"), "another program is using the library"),
    (("i/o",), "the disk could not be written"),
)


def is_library_problem(error: sqlite3.Error) -> bool:
    """Whether ``error`` is the library file's or the machine's problem, told to the user, as
    opposed to a misuse of SQLite by ReportLens (a bug, left to show as one)."""
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, sqlite3.ProgrammingError
    )


def write_failure(error: sqlite3.DatabaseError) -> str:
    """Why a change to the library failed, said plainly; nothing of the change was saved.

    Args:
        error: what SQLite raised inside the change, or on its start or end.
    """
    return f"{_reason(error)}; nothing of this change was saved"


def _reason(error: sqlite3.DatabaseError) -> str:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _REASONS:
        return _REASONS[code & 0xFF]
    if code is None:  # made by hand, not by SQLite: its words tell
        message = str(error).lower()
        for words, said in _WORDS:
            if any(word in message for word in words):
                return said
    if is_damage(error):
        return f"the library file is damaged ({error})"
    if isinstance(error, sqlite3.IntegrityError):
        return f"the change conflicts with what the library holds ({error})"
    if isinstance(error, sqlite3.DataError):
        return f"the change is too large for the library ({error})"
    return f"the library could not be written ({error})"


class FailureTeller(Protocol):
    """What knows the library file a failure concerns, and whether a change was under way."""

    def failure(self, error: sqlite3.DatabaseError) -> StoreError:
        """The StoreError telling the user of ``error``."""
        ...


_Teller = TypeVar("_Teller", bound=FailureTeller)


def told_as_store_errors(
    function: Callable[Concatenate[_Teller, _P], _R],
) -> Callable[Concatenate[_Teller, _P], _R]:
    """``function`` (of a store, reading or writing the library), with every problem SQLite
    raises on the library file turned into the store's ``StoreError``
    (``ReportStore.failure``)."""

    @functools.wraps(function)
    def telling(teller: _Teller, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return function(teller, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            if not is_library_problem(error):
                raise
            raise teller.failure(error) from error

    return telling
