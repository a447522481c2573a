"""Which changes a reader follows: all of them, or one kind (changed numbers, rewordings,
additions, removals, moves), and stepping from one change of that kind to the next.

The kinds are those the summary counts (``core.compare.summary``): an added section counts as
an addition, a removed one as a removal, and a changed number is also a rewording, so the
count beside each choice is the summary's.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from core.compare.records import Change, ChangeCounts, ChangeKind


class ChangeFilter(StrEnum):
    """A choice of changes to follow."""

    ALL = "all"
    NUMBERS = "numbers"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"


_ADDED = (ChangeKind.INSERTED, ChangeKind.ADDED_SECTION)
_REMOVED = (ChangeKind.DELETED, ChangeKind.REMOVED_SECTION)


def group_of(change: Change) -> ChangeFilter:
    """The one group a change is counted in: added, removed, moved or changed."""
    if change.kind in _ADDED:
        return ChangeFilter.ADDED
    if change.kind in _REMOVED:
        return ChangeFilter.REMOVED
    if change.kind is ChangeKind.MOVED:
        return ChangeFilter.MOVED
    return ChangeFilter.CHANGED


def matches(change: Change, which: ChangeFilter) -> bool:
    """Whether ``change`` is one of the changes ``which`` follows."""
    if which is ChangeFilter.ALL:
        return True
    if which is ChangeFilter.NUMBERS:
        return change.numbers_changed
    return group_of(change) is which


def shown(changes: Sequence[Change], which: ChangeFilter) -> list[int]:
    """The indices of the changes ``which`` follows, in reading order."""
    return [index for index, change in enumerate(changes) if matches(change, which)]


def step(
    changes: Sequence[Change], current: int, which: ChangeFilter, forward: bool = True
) -> int | None:
    """The change of the kind ``which`` after (or before) change ``current``.

    Args:
        changes: the comparison's changes, in reading order.
        current: the index of the current change (-1: none yet, so forward finds the first).
        which: the changes followed.
        forward: after ``current``; otherwise before it.

    Returns:
        Its index, or None when there is none that way.
    """
    indices = range(current + 1, len(changes)) if forward else range(current - 1, -1, -1)
    return next((i for i in indices if matches(changes[i], which)), None)


def count(counts: ChangeCounts, which: ChangeFilter) -> int:
    """How many changes ``which`` follows, read from a summary's counts."""
    return {
        ChangeFilter.ALL: counts.total,
        ChangeFilter.NUMBERS: counts.numbers,
        ChangeFilter.CHANGED: counts.changed,
        ChangeFilter.ADDED: counts.added,
        ChangeFilter.REMOVED: counts.removed,
        ChangeFilter.MOVED: counts.moved,
    }[which]
