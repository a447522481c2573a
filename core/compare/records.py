"""Immutable records of a comparison: its inputs, settings, section pairs, changes and counts.

Offsets are Python string indices into each report's text as read, half-open ``[start, end)``.
A section is named by its path: the titles from the part down (``("二、2024年工作安排",
"（一）着力扩大有效益的投资…")``), which stays the same when a report is re-imported.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from core.compare.pair_reasons import PairReason
from core.model import Outline, Paragraph, ReportId, ReportMeta

if TYPE_CHECKING:
    from core.library import LoadedReport

SectionPath = tuple[str, ...]


@dataclass(frozen=True)
class CompareInput:
    """One side of a comparison: a report's text with its parse and (optionally) its tokens.

    Attributes:
        text: the text as read.
        outline: its section tree.
        paragraphs: its paragraphs in text order.
        meta: its metadata (title, region, year), shown in headers.
        paragraph_tokens: jieba tokens of each paragraph (``"".join`` of a paragraph's tokens
            is its text), or None to have them computed when a word-level diff needs them.
        report_id: the library id, when the report comes from the library.
    """

    text: str
    outline: Outline
    paragraphs: tuple[Paragraph, ...]
    meta: ReportMeta
    paragraph_tokens: tuple[tuple[str, ...], ...] | None = field(default=None, compare=False)
    report_id: ReportId | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the identity of this version of the report."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @classmethod
    def from_loaded(cls, loaded: LoadedReport) -> CompareInput:
        """The input for a report loaded from the library or a file (stored tokens are kept)."""
        return cls(
            text=loaded.text,
            outline=loaded.outline,
            paragraphs=loaded.paragraphs,
            meta=loaded.meta,
            paragraph_tokens=loaded.paragraph_tokens,
            report_id=loaded.report_id,
        )


class Granularity(StrEnum):
    """The unit a diff is made of: jieba words, or single characters (for editions)."""

    WORD = "word"
    CHARACTER = "character"


@dataclass(frozen=True)
class CompareSettings:
    """How to compare.

    Attributes:
        granularity: word-level (default) or character-level diff.
        show_layout: also show differences of punctuation width (``，`` vs ``,``), whitespace
            and line wrapping, which are ignored by default.
    """

    granularity: Granularity = Granularity.WORD
    show_layout: bool = False


@dataclass(frozen=True)
class PairOverride:
    """A user's correction of the pairing: pair these two sections, or leave one unpaired.

    Attributes:
        left: the section path in the left (older) report, or None.
        right: the section path in the right (newer) report, or None.
    Both set: pair them. Only one set: that section is never paired.
    """

    left: SectionPath | None
    right: SectionPath | None


@dataclass(frozen=True)
class SectionRef:
    """A section (or paragraph) of one report: its path and its span in the text as read."""

    path: SectionPath
    start: int
    end: int


class PairLevel(StrEnum):
    """What a pair is made of."""

    PART = "part"
    AREA = "area"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class SectionPair:
    """Two sections found to correspond, or a section found on one side only.

    Attributes:
        level: part, area or paragraph.
        left: the section in the left report, None when it was added in the right one.
        right: the section in the right report, None when it was removed.
        similarity: 0..1, how alike the two are (0 for an unpaired section).
        reason: why they were paired (or not); ``str()`` gives it in English words.
    """

    level: PairLevel
    left: SectionRef | None
    right: SectionRef | None
    similarity: float
    reason: PairReason


class ChangeKind(StrEnum):
    """What a change is."""

    INSERTED = "inserted"
    DELETED = "deleted"
    REPLACED = "replaced"
    MOVED = "moved"
    ADDED_SECTION = "added_section"
    REMOVED_SECTION = "removed_section"


@dataclass(frozen=True)
class Change:
    """One change, with where it stands in both reports.

    For an insertion the left span is empty and marks the place in the left text; a deletion
    likewise has an empty right span. A move's left span is the passage at its old place and
    its right span the passage at its new place; the edits inside a nearly identical moved
    passage follow it as changes of their own.

    Attributes:
        kind: what changed.
        left_start, left_end: span in the left text.
        right_start, right_end: span in the right text.
        left_path, right_path: the sections containing each span.
        numbers_changed: the change is one figure (with its unit and qualifier) whose
            indicator stays and whose value changes, e.g. ``6%左右`` to ``5.5%左右``
            (``core.compare.changed_figures``); readers look for these first.
        similarity: for a move, how alike the two passages are (1.0 when identical).
        move_id: for a move, its number, which links its two ends; for an edit inside a moved
            passage (a word or figure that differs between its two ends: its left span within
            the move's left span, its right span within the right one), the number of its move;
            None otherwise.
    """

    kind: ChangeKind
    left_start: int
    left_end: int
    right_start: int
    right_end: int
    left_path: SectionPath
    right_path: SectionPath
    numbers_changed: bool = False
    similarity: float = 0.0
    move_id: int | None = None


@dataclass(frozen=True)
class ChangeCounts:
    """How many changes of each kind, and how many changed numbers."""

    added: int = 0
    removed: int = 0
    changed: int = 0
    moved: int = 0
    numbers: int = 0

    @property
    def total(self) -> int:
        """All changes (a changed number is also a changed passage, so it is not added again)."""
        return self.added + self.removed + self.changed + self.moved


@dataclass(frozen=True)
class SectionSummary:
    """The counts of one section pair (at part or area level)."""

    left_path: SectionPath
    right_path: SectionPath
    counts: ChangeCounts
    within: int | None = None
    """The change (its index) that removes or adds this section whole with others, counted
    under the section it starts in (an edition's lost page): a section it covers has no
    changes of its own, yet is not unchanged."""


@dataclass(frozen=True)
class Summary:
    """Counts overall and per paired (or unpaired) area."""

    overall: ChangeCounts
    sections: tuple[SectionSummary, ...]


@dataclass(frozen=True)
class Comparison:
    """The whole result of comparing two reports: what views and exports draw from."""

    left: CompareInput
    right: CompareInput
    settings: CompareSettings
    pairs: tuple[SectionPair, ...]
    changes: tuple[Change, ...]
    summary: Summary
