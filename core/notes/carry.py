"""Carrying an annotation to another report: the matching passage in the paired section.

A formulation marked in the 2024 report is looked for in the 2025 one: the compare engine pairs
the two reports' parts and areas (``core.compare.pairing``), and within the area paired with
the annotation's own, the passage is found word for word or, failing that, as the run of
clauses most alike to it (character bigrams, as the compare engine measures passages). When
the area has no partner, the whole report is searched, and the result says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.compare.pairing import PART_THRESHOLD, pair_units
from core.compare.similarity import passage_similarity
from core.compare.units import Unit, areas_of, build_units
from core.model import Outline
from core.notes.anchors import match_key
from core.notes.reanchor import AnchorFinder
from core.notes.records import Anchor, AnchorStatus

# Below this likeness no passage is offered.
MIN_SIMILARITY = 0.3
# Clauses end here; a passage is matched against runs of whole clauses.
_CLAUSE = re.compile(r"[^。！？；，,;\n]+[。！？；，,;]?")


@dataclass(frozen=True)
class CarryProposal:
    """Where an annotation could be copied in another report.

    Attributes:
        start: the passage's start in the target text.
        end: its end.
        quote: the target passage's text.
        similarity: how alike it is to the annotated passage, 0..1 (1.0 word for word).
        target_section: the path of the target area it was looked for in (empty: whole text).
        reason: in words, how it was found.
    """

    start: int
    end: int
    quote: str
    similarity: float
    target_section: tuple[str, ...]
    reason: str


def _area_at(units: tuple[Unit, ...], offset: int) -> Unit | None:
    for area in areas_of(units):
        if area.start <= offset < area.end:
            return area
    return None


def paired_area(
    source_text: str,
    source_outline: Outline,
    target_text: str,
    target_outline: Outline,
    offset: int,
) -> tuple[int, int, tuple[str, ...]] | None:
    """The target area paired with the source area containing ``offset``.

    Args:
        source_text: the text of the report the annotation is in.
        source_outline: its section tree.
        target_text: the other report's text.
        target_outline: its section tree.
        offset: where the annotated passage starts in the source text.

    Returns:
        ``(start, end, path)`` of the paired target area, or None when the area is unpaired.
    """
    left, right = build_units(source_text, source_outline), build_units(target_text, target_outline)
    area = _area_at(left, offset)
    if area is None:
        return None
    parts = pair_units(
        left, right, source_text, target_text, threshold=PART_THRESHOLD, ordered=True
    )
    paired_parents = frozenset(
        (p.left.path, p.right.path) for p in parts if p.left is not None and p.right is not None
    )
    areas = pair_units(
        areas_of(left), areas_of(right), source_text, target_text, paired_parents=paired_parents
    )
    for pair in areas:
        if pair.left is not None and pair.left.path == area.path and pair.right is not None:
            return pair.right.start, pair.right.end, pair.right.path
    return None


def _best_run(quote: str, text: str, start: int, end: int) -> tuple[int, int, float] | None:
    """The run of whole clauses in ``text[start:end]`` most alike to ``quote``."""
    sentences = [
        (m.start(), m.end()) for m in _CLAUSE.finditer(text, start, end) if m.group().strip()
    ]
    wanted = len(match_key(quote))
    best: tuple[int, int, float] | None = None
    for i in range(len(sentences)):
        for j in range(i, min(len(sentences), i + 4)):
            s, e = sentences[i][0], sentences[j][1]
            if len(match_key(text[s:e])) > 3 * wanted + 20:
                break
            score = passage_similarity(quote, text[s:e])
            if best is None or score > best[2]:
                best = (s, e, score)
    return best


def propose_carry(
    anchor: Anchor,
    source_text: str,
    source_outline: Outline,
    target_text: str,
    target_outline: Outline,
) -> CarryProposal | None:
    """Where ``anchor``'s passage (in the source report) has its match in the target report.

    Args:
        anchor: the annotation's anchor in the source report.
        source_text: the source report's text.
        source_outline: its section tree.
        target_text: the target report's text (e.g. the same region's next year).
        target_outline: its section tree.

    Returns:
        The proposal, or None when nothing in the target is alike enough (``MIN_SIMILARITY``).
    """
    area = paired_area(source_text, source_outline, target_text, target_outline, anchor.start)
    start, end, path = area if area is not None else (0, len(target_text), ())
    where = "in the paired section" if area is not None else "in the whole report"
    found = AnchorFinder(target_text).place(anchor)
    if found.status is not AnchorStatus.ORPHANED and (area is None or start <= found.start < end):
        return CarryProposal(
            found.start, found.end, found.quote, found.similarity, path, f"same words {where}"
        )
    quote_key = match_key(anchor.quote)
    in_area = target_text.find(anchor.quote, start, end)
    if in_area < 0 and quote_key:
        finder = AnchorFinder(target_text[start:end])
        position = finder.match.key.find(quote_key)
        if position >= 0:
            s, e = finder.match.span_to_original(position, position + len(quote_key))
            in_area = start + s
            return CarryProposal(
                in_area,
                start + e,
                target_text[in_area : start + e],
                1.0,
                path,
                f"same words {where}",
            )
    if in_area >= 0:
        stop = in_area + len(anchor.quote)
        return CarryProposal(in_area, stop, anchor.quote, 1.0, path, f"same words {where}")
    run = _best_run(anchor.quote, target_text, start, end)
    if run is None or run[2] < MIN_SIMILARITY:
        return None
    s, e, score = run
    return CarryProposal(
        s, e, target_text[s:e], round(score, 3), path, f"most alike passage {where} ({score:.2f})"
    )
