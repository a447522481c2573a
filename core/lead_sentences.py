"""Lead sentences that act as headings: short run-in sentences opening a paragraph.

A lead is a sentence of 4–14 characters ending in ``。``, with no comma and no figure, followed
by body text on the same line (``保持投资强度。统筹…``); right after an area's heading sentence a
lead is at most 10 characters (``(七)…工作。保障粮食安全。严守…``). A lone lead is body text:
leads count only in groups of two or more under one heading.

A lead of two short clauses (``突出政治建设,增强不折不扣抓落实的自觉。``, a "paired" lead)
counts only in a parallel run: three or more in a row whose clauses have the same lengths.
``实干成就梦想,真抓创造未来。`` before such a run is body text.

Lines are read in their normalised form (``core.text.normalise``: ``，`` reads as ``,``). The
outline (``core.outline``) finds the candidates line by line, then keeps those that stand in a
group or a run.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any, ClassVar, Protocol, TypeVar

from core.text import normalise

_LEAD_FORBIDDEN = re.compile(r"[,;:!?()%\d.…]|各位代表")
# How long a lead opening a paragraph can be, and one right after an area's heading sentence.
LEAD_LENGTH = (4, 14)
AFTER_HEADING_LEAD_LENGTH = (4, 10)
_PAIRED_LEAD_CLAUSE = (4, 12)
_MIN_PAIRED_LEADS = 3
_MIN_LEADS = 2

# The styles a candidate carries: a lead, or a two-clause lead waiting for its run.
LEAD = "lead"
PAIRED = "paired"


class LeadCandidate(Protocol):
    """A heading found on its line, before its neighbours are known (a frozen dataclass)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def style(self) -> str: ...

    @property
    def title(self) -> str: ...


HeadingT = TypeVar("HeadingT", bound=LeadCandidate)


def lead_sentence(rest: str, length: tuple[int, int]) -> tuple[int, int, int] | None:
    """The lead sentence opening ``rest`` (``多措并举促消费。`` before body text), if any.

    Args:
        rest: the normalised line from where the lead would start.
        length: the shortest and longest lead, in characters, without its ``。``.

    Returns:
        ``(title_start, title_end, heading_end)`` as indices into ``rest``, or None.
    """
    stop = rest.find("。")
    if not length[0] <= stop <= length[1] or not rest[stop + 1 :].strip():
        return None
    sentence = rest[:stop]
    if _LEAD_FORBIDDEN.search(sentence) or sentence != sentence.strip():
        return None
    return 0, stop, stop + 1


def paired_lead(rest: str) -> tuple[int, int, int] | None:
    """The lead of two short clauses opening ``rest`` (``突出作风建设,践行雷厉风行抓落实的
    要求。`` before body text), if any; whether it is a heading depends on its neighbours.

    Args:
        rest: the normalised line from where the lead would start.

    Returns:
        ``(title_start, title_end, heading_end)`` as indices into ``rest``, or None.
    """
    stop = rest.find("。")
    if stop < 0 or not rest[stop + 1 :].strip():
        return None
    sentence = rest[:stop]
    clauses = sentence.split(",")
    shortest, longest = _PAIRED_LEAD_CLAUSE
    if len(clauses) != 2 or not all(shortest <= len(c) <= longest for c in clauses):
        return None
    if _LEAD_FORBIDDEN.search(sentence.replace(",", "")) or sentence != sentence.strip():
        return None
    return 0, stop, stop + 1


def keep_lead_headings(headings: list[HeadingT]) -> list[HeadingT]:
    """The headings of a text without the lead candidates that are body text.

    Leads standing alone under their heading are dropped; two-clause leads are kept, restyled
    as leads, only in a parallel run, and dropped otherwise. Other headings are kept as they are.

    Args:
        headings: every heading found line by line, in text order, leads styled ``lead`` or
            ``paired``.
    """
    return _keep_paired_runs(_keep_lead_groups(headings))


def _keep_lead_groups(headings: list[HeadingT]) -> list[HeadingT]:
    """Drop leads that stand alone under their heading: a single short sentence is body text."""
    group_of: list[int] = []
    group = -1
    for index, heading in enumerate(headings):
        if heading.style not in (LEAD, PAIRED):
            group = index
        group_of.append(group)
    sizes = Counter(g for g, h in zip(group_of, headings, strict=True) if h.style == LEAD)
    return [
        h
        for h, g in zip(headings, group_of, strict=True)
        if h.style != LEAD or sizes[g] >= _MIN_LEADS
    ]


def _clause_lengths(heading: LeadCandidate) -> tuple[int, ...]:
    return tuple(len(clause) for clause in normalise(heading.title).text.split(","))


def _keep_paired_runs(headings: list[HeadingT]) -> list[HeadingT]:
    """Keep two-clause leads only in a parallel run (three or more in a row, clauses of the
    same lengths), as leads: ``实干成就梦想,真抓创造未来。`` before such a run is body text."""
    kept: list[HeadingT] = []
    run: list[HeadingT] = []
    for heading in [*headings, None]:
        if heading is not None and heading.style == PAIRED:
            if run and _clause_lengths(run[0]) != _clause_lengths(heading):
                run = []  # a different shape starts its own run; the one before is too short
            run.append(heading)
            if len(run) == _MIN_PAIRED_LEADS:
                kept.extend(_as_lead(h) for h in run)
            elif len(run) > _MIN_PAIRED_LEADS:
                kept.append(_as_lead(heading))
            continue
        run = []
        if heading is not None:
            kept.append(heading)
    return kept


def _as_lead(heading: HeadingT) -> HeadingT:
    return replace(heading, style=LEAD)
