"""Text put into Markdown so that it reads as itself: a quotation as a block quote, a tag or a
title with no character taken as a mark.

A passage may hold any character: ``*`` and ``_`` (which would start emphasis), ``#``, ``-``
or ``1.`` at the start of a line (a heading, a list), ``<`` (HTML), ``|`` (a table). Such a
character is written with a backslash in front, which every CommonMark reader shows as the
character alone.
"""

from __future__ import annotations

import re

# Marks anywhere in a line: emphasis, code, links, HTML and entities, tables, strike-through.
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
# Marks at the start of a line: a heading, a list, a quote, a heading's underline.
_LINE_START = re.compile(r"^([#+\-=>])")
# A numbered list's start: ``1.`` or ``1)`` followed by a space or nothing.
_NUMBERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
# The end of a line that is followed by another line of the same paragraph: a hard break.
HARD_BREAK = "  "


def markdown_literal(line: str) -> str:
    """``line`` (no line breaks) escaped so that Markdown shows it character for character.

    Args:
        line: one line of plain text.
    """
    escaped = _INLINE.sub(r"\\\1", line)
    escaped = _LINE_START.sub(r"\\\1", escaped)
    return _NUMBERED.sub(r"\1\\\2", escaped)


def block_quote(text: str) -> str:
    """``text`` as a Markdown block quote that reads as the text: each line its own line,
    a blank line between paragraphs kept (one, however many there were), every character
    shown as itself. Spaces at either end of a line are left out.

    Args:
        text: plain text (a passage as the reader shows it).
    """
    paragraphs: list[list[str]] = [[]]
    for line in text.splitlines():
        line = line.strip()
        if line:
            paragraphs[-1].append(markdown_literal(line))
        elif paragraphs[-1]:
            paragraphs.append([])
    blocks = [(HARD_BREAK + "\n> ").join(lines) for lines in paragraphs if lines]
    return "\n>\n".join(f"> {block}" for block in blocks) or ">"
