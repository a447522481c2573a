"""Areas renumbered because another was added, removed or moved before them.

A report numbers its areas of work in order (``（一）``, ``（二）``…, or ``一是``, ``二是``…). When
an edition adds an area, every area after it is numbered one more, and each of their headings
read ``（三）`` → ``（四）`` as a rewording of its own: ten changes beside the one area added,
which says it all. The number of an area that stands in its place in both reports' numbering
(its number is its place among its part's areas numbered alike) follows from the areas
around it: a difference of setting, like the width of a comma, shown only with layout
differences (``CompareSettings.show_layout``). A number that is not its area's place (a
report numbering by hand ``（三）`` where ``（四）`` is due, or skipping one) is a change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from core.compare.records import Change, ChangeKind, SectionPath
from core.compare.units import Unit
from core.outline import chinese_number

_NUMBERING = re.compile(
    r"\s*(?:(?P<paren>[（(](?P<in_brackets>[一二三四五六七八九十]{1,3})[）)])"
    r"|(?P<shi>(?P<before_shi>[一二三四五六七八九十]{1,3})是)"
    r"|(?P<numeral>(?P<before_comma>[一二三四五六七八九十]{1,3})、))"
)
_NUMERALS = {"paren": "in_brackets", "shi": "before_shi", "numeral": "before_comma"}
"""Each form of numbering, and the group of its numeral."""
_EDITS = (ChangeKind.REPLACED, ChangeKind.INSERTED, ChangeKind.DELETED)


@dataclass(frozen=True)
class AreaNumber:
    """An area's number: how it is written (``paren``, ``shi``, ``numeral``), its value, and
    its span in the text."""

    form: str
    value: int
    start: int
    end: int


def area_number(text: str, area: Unit) -> AreaNumber | None:
    """The number an area's heading opens with, if any.

    Args:
        text: the report's text.
        area: one of its areas.
    """
    if area.is_pseudo:
        return None
    found = _NUMBERING.match(text, area.start)
    if found is None:
        return None
    form = next(name for name in _NUMERALS if found.group(name))
    value = chinese_number(found.group(_NUMERALS[form]))
    if value is None:
        return None
    return AreaNumber(form, value, found.start(form), found.end(form))


def numbered_in_place(text: str, parts: Sequence[Unit]) -> dict[SectionPath, AreaNumber]:
    """The areas whose number is their place among their part's areas numbered alike, by
    path, with their numbers.

    Args:
        text: the report's text.
        parts: its parts (``units.build_units``).
    """
    in_place = {}
    for part in parts:
        places: dict[str, int] = {}
        for area in part.children:
            number = area_number(text, area)
            if number is None:
                continue
            places[number.form] = places.get(number.form, 0) + 1
            if number.value == places[number.form]:
                in_place[area.path] = number
    return in_place


def renumbered(
    pairs: Iterable[tuple[Unit, Unit]],
    left_numbers: Mapping[SectionPath, AreaNumber],
    right_numbers: Mapping[SectionPath, AreaNumber],
) -> list[tuple[AreaNumber, AreaNumber]]:
    """The numbers of paired areas that differ, each its area's place in its own report.

    Args:
        pairs: paired areas, left and right.
        left_numbers: the left report's areas numbered in place (``numbered_in_place``).
        right_numbers: the right report's.
    """
    found = []
    for left, right in pairs:
        old, new = left_numbers.get(left.path), right_numbers.get(right.path)
        if old is not None and new is not None and old.value != new.value:
            found.append((old, new))
    return found


def without_renumbering(
    changes: Sequence[Change], numbers: Sequence[tuple[AreaNumber, AreaNumber]]
) -> list[Change]:
    """The changes but the edits of paired areas' numbers that follow from their places
    (``renumbered``), wherever they stand: in an area, or inside a move.

    Args:
        changes: a comparison's changes.
        numbers: the numbers of paired areas renumbered.
    """
    if not numbers:
        return list(changes)
    by_start = {old.start: (old, new) for old, new in numbers}
    starts = sorted(by_start)
    kept = []
    for change in changes:
        at = bisect_right(starts, change.left_start) - 1
        if change.kind in _EDITS and at >= 0:
            old, new = by_start[starts[at]]
            if (
                change.left_end <= old.end
                and new.start <= change.right_start <= change.right_end <= new.end
            ):
                continue
        kept.append(change)
    return kept
