"""Which of the user's pairing corrections no longer name sections the two reports have.

Corrections are kept by section paths (titles from the part down). A report read again with a
better reading, or given new titles, may no longer have a section a correction names: that
correction cannot apply, and the user is told so by name rather than left to wonder why a
pairing made by hand is gone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from core.compare.records import PairOverride, SectionPath
from core.compare.section_labels import CHINESE_SECTION_NAMES, SectionNames, section_label
from core.compare.unapplied_words import CHINESE_UNAPPLIED_WORDS, UnappliedWords
from core.compare.units import Unit, build_units
from core.model import Outline, Paragraph


class _Read(Protocol):
    """A report as read: its text, section tree and paragraphs (a loaded report, an input)."""

    @property
    def text(self) -> str: ...

    @property
    def outline(self) -> Outline: ...

    @property
    def paragraphs(self) -> Sequence[Paragraph]: ...


def _paths(units: Sequence[Unit]) -> Iterator[SectionPath]:
    for unit in units:
        yield unit.path
        yield from _paths(unit.children)


def unapplied_overrides(
    overrides: Sequence[PairOverride], left: _Read, right: _Read
) -> list[PairOverride]:
    """The corrections naming a section that the report ``left`` or ``right`` no longer has
    (``overrides_out_of_reach`` of their parts), in their order."""
    if not overrides:
        return []
    return overrides_out_of_reach(
        overrides,
        build_units(left.text, left.outline, left.paragraphs),
        build_units(right.text, right.outline, right.paragraphs),
    )


def overrides_out_of_reach(
    overrides: Sequence[PairOverride], left: Sequence[Unit], right: Sequence[Unit]
) -> list[PairOverride]:
    """The corrections naming a section that one of the reports no longer has, in their order.

    Args:
        overrides: the user's corrections for the two reports.
        left: the left report's parts (``core.compare.units.build_units``).
        right: the right report's parts.
    """
    left_paths, right_paths = set(_paths(left)), set(_paths(right))
    return [
        o
        for o in overrides
        if (o.left is not None and o.left not in left_paths)
        or (o.right is not None and o.right not in right_paths)
    ]


def describe_override(
    override: PairOverride,
    paired: str = CHINESE_UNAPPLIED_WORDS.paired,
    unpaired: str = CHINESE_UNAPPLIED_WORDS.unpaired,
    names: SectionNames = CHINESE_SECTION_NAMES,
) -> str:
    """A correction as a reader names it: ``“A” paired with “B”`` or ``“A” kept unpaired``
    in English, ``「A」与「B」配对`` or ``「A」保持不配对`` in Chinese.

    Args:
        override: the correction.
        paired: the words of a pairing, with ``{left}`` and ``{right}`` (the sections' names,
            quoted by the words as their language quotes).
        unpaired: the words of a section kept unpaired, with ``{section}``.
        names: the app's labels of stretches without a heading, in the reader's language.
    """
    left = section_label(override.left, names) if override.left is not None else None
    right = section_label(override.right, names) if override.right is not None else None
    if left is not None and right is not None:
        return paired.format(left=left, right=right)
    return unpaired.format(section=left or right)


def unapplied_sentence(
    unapplied: Sequence[PairOverride],
    words: UnappliedWords = CHINESE_UNAPPLIED_WORDS,
    names: SectionNames = CHINESE_SECTION_NAMES,
) -> str:
    """One sentence naming the corrections that no longer apply (``unapplied_overrides``),
    ``""`` when there are none: ``一项手动配对不再适用，…：「A」与「B」配对``, in English
    ``a pairing correction no longer applies, …: “A” paired with “B”``.

    Args:
        unapplied: the corrections that no longer apply, in their order.
        words: the sentence's words in the reader's language
            (``core.compare.unapplied_words``).
        names: the app's labels of stretches without a heading, in that language.
    """
    if not unapplied:
        return ""
    named = [describe_override(o, words.paired, words.unpaired, names) for o in unapplied]
    if len(named) == 1:
        return words.one.format(correction=named[0])
    return words.several.format(count=len(named), corrections=words.separator.join(named))
