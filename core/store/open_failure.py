"""Why a library file could not be opened, said plainly: damaged, in use, or out of reach.

Only a file that is not a database or whose pages are malformed is damaged; a library another
program holds locked, or one in a folder that cannot be read or written, is healthy and must
never be moved aside as damaged (``core.store.backup.looks_damaged``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# SQLite's primary result codes that mean the file itself is bad (extended codes carry these
# in their low byte).
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_DAMAGE_WORDS = ("file is not a database", "malformed")
_IN_USE_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


def is_damage(error: sqlite3.Error) -> bool:
    """Whether ``error`` says the library file is damaged (not a database, malformed), as
    opposed to it being out of reach for now (locked, unreadable, in a missing folder)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    return any(words in str(error).lower() for words in _DAMAGE_WORDS)


def open_failure(path: Path, error: sqlite3.Error) -> str:
    """The sentence telling the user why the library at ``path`` could not be opened.

    Args:
        path: the library file.
        error: what SQLite raised.
    """
    name = Path(path).name
    code = getattr(error, "sqlite_errorcode", None)
    if is_damage(error):
        return f"{name}: the library file is damaged ({error})"
    if (code is not None and code & 0xFF in _IN_USE_CODES) or "locked" in str(error).lower():
        return (
            f"{name}: another program is using the library file ({error}); close it and try again"
        )
    return (
        f"{name}: the library file cannot be opened or read ({error}); "
        "check that its folder exists and that you may read and write there"
    )
