"""Counting changes: overall and per pair of areas, for the summary and the change list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from core.compare.change_filter import ChangeFilter, group_of
from core.compare.pairing import UnitPair
from core.compare.records import (
    Change,
    ChangeCounts,
    ChangeKind,
    SectionPath,
    SectionSummary,
    Summary,
)


def count_changes(changes: Iterable[Change]) -> ChangeCounts:
    """Counts of added, removed, changed and moved passages and of changes to numbers.

    Args:
        changes: the changes to count.
    """
    groups = {group: 0 for group in ChangeFilter}
    numbers = 0
    for change in changes:
        groups[group_of(change)] += 1
        numbers += change.numbers_changed
    return ChangeCounts(
        groups[ChangeFilter.ADDED],
        groups[ChangeFilter.REMOVED],
        groups[ChangeFilter.CHANGED],
        groups[ChangeFilter.MOVED],
        numbers,
    )


def count_kinds(changes: Iterable[Change]) -> dict[ChangeKind, int]:
    """How many changes of each kind (every kind listed, 0 when it has none): the legend's
    counts, finer than ``count_changes`` (an inserted passage apart from an added section)."""
    counts = dict.fromkeys(ChangeKind, 0)
    for change in changes:
        counts[change.kind] += 1
    return counts


def summarise(
    changes: Sequence[Change],
    area_pairs: Sequence[UnitPair],
    texts: tuple[str, str] | None = None,
) -> Summary:
    """The overall counts and the counts of each area pair, in reading order.

    Args:
        changes: every change of the comparison.
        area_pairs: the area pairs (and unpaired areas) in reading order.
        texts: the left and right texts, to tell a section a removed or added block covers
            whole (``SectionSummary.within``); without them none is told.
    """
    by_left: dict[SectionPath, list[Change]] = {}
    by_right: dict[SectionPath, list[Change]] = {}
    for change in changes:
        if change.kind is ChangeKind.ADDED_SECTION:
            by_right.setdefault(change.right_path, []).append(change)
        else:
            by_left.setdefault(change.left_path, []).append(change)
    sections = []
    for pair in area_pairs:
        left_path = pair.left.path if pair.left is not None else ()
        right_path = pair.right.path if pair.right is not None else ()
        own = list(by_left.get(left_path, [])) if pair.left is not None else []
        if pair.left is None:
            own = list(by_right.get(right_path, []))
        within = None if own or texts is None else _covering_block(changes, pair, texts)
        sections.append(SectionSummary(left_path, right_path, count_changes(own), within))
    return Summary(count_changes(changes), tuple(sections))


def _covering_block(
    changes: Sequence[Change], pair: UnitPair, texts: tuple[str, str]
) -> int | None:
    """The index of the removed (added) section that covers the pair's left (right) unit
    whole while starting before it: one block of several sections, such as an edition's lost
    page, is counted under the section it starts in only."""
    for index, change in enumerate(changes):
        if change.kind is ChangeKind.REMOVED_SECTION and pair.left is not None:
            unit, start, end, text = pair.left, change.left_start, change.left_end, texts[0]
        elif change.kind is ChangeKind.ADDED_SECTION and pair.left is None and pair.right:
            unit, start, end, text = pair.right, change.right_start, change.right_end, texts[1]
        else:
            continue
        # A change ends at its last word; the unit may run on over blank lines.
        if start < unit.start and (end >= unit.end or not text[end : unit.end].strip()):
            return index
    return None
