"""Tables for a terminal: cells padded by the columns they take on screen, not by characters.

A Chinese character (East Asian Wide or Fullwidth: ``长``, ``（``, ``，``) takes two columns of a
terminal, a combining mark none; padding by ``str.ljust`` counts each as one, so a column after
a Chinese cell would start further right than after a Latin one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from core.text_width import display_width

GAP = 2
"""Spaces between two columns."""


def padded(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to take ``width`` terminal columns (at the left when
    ``right``-aligned); text as wide or wider is returned as it is."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def table_lines(
    rows: Sequence[Sequence[str]],
    *,
    indent: str = "",
    right_aligned: Collection[int] = (),
) -> list[str]:
    """``rows`` of cells as lines in which each column starts at one terminal column.

    Args:
        rows: the cells of each row; a row may have fewer cells than another.
        indent: printed before each line.
        right_aligned: the indices of the columns aligned right (numbers).

    Returns:
        One line a row: each column as wide as its widest cell, columns ``GAP`` spaces apart,
        no spaces at the end of a line.
    """
    widths: list[int] = []
    for row in rows:
        for column, cell in enumerate(row):
            if column == len(widths):
                widths.append(0)
            widths[column] = max(widths[column], display_width(cell))
    lines = []
    for row in rows:
        cells = [
            padded(cell, widths[column], right=column in right_aligned)
            for column, cell in enumerate(row)
        ]
        lines.append((indent + (" " * GAP).join(cells)).rstrip())
    return lines
