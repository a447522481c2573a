"""The records of annotating: an anchor, an annotation, a palette colour, a placement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

from core.model import ReportId

AnnotationId = NewType("AnnotationId", int)

# How much text on each side of a passage is kept to find it again.
CONTEXT_CHARS = 32


@dataclass(frozen=True)
class Anchor:
    """Where an annotation's passage is, kept so that it can be found again after changes.

    Attributes:
        quote: the passage's text, exactly as read.
        prefix: up to ``CONTEXT_CHARS`` characters of the text before the passage.
        suffix: up to ``CONTEXT_CHARS`` characters of the text after the passage.
        start: the passage's offset in the report's text (half-open ``[start, end)``).
        end: where the passage ends.
        section_path: titles of the sections containing the passage, outermost first.
    """

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    section_path: tuple[str, ...] = ()


class AnchorStatus(StrEnum):
    """How sure the annotation's place is.

    ``placed``: on the passage it was made on (or found again word for word); ``changed``: found
    on a passage the editor reworded a little; ``orphaned``: not found with confidence, kept
    for the user to place by hand.
    """

    PLACED = "placed"
    CHANGED = "changed"
    ORPHANED = "orphaned"


@dataclass(frozen=True)
class Annotation:
    """A highlight of one passage of one report, with an optional note and tags.

    Attributes:
        id: the library id.
        report_id: the report it belongs to.
        anchor: where its passage is.
        colour: the key of its palette colour (``yellow``).
        note: the user's note, Markdown, possibly empty.
        tags: the user's tags, in the order given, without repeats.
        created_at: when it was made, ISO 8601 UTC.
        updated_at: when it was last changed, ISO 8601 UTC.
        status: whether its place is sure (see ``AnchorStatus``).
        origin_id: the annotation it was copied from (carried from another report), if any.
    """

    id: AnnotationId
    report_id: ReportId
    anchor: Anchor
    colour: str
    note: str = ""
    tags: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    status: AnchorStatus = AnchorStatus.PLACED
    origin_id: AnnotationId | None = None

    @property
    def is_orphaned(self) -> bool:
        """True when the passage could not be found again and awaits placing by hand."""
        return self.status is AnchorStatus.ORPHANED


@dataclass(frozen=True)
class PaletteColour:
    """One colour of the highlight palette and what the user means by it.

    Attributes:
        key: a stable name stored with annotations (``yellow``).
        colour: the colour as ``#rrggbb``.
        meaning: what the user marks with it (``新提法``); editable.
    """

    key: str
    colour: str
    meaning: str


@dataclass(frozen=True)
class Placement:
    """Where an anchor was found in a (changed) text, or why it was not.

    Attributes:
        status: placed (found word for word), changed (found reworded) or orphaned.
        start: the passage's new start (for an orphan: the suggested place, or the old one).
        end: the passage's new end.
        quote: the text now at ``[start, end)`` (for an orphan without suggestion: the old quote).
        similarity: how alike the old quote and the new passage are, 0..1.
        suggested: for an orphan, whether ``start``/``end`` is a place worth offering the user.
    """

    status: AnchorStatus
    start: int
    end: int
    quote: str
    similarity: float
    suggested: bool = False


def clean_tags(tags: Sequence[str]) -> tuple[str, ...]:
    """Tags as kept: stripped, without a leading ``#``, empty ones and repeats dropped.

    Args:
        tags: tags as the user typed them, in order.
    """
    kept: list[str] = []
    for tag in tags:
        tag = tag.strip().lstrip("#").strip()
        if tag and tag not in kept:
            kept.append(tag)
    return tuple(kept)
