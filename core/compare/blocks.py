"""Joining neighbouring removals (or additions) into one block, as a reader sees them.

A newspaper edition that lacks the report's first page lacks its opening, the first areas of
part one and the start of the next: several sections, but one missing stretch of text. Removals
with nothing but whitespace or page furniture between them on the left, standing at the same
place on the right, are one removed block; additions likewise.

That holds between editions of one text, whose paired areas read nearly alike. Between two
reports (two years, two cities), sections dropped or added one after another are themes: the
eight areas of a new five-year plan, the review's areas of a year the other report does not
review. There a block never spans sections: each removed (added) section is its own change,
counted and listed under its own title.

A paired area rewritten from end to end reads as its old paragraphs deleted and its new ones
inserted at the same place. That deletion is half of a rewrite, not part of a missing stretch:
joining it to a removed section before it would paint a paired section as removed. Nor is
anything joined to such a half: a rewrite's old paragraphs and its new ones each stay one
change a paragraph, on both sides alike (the new ones, listed one after another at their
place, had been joined into one block while the old ones, listed between them, were not, so
comparing B with A counted otherwise than A with B).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace

from core.compare.records import Change, ChangeKind
from core.compare.side_tokens import SideTokens

_REMOVALS = (ChangeKind.DELETED, ChangeKind.REMOVED_SECTION)
_ADDITIONS = (ChangeKind.INSERTED, ChangeKind.ADDED_SECTION)
# The median theme likeness of paired areas from which two reports are one text's editions.
EDITIONS_LIKENESS = 0.8


def _rewrite_halves(changes: Sequence[Change]) -> set[int]:
    """The indices of deletions and insertions that stand in for each other at one place."""
    inserted_at = {(c.left_path, c.left_start) for c in changes if c.kind is ChangeKind.INSERTED}
    deleted_at = {(c.right_path, c.right_start) for c in changes if c.kind is ChangeKind.DELETED}
    return {
        i
        for i, c in enumerate(changes)
        if (c.kind is ChangeKind.DELETED and (c.left_path, c.left_start) in inserted_at)
        or (c.kind is ChangeKind.INSERTED and (c.right_path, c.right_start) in deleted_at)
    }


def _joins(before: Change, after: Change, left: SideTokens, right: SideTokens) -> bool:
    if before.kind in _REMOVALS and after.kind in _REMOVALS:
        return (
            left.count_between(before.left_end, after.left_start) == 0
            and right.count_between(
                min(before.right_start, after.right_start),
                max(before.right_start, after.right_start),
            )
            == 0
        )
    if before.kind in _ADDITIONS and after.kind in _ADDITIONS:
        return (
            right.count_between(before.right_end, after.right_start) == 0
            and left.count_between(
                min(before.left_start, after.left_start), max(before.left_start, after.left_start)
            )
            == 0
        )
    return False


def merge_adjacent_blocks(
    changes: Sequence[Change], left: SideTokens, right: SideTokens, *, editions: bool
) -> list[Change]:
    """Join consecutive removals (additions) with no text between them into one change.

    Args:
        changes: changes in reading order.
        left: the left report's tokens (what counts as text between two changes).
        right: the right report's tokens.
        editions: the reports are editions of one text (``are_editions``): a block may span
            sections (a lost page); otherwise it stays within one.

    Returns:
        The changes, joined; a block that spans more than one section is a removed (added)
        section.
    """
    result: list[Change] = []
    halves = _rewrite_halves(changes)
    last_is_half = False
    for index, change in enumerate(changes):
        if (
            result
            and index not in halves
            and not last_is_half
            and (editions or _same_section(result[-1], change))
            and _joins(result[-1], change, left, right)
        ):
            result[-1] = _join(result[-1], change)
        else:
            result.append(change)
            last_is_half = index in halves
    return result


def are_editions(area_likeness: Sequence[float]) -> bool:
    """Whether two reports are editions of one text, by the theme likeness of their paired
    areas: about 0.98 (the median) between a report and its newspaper printing, under 0.2
    between two years or two cities of the samples."""
    return bool(area_likeness) and statistics.median(area_likeness) >= EDITIONS_LIKENESS


def _same_section(before: Change, after: Change) -> bool:
    if before.kind in _REMOVALS:
        return before.left_path == after.left_path
    return before.right_path == after.right_path


def _join(before: Change, change: Change) -> Change:
    """Two neighbouring removals (additions) as one."""
    removal = before.kind in _REMOVALS
    section_kind = ChangeKind.REMOVED_SECTION if removal else ChangeKind.ADDED_SECTION
    spans_sections = (
        before.left_path != change.left_path if removal else before.right_path != change.right_path
    )
    kind = section_kind if spans_sections or change.kind is section_kind else before.kind
    if removal:
        # The block stands, on the right, where the text resumes after it.
        anchor = max(before.right_start, change.right_start)
        right_start, right_end = anchor, anchor
        left_start, left_end = before.left_start, max(before.left_end, change.left_end)
    else:
        anchor = max(before.left_start, change.left_start)
        left_start, left_end = anchor, anchor
        right_start, right_end = before.right_start, max(before.right_end, change.right_end)
    return replace(
        before,
        kind=kind,
        left_start=left_start,
        left_end=left_end,
        right_start=right_start,
        right_end=right_end,
        numbers_changed=before.numbers_changed or change.numbers_changed,
    )
