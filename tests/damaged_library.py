"""A library damaged as a failing disk damages it, for the tests of what the app does then."""

from __future__ import annotations

from pathlib import Path


def damage_inside(path: Path) -> None:
    """Overwrite pages past the header, as a failing disk would: the file still opens, and its
    damage shows only when those pages are read."""
    with path.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xde\xad" * 3000)
