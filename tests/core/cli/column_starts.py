"""Where each column of a printed table starts on a terminal screen, to check that they line up."""

from __future__ import annotations

import re

from core.text_width import display_width

# Columns are two or more spaces apart; a cell holds single spaces at most ("not reported").
_CELL = re.compile(r"\S+(?: \S+)*")


def column_starts(line: str) -> list[int]:
    """The terminal column at which each cell of ``line`` starts (a Chinese character taking
    two columns)."""
    return [display_width(line[: match.start()]) for match in _CELL.finditer(line)]


def misaligned(lines: list[str]) -> list[str]:
    """The lines of one table whose cells do not start where the widest row's do."""
    starts = [column_starts(line) for line in lines]
    widest = max(starts, key=len)
    return [
        line
        for line, line_starts in zip(lines, starts, strict=True)
        if line_starts != widest[: len(line_starts)]
    ]
