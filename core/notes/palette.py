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
# The colours offered when one is added, in turn: light enough to read text on, apart from
# the first five and from each other.
MORE_COLOURS: tuple[tuple[str, str], ...] = (
    ("orange", "#ffcc80"),
    ("teal", "#80cbc4"),
    ("pink", "#f48fb1"),
    ("lime", "#e6ee9c"),
    ("brown", "#bcaaa4"),
    ("indigo", "#9fa8da"),
    ("grey", "#cfd8dc"),
    ("cyan", "#80deea"),
    ("amber", "#ffe082"),
)
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


def with_new_colour(
    colours: Sequence[PaletteColour], meaning: str = ""
) -> tuple[PaletteColour, ...]:
    """The palette with one more colour at its end (the next Ctrl+number), meaning ``meaning``:
    the first of ``MORE_COLOURS`` whose name and colour the palette does not have yet.

    Raises:
        ValueError: the palette has ``MAX_COLOURS`` colours already.
    """
    if len(colours) >= MAX_COLOURS:
        raise ValueError(f"a palette has at most {MAX_COLOURS} colours (Ctrl+1 to Ctrl+9)")
    keys = {c.key for c in colours}
    used = {c.colour.lower() for c in colours}
    key, colour = next(
        ((k, c) for k, c in MORE_COLOURS if k not in keys and c not in used),
        next(
            (f"colour{n}", "#e0e0e0") for n in range(1, MAX_COLOURS + 2) if f"colour{n}" not in keys
        ),
    )
    return check_palette([*colours, PaletteColour(key, colour, meaning)])


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
