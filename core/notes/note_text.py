"""A note's Markdown read as plain text, for a place that shows text only: a line of the notes
panel, the lines under an annotation in ``reportlens notes list``.

A note is written in Markdown (``**重点** 稳中求进``): where it is shown as one or a few lines of
plain text, its marks would read as characters. The common marks are left out and what they
mark kept: emphasis, code, a link's text, a heading's or a quote's leading marks; a list's
bullet or number is kept, as it reads as one; a backslash-escaped character is the character.
"""

from __future__ import annotations

import re

# Marks at the start of a line: a heading's hashes, a quote's ``>``.
_LINE_START = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)+")
# A heading's closing hashes.
_HEADING_END = re.compile(r"\s+#+\s*$")
# Emphasis that hugs its words: ``**x**``, ``*x*``, ``~~x~~``; ``__x__`` and ``_x_`` only
# between words, as in CommonMark (``a_b_c`` is a name, not emphasis).
_EMPHASIS = re.compile(
    r"(\*\*|~~|\*)(?=\S)(.+?)(?<=\S)\1|(?<![^\W_])(__|_)(?=\S)(.+?)(?<=\S)\3(?![^\W_])"
)
_CODE = re.compile(r"`+([^`]+?)`+")
# ``[text](address)`` and ``![text](address)``: the text.
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
# A line that is only a rule (``---``, ``***``).
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


def plain_line(line: str) -> str:
    """One line of Markdown as the text it shows, its marks left out, spaces kept to one.

    Args:
        line: a line of a note.
    """
    if _RULE.match(line):
        return ""
    text = _HEADING_END.sub("", _LINE_START.sub("", line))
    text = _CODE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    # Escaped marks are set aside first, so that ``\*`` never closes emphasis.
    escaped: list[str] = []

    def keep(match: re.Match[str]) -> str:
        escaped.append(match.group(1))
        return f"\x00{len(escaped) - 1}\x00"

    text = _ESCAPED.sub(keep, text)
    previous = None
    while previous != text:  # ``***x***``, ``**a *b* c**``: marks inside marks
        previous, text = text, _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    text = re.sub("\x00(\\d+)\x00", lambda m: escaped[int(m.group(1))], text)
    return " ".join(text.split())


def note_plain_lines(note: str) -> list[str]:
    """A note's lines as plain text (``plain_line``), its empty lines left out.

    Args:
        note: the note, Markdown.
    """
    return [shown for shown in map(plain_line, note.splitlines()) if shown]
