"""The user's pairing corrections: which section a click is in, and the list of overrides."""

from __future__ import annotations

from collections.abc import Sequence

from core.compare.records import Comparison, PairLevel, PairOverride, SectionPath, SectionRef
from gui.compare.section_names import shown_path


def areas_of_side(comparison: Comparison, left: bool) -> list[SectionRef]:
    """The areas of one side of ``comparison`` (paired or not), in text order."""
    refs = [
        pair.left if left else pair.right
        for pair in comparison.pairs
        if pair.level is PairLevel.AREA
    ]
    return sorted((ref for ref in refs if ref is not None), key=lambda ref: ref.start)


def area_at(comparison: Comparison, offset: int, left: bool) -> SectionRef | None:
    """The area of one side holding core ``offset`` (None outside every area)."""
    for ref in areas_of_side(comparison, left):
        if ref.start <= offset < ref.end:
            return ref
    return None


def partner_of(comparison: Comparison, path: SectionPath, left: bool) -> SectionRef | None:
    """The area paired with the area ``path`` of one side (None when it is unpaired)."""
    for pair in comparison.pairs:
        if pair.level is not PairLevel.AREA or pair.left is None or pair.right is None:
            continue
        mine, other = (pair.left, pair.right) if left else (pair.right, pair.left)
        if mine.path == path:
            return other
    return None


def with_override(overrides: Sequence[PairOverride], new: PairOverride) -> list[PairOverride]:
    """``overrides`` with ``new`` in place of any earlier override of the same sections.

    Args:
        overrides: the corrections so far.
        new: pair two sections (both paths set) or leave one unpaired (one path set).
    """
    kept = [
        old
        for old in overrides
        if not (new.left is not None and old.left == new.left)
        and not (new.right is not None and old.right == new.right)
    ]
    kept.append(new)
    return kept


def without_overrides_of(
    overrides: Sequence[PairOverride], path: SectionPath, left: bool
) -> list[PairOverride]:
    """``overrides`` but those naming the area ``path`` of one side: that area, and any
    partner it was given by hand, are paired by the engine again."""
    return [old for old in overrides if (old.left if left else old.right) != path]


def is_overridden(overrides: Sequence[PairOverride], path: SectionPath, left: bool) -> bool:
    """Whether the user has paired or unpaired the area ``path`` of one side by hand."""
    return any((old.left if left else old.right) == path for old in overrides)


def swapped(overrides: Sequence[PairOverride]) -> list[PairOverride]:
    """The same corrections with the two sides exchanged."""
    return [PairOverride(left=old.right, right=old.left) for old in overrides]


def area_label(ref: SectionRef) -> str:
    """``2024年工作安排 › （一）着力扩大…``: the part and the area of a section."""
    return shown_path(ref.path)
