"""The keys of a comparison's commands, in one table: the compare view's actions take theirs
from it, and the keyboard shortcuts list reads it when no comparison is open to ask."""

from __future__ import annotations

COMPARISON_SHORTCUTS: dict[str, tuple[str, ...]] = {
    "Side panel": ("F9",),
    "Previous change": ("Shift+F7", "Alt+Up"),
    "Next change": ("F7", "Alt+Down"),
    "Print…": ("Ctrl+P",),
}
"""A comparison's commands with keys, by their English names (translation context
``CompareView``), each with its keys, the first the one a menu shows."""
