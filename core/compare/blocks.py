"""Joining neighbouring removals (or additions) into one block, as a reader sees them.

A newspaper edition that lacks the report's first page lacks its opening, the first areas of
part one and the start of the next: several sections, but one missing stretch of text. Removals
with nothing but whitespace or page furniture between them on the left, standing at the same
place on the right, are one removed block; additions likewise.

Whole sections dropped or added one after another are not a missing stretch but themes: the
eight areas of a new five-year plan, the review's areas of a year the other report does not
review. Each stays its own removed (added) section, counted and listed under its own title. A
run of changes is joined only when some part of it is a stretch within a section (a page that
starts or ends mid-section), as an edition's lost page does.

A paired area rewritten from end to end reads as its old paragraphs deleted and its new ones
inserted at the same place. That deletion is half of a rewrite, not part of a missing stretch:
joining it to a removed section before it would paint a paired section as removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.compare.areadiff import SideTokens
from core.compare.records import Change, ChangeKind

_REMOVALS = (ChangeKind.DELETED, ChangeKind.REMOVED_SECTION)
_ADDITIONS = (ChangeKind.INSERTED, ChangeKind.ADDED_SECTION)
_SECTIONS = (ChangeKind.REMOVED_SECTION, ChangeKind.ADDED_SECTION)


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
    changes: Sequence[Change], left: SideTokens, right: SideTokens
) -> list[Change]:
    """Join consecutive removals (additions) with no text between them into one change,
    unless each of them is a whole section (see the module's docstring).

    Args:
        changes: changes in reading order.
        left: the left report's tokens (what counts as text between two changes).
        right: the right report's tokens.

    Returns:
        The changes, joined; a block that spans more than one section is a removed (added)
        section.
    """
    result: list[Change] = []
    halves = _rewrite_halves(changes)
    run: list[Change] = []
    for index, change in enumerate(changes):
        if run and index not in halves and _joins(run[-1], change, left, right):
            run.append(change)
            continue
        result.extend(_joined(run))
        run = [change]
    result.extend(_joined(run))
    return result


def _joined(run: Sequence[Change]) -> list[Change]:
    """A run of joinable changes as one block, or as it is when it is whole sections only."""
    if len(run) < 2 or all(change.kind in _SECTIONS for change in run):
        return list(run)
    block = run[0]
    for change in run[1:]:
        block = _join(block, change)
    return [block]


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
