"""The highlight palette: a few colours, each with the meaning the user gives it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.notes.records import PaletteColour

# Meanings a first-time user starts from; every one can be renamed, and colours added.
DEFAULT_PALETTE: tuple[PaletteColour, ...] = (
    PaletteColour("yellow", "#ffd54f", "新提法"),
    PaletteColour("red", "#ef9a9a", "量化目标"),
    PaletteColour("green", "#a5d6a7", "民生实事"),
    PaletteColour("blue", "#90caf9", "改革举措"),
    PaletteColour("purple", "#ce93d8", "待核实"),
)
MAX_COLOURS = 9  # Ctrl+1…Ctrl+9
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_KEY = re.compile(r"[a-z][a-z0-9_-]{0,31}")


def check_palette(colours: Sequence[PaletteColour]) -> tuple[PaletteColour, ...]:
    """The palette as given, checked: 1 to ``MAX_COLOURS`` colours, unique keys, ``#rrggbb``.

    Args:
        colours: the palette in the order shown (the first is Ctrl+1).

    Raises:
        ValueError: with a sentence naming what is wrong.
    """
    if not 1 <= len(colours) <= MAX_COLOURS:
        raise ValueError(f"a palette has 1 to {MAX_COLOURS} colours, not {len(colours)}")
    seen: set[str] = set()
    for colour in colours:
        if not _KEY.fullmatch(colour.key):
            raise ValueError(f"'{colour.key}' is not a colour name (lower-case letters, digits)")
        if colour.key in seen:
            raise ValueError(f"the colour '{colour.key}' is in the palette twice")
        if not _HEX.fullmatch(colour.colour):
            raise ValueError(f"'{colour.colour}' is not a colour like #ffd54f")
        seen.add(colour.key)
    return tuple(PaletteColour(c.key, c.colour.lower(), c.meaning.strip()) for c in colours)


def colour_of(palette: Sequence[PaletteColour], key: str) -> PaletteColour:
    """The palette colour named ``key``; an unknown key (a removed colour) shows as grey.

    Args:
        palette: the current palette.
        key: the colour key stored with an annotation.
    """
    for colour in palette:
        if colour.key == key:
            return colour
    return PaletteColour(key, "#bdbdbd", key)
