"""A reader's place carried to another edition of the same report.

When a corrected edition replaces a report that is open, the reader should stay at the passage
it showed, though the offsets moved with every character added or removed before it. The
passage at the place is looked for in the new text as an annotation's passage is (word for
word, then reworded: ``core.notes.reanchor``); a passage the editor rewrote beyond finding
falls back to the start of the nearest section still there with the same headings, and a text
without them to the same share of the text.
"""

from __future__ import annotations

from core.model import Outline, Section
from core.notes.anchors import make_anchor
from core.notes.reanchor import AnchorFinder
from core.notes.records import AnchorStatus

# How much of the text at the place is looked for (the start of a line or two).
PLACE_CHARS = 24


def place_in_edition(
    old_text: str, old_outline: Outline, offset: int, new_text: str, new_outline: Outline
) -> int:
    """The offset in ``new_text`` of the passage at ``offset`` of ``old_text``.

    Args:
        old_text: the text the place was in, as read.
        old_outline: its section tree.
        offset: the place (the first character shown), clamped into ``old_text``.
        new_text: the other edition's text, as read.
        new_outline: its section tree.
    """
    offset = min(max(offset, 0), len(old_text))
    if old_text == new_text:
        return offset
    end = min(len(old_text), offset + PLACE_CHARS)
    if end > offset:
        anchor = make_anchor(old_text, offset, end, old_outline)
        placement = AnchorFinder(new_text, new_outline).place(anchor)
        if placement.status is not AnchorStatus.ORPHANED or placement.suggested:
            return placement.start
    titles = [section.title for section in old_outline.path_at(offset)]
    section = _nearest_section(new_outline.sections, titles)
    if section is not None:
        return section.start
    return min(len(new_text), offset * len(new_text) // max(1, len(old_text)))


def _nearest_section(level: tuple[Section, ...], titles: list[str]) -> Section | None:
    """The deepest section reached by following ``titles`` down from ``level``."""
    found: Section | None = None
    for title in titles:
        match = next((section for section in level if section.title == title), None)
        if match is None:
            break
        found, level = match, match.children
    return found
