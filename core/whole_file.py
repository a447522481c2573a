"""Writing a file the user asked for whole or not at all.

An export or a report is written under a temporary name beside its place and then put there
in one step, so a failure (a full disk, a folder one cannot write to) leaves an earlier file
of that name as it was, and never a half-written one.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, line endings as given, whole or not at all.

    Raises:
        OSError: the file cannot be written (nothing at ``path`` has changed).
    """
    write_whole_bytes(path, text.encode("utf-8"))


def write_whole_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all.

    Raises:
        OSError: the file cannot be written (nothing at ``path`` has changed); it names
            ``path``, not the temporary file the failure may have met.
    """
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as error:
        raise OSError(error.errno, error.strerror or str(error), str(path)) from error
    finally:
        partial.unlink(missing_ok=True)
