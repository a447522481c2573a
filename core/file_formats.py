"""The format a file's name says it holds, by its suffix (``.csv``, ``.md``, ``.html``): what
an export told to write another format into it would contradict."""

from __future__ import annotations

from pathlib import Path

FORMAT_OF_SUFFIX = {
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
"""The formats ReportLens writes, by the suffixes (lower case) that name them."""


def format_named(path: Path) -> str | None:
    """The format ``path``'s suffix names (``csv``, ``md``, ``html``, ``json``), in any case
    (``notes.CSV``); None for a suffix that names none of them (``.txt``) or none at all."""
    return FORMAT_OF_SUFFIX.get(path.suffix.lower())


def contradicted_format(path: Path, wanted: str) -> str | None:
    """The format ``path``'s name says, when it is another than ``wanted``; else None.

    Args:
        path: the file to be written.
        wanted: the format asked for (``csv``, ``md``, ``html``, ``json``).
    """
    named = format_named(path)
    return named if named is not None and named != wanted else None
