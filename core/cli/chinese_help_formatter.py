"""The help of the command line in Chinese, laid out by the columns it takes on screen.

argparse wraps help by characters and breaks lines at spaces only. A Chinese character takes
two columns of a terminal and a Chinese sentence has no spaces, so its help would run past the
terminal's edge and wrap where the terminal cuts it; and the usage line's continuations, set
under its prefix by that prefix's characters, would stand left of the command under ``用法：``.
This formatter wraps by columns, between any two Chinese characters or at a space (a Latin
word, an option or a path stays whole; a closing mark never starts a line), and lays the usage
out under a prefix of the width ``用法：`` takes. A heading ends with a Chinese colon
(``选项：``), where argparse writes its own ``:``.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from typing import Any

from core.cli.argparse_phrases import CHINESE_PHRASES
from core.text_width import display_width

USAGE_PREFIX = CHINESE_PHRASES["usage: "]

# A unit a line is not broken within: a run of spaces, a run of characters one column wide (a
# Latin word, an option, a figure), or a character of two.
_UNIT = re.compile(r"\s+|\S")
# Marks that close a clause or a bracket never start a line (the unit before one goes down with
# it); marks that open a bracket never end one.
_CLOSING = frozenset("，。、；：？！）》」』”’…")
_OPENING = frozenset("（《「『“‘")


def wrapped_by_columns(text: str, width: int) -> list[str]:
    """``text`` (its spaces already collapsed) in lines of at most ``width`` terminal columns,
    but where a unit is wider alone.

    Args:
        text: the text to wrap.
        width: the columns a line may take.
    """
    lines: list[list[str]] = [[]]
    used = 0
    for unit in _units(text):
        line = lines[-1]
        if unit.isspace():
            if line:
                line.append(" ")
                used += 1
            continue
        wide = display_width(unit)
        if used + wide > width and line:
            while line and line[-1] == " ":
                line.pop()
            carried: list[str] = []
            while len(line) > 1 and (line[-1] in _OPENING or (unit[0] in _CLOSING and not carried)):
                carried.insert(0, line.pop())
            lines.append(carried)
            line = lines[-1]
            used = sum(display_width(part) for part in line)
        line.append(unit)
        used += wide
    return ["".join(line).rstrip() for line in lines if line]


def _units(text: str) -> list[str]:
    """``text`` cut into the units a line may be broken between."""
    units: list[str] = []
    for piece in _UNIT.findall(text):
        joins = units and not piece.isspace() and display_width(piece) == 1
        if joins and not units[-1].isspace() and display_width(units[-1][-1]) == 1:
            units[-1] += piece
        else:
            units.append(piece)
    return units


class ChineseHelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, wrapping by terminal columns, writing ``用法：`` before the
    usage and ``：`` after a heading."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._headings: set[str] = set()

    def start_section(self, heading: str | None) -> None:
        if heading:
            self._headings.add(heading)
        super().start_section(heading)

    def format_help(self) -> str:
        lines = super().format_help().split("\n")
        return "\n".join(
            f"{line[:-1]}：" if line.endswith(":") and line.strip()[:-1] in self._headings else line
            for line in lines
        )

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrapped_by_columns(self._collapsed(text), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrapped_by_columns(self._collapsed(text), width))

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None,
    ) -> str:
        if prefix is not None:  # (a subcommand's name is made with an empty prefix)
            return super()._format_usage(usage, actions, groups, prefix)
        # Laid out under spaces as wide as the prefix, which then takes their place.
        spaces = " " * display_width(USAGE_PREFIX)
        laid_out = super()._format_usage(usage, actions, groups, spaces)
        return USAGE_PREFIX + laid_out.removeprefix(spaces)

    @staticmethod
    def _collapsed(text: str) -> str:
        return " ".join(text.split())
