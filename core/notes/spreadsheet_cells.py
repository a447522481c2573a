"""CSV cells a spreadsheet shows as text: never run as a formula, a tag list that splits back.

Excel and WPS read a cell that starts with ``= + - @`` (or a tab or a carriage return) as a
formula, and a note such as ``-0.4个百分点`` or ``=SUM(1+1)`` is ordinary input here. Such a
cell is written with an apostrophe in front (``'-0.4个百分点``), the usual mark of text in a
spreadsheet; a cell that starts with an apostrophe itself gets one more, so that removing one
leading apostrophe always gives the cell back (``text_of_cell``).

Tags are joined with ``; ``; inside a tag, ``\\`` is written ``\\\\`` and ``;`` is written
``\\;``, so a tag holding ``; `` stays one tag (``tags_of_cell`` splits the cell back).
"""

from __future__ import annotations

from collections.abc import Sequence

# What a spreadsheet takes as the start of a formula (tab and carriage return as OWASP lists).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"
TAG_SEPARATOR = "; "


def cell_as_text(value: str) -> str:
    """``value`` as a CSV cell that a spreadsheet shows as text, not as a formula.

    Args:
        value: the cell's text.
    """
    if value.startswith(FORMULA_STARTS) or value.startswith(TEXT_MARK):
        return TEXT_MARK + value
    return value


def text_of_cell(cell: str) -> str:
    """The text a cell written by ``cell_as_text`` holds (its leading apostrophe removed).

    Args:
        cell: the cell as read from the file.
    """
    return cell.removeprefix(TEXT_MARK)


def tags_cell(tags: Sequence[str]) -> str:
    """The tags as one cell's text: joined with ``; ``, a ``;`` or ``\\`` inside a tag escaped
    with ``\\`` (pass the result through ``cell_as_text`` before writing it).

    Args:
        tags: the tags, in order.
    """
    escaped = (tag.replace("\\", "\\\\").replace(";", "\\;") for tag in tags)
    return TAG_SEPARATOR.join(escaped)


def tags_of_cell(text: str) -> tuple[str, ...]:
    """The tags of a cell's text made by ``tags_cell``, in order.

    Args:
        text: the cell's text (after ``text_of_cell``).
    """
    if not text:
        return ()
    tags: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in text:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ";":
            tags.append("".join(current))
            current = []
        else:
            current.append(ch)
    tags.append("".join(current))
    # The separator's space follows each unescaped ``;``; a tag never starts with a space.
    return tuple(tag.removeprefix(" ") if i else tag for i, tag in enumerate(tags))
