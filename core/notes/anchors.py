"""Making an anchor for a passage, and the match text anchors are looked for in.

Anchors are found again in a *match text*: the normalised text (full-width punctuation folded,
words broken across lines rejoined, see ``core.text``) with all whitespace removed, so that a
newspaper printing with ASCII commas and other line breaks still matches word for word. Every
character of the match text knows its offset in the text as read.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Outline
from core.notes.records import CONTEXT_CHARS, Anchor
from core.text import normalise


@dataclass(frozen=True)
class MatchText:
    """A text reduced for matching, with the original offset of each of its characters.

    Attributes:
        key: the reduced text.
        origin: ``origin[i]`` is the offset in the text as read of ``key[i]``; one more entry
            holds the original text's length.
    """

    key: str
    origin: tuple[int, ...]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original half-open span covering the key's ``[start, end)``."""
        if end <= start:
            point = self.origin[min(max(start, 0), len(self.key))]
            return point, point
        return self.origin[start], self.origin[end - 1] + 1

    def from_original(self, offset: int) -> int:
        """The key index of the first key character at or after original ``offset``."""
        low, high = 0, len(self.key)
        while low < high:
            middle = (low + high) // 2
            if self.origin[middle] < offset:
                low = middle + 1
            else:
                high = middle
        return low


def match_text(text: str) -> MatchText:
    """The match text of ``text``: normalised, whitespace removed.

    Args:
        text: a text as read (a whole report, or a quote or context to look for).
    """
    normalised = normalise(text)
    keep = [i for i, ch in enumerate(normalised.text) if not ch.isspace()]
    key = "".join(normalised.text[i] for i in keep)
    origin = (*tuple(normalised.to_original(i) for i in keep), len(text))
    return MatchText(key, origin)


def match_key(text: str) -> str:
    """Only the reduced text of ``match_text`` (for quotes and contexts)."""
    return "".join(ch for ch in normalise(text).text if not ch.isspace())


def section_path_at(outline: Outline, offset: int) -> tuple[str, ...]:
    """Titles of the sections containing ``offset``, outermost first.

    Args:
        outline: the report's section tree.
        offset: an offset into the report's text.
    """
    return tuple(section.title for section in outline.path_at(offset))


def make_anchor(text: str, start: int, end: int, outline: Outline | None = None) -> Anchor:
    """The anchor of the passage ``[start, end)`` of ``text``.

    Args:
        text: the report's text as read.
        start: the passage's start offset (clamped into the text).
        end: the passage's end offset; must be after ``start``.
        outline: the report's section tree, for the section path (none when omitted).

    Raises:
        ValueError: the span is empty or lies outside the text.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"not a passage of the text: [{start}, {end}) of {len(text)} characters")
    path = section_path_at(outline, start) if outline is not None else ()
    return Anchor(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
        section_path=path,
    )
