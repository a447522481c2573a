"""Comparing two reports end to end: pair sections, diff paired text, find moves, count.

``compare_reports`` is the one entry point; ``core.compare.comparison_cache`` keeps its
results, so reopening a comparison is instant.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.compare.areadiff import diff_area, moved_passage
from core.compare.blocks import are_editions, merge_adjacent_blocks
from core.compare.diff_tokens import build_tokens, character_pieces
from core.compare.moved_passages import in_reading_order, settle_moves
from core.compare.moves import find_moves
from core.compare.pair_reasons import ReasonKind
from core.compare.pairing import PART_THRESHOLD, UnitPair, pair_units
from core.compare.records import (
    Change,
    ChangeKind,
    CompareInput,
    CompareSettings,
    Comparison,
    Granularity,
    PairLevel,
    PairOverride,
    SectionPair,
    SectionRef,
)
from core.compare.renumbered_areas import (
    numbered_in_place,
    renumbered,
    without_renumbering,
)
from core.compare.reordered_sections import moved_areas
from core.compare.side_cache import SHARED_SIDES, SideTokensCache
from core.compare.side_tokens import SideTokens
from core.compare.summary import summarise
from core.compare.units import Unit, areas_of, body_spans, build_units


def side_tokens(side: CompareInput, settings: CompareSettings) -> SideTokens:
    """The diff tokens of one report under ``settings`` (tokenising only if none are stored).

    Args:
        side: the report.
        settings: word or character level; whether layout differences are kept.
    """
    if settings.granularity is Granularity.CHARACTER:
        pieces: Sequence[Sequence[str]] = character_pieces(side.text, side.paragraphs)
    elif side.paragraph_tokens is not None:
        pieces = side.paragraph_tokens
    else:
        from core.tokens import tokenize

        pieces = [tokenize(side.text[p.start : p.end]) for p in side.paragraphs]
    from core.noise import noise_spans

    ignored = [(start, end) for start, end, _ in noise_spans(side.text)]
    tokens = build_tokens(
        side.text, side.paragraphs, pieces, show_layout=settings.show_layout, ignored=ignored
    )
    return SideTokens.of(side.text, side.paragraphs, tokens, settings.show_layout)


def forget_kept() -> None:
    """Drop everything this process keeps between comparisons: each report's diff tokens
    with its paragraphs' bigrams, its sections' bigram weights and its passages' likeness
    grams (in ``SHARED_SIDES``; a cache of the caller's own is the caller's to clear), moved
    passages' bigrams and headings' keys. The next comparison with the shared cache starts
    from nothing."""
    from core.compare.moves import forget_grams
    from core.compare.similarity import forget_passages

    SHARED_SIDES.clear()
    forget_passages()
    forget_grams()


def _ref(unit: Unit) -> SectionRef:
    return SectionRef(unit.path, unit.start, unit.end)


def _section_pair(level: PairLevel, pair: UnitPair) -> SectionPair:
    return SectionPair(
        level,
        _ref(pair.left) if pair.left is not None else None,
        _ref(pair.right) if pair.right is not None else None,
        pair.similarity,
        pair.reason,
    )


def _unpaired_change(
    unit: Unit, side: SideTokens, anchor: int, anchor_path: tuple[str, ...], removed: bool
) -> Change | None:
    span = side.token_span(unit.start, unit.end)
    if span is None:
        return None
    start, end = span
    if removed:
        return Change(
            ChangeKind.REMOVED_SECTION, start, end, anchor, anchor, unit.path, anchor_path
        )
    return Change(ChangeKind.ADDED_SECTION, anchor, anchor, start, end, anchor_path, unit.path)


def _area_move(
    left: Unit,
    right: Unit,
    left_side: SideTokens,
    right_side: SideTokens,
    similarity: float,
    edits: Sequence[Change],
) -> list[Change]:
    """A moved area as one move from its words on the left to its words on the right, and
    the removals and additions of its diff ``edits`` that open or close either side: what
    stands at an end of one side only did not move with the area (a part's closing
    paragraph, which the outline leaves in the part's last area, stays where it stood).
    The edits within the move are found inside it (``settle_moves``)."""
    left_span = left_side.token_span(left.start, left.end)
    right_span = right_side.token_span(right.start, right.end)
    if left_span is None or right_span is None:
        return list(edits)
    (left_start, left_end), (right_start, right_end) = left_span, right_span
    ends = []
    for edit in edits:
        if edit.kind is ChangeKind.DELETED and edit.left_end == left_span[1]:
            left_end = min(left_end, edit.left_start)
        elif edit.kind is ChangeKind.DELETED and edit.left_start == left_span[0]:
            left_start = max(left_start, edit.left_end)
        elif edit.kind is ChangeKind.INSERTED and edit.right_end == right_span[1]:
            right_end = min(right_end, edit.right_start)
        elif edit.kind is ChangeKind.INSERTED and edit.right_start == right_span[0]:
            right_start = max(right_start, edit.right_end)
        else:
            continue
        ends.append(edit)
    left_words = left_side.token_span(left_start, left_end)
    right_words = right_side.token_span(right_start, right_end)
    if left_words is None or right_words is None:
        return list(edits)
    move = moved_passage(left_words, right_words, left, right, round(similarity, 3))
    return [move, *ends]


def compare_reports(
    left: CompareInput,
    right: CompareInput,
    settings: CompareSettings | None = None,
    overrides: Sequence[PairOverride] = (),
    sides: SideTokensCache | None = None,
) -> Comparison:
    """Compare two reports.

    Args:
        left: the older report (or the reference edition).
        right: the newer report.
        settings: word or character level, and whether to show layout differences.
        overrides: the user's pairing corrections for these two reports.
        sides: where each report's diff tokens are kept between comparisons (the process's
            shared cache when None).
    """
    settings = settings or CompareSettings()
    sides = SHARED_SIDES if sides is None else sides
    left_side = sides.get(left, settings, side_tokens)
    right_side = sides.get(right, settings, side_tokens)
    left_units, right_units = (
        build_units(left.text, left.outline, left.paragraphs),
        build_units(right.text, right.outline, right.paragraphs),
    )
    part_pairs = pair_units(
        left_units,
        right_units,
        left.text,
        right.text,
        overrides=overrides,
        threshold=PART_THRESHOLD,
        ordered=True,
        themes=(left_side.theme(body_spans(left_units)), right_side.theme(body_spans(right_units))),
    )
    paired_parents = frozenset(
        (p.left.path, p.right.path)
        for p in part_pairs
        if p.left is not None and p.right is not None
    )
    left_areas, right_areas = areas_of(left_units), areas_of(right_units)
    area_pairs = pair_units(
        left_areas,
        right_areas,
        left.text,
        right.text,
        overrides=overrides,
        paired_parents=paired_parents,
        themes=(left_side.theme(body_spans(left_areas)), right_side.theme(body_spans(right_areas))),
    )
    pairs = [_section_pair(PairLevel.PART, p) for p in part_pairs]
    pairs.extend(_section_pair(PairLevel.AREA, p) for p in area_pairs)

    changes: list[Change] = []
    order: dict[tuple[str, ...], int] = {}
    left_anchor, right_anchor = 0, 0
    left_anchor_path: tuple[str, ...] = ()
    right_anchor_path: tuple[str, ...] = ()
    moved = moved_areas(area_pairs, left.text, right.text)
    for index, pair in enumerate(area_pairs):
        if pair.left is not None:
            order[pair.left.path] = index
        if pair.left is not None and pair.right is not None:
            result = diff_area(pair.left, pair.right, left_side, right_side)
            pairs.extend(result.paragraph_pairs)
            if index in moved:
                changes.extend(
                    _area_move(
                        pair.left, pair.right, left_side, right_side, moved[index], result.changes
                    )
                )
            else:
                changes.extend(result.changes)
            left_anchor, left_anchor_path = pair.left.end, pair.left.path
            right_anchor, right_anchor_path = pair.right.end, pair.right.path
        elif pair.left is not None:
            change = _unpaired_change(pair.left, left_side, right_anchor, right_anchor_path, True)
            if change is not None:
                changes.append(change)
            left_anchor, left_anchor_path = pair.left.end, pair.left.path
        elif pair.right is not None:
            change = _unpaired_change(pair.right, right_side, left_anchor, left_anchor_path, False)
            if change is not None:
                changes.append(change)
                order.setdefault(("+", *pair.right.path), index)
            right_anchor, right_anchor_path = pair.right.end, pair.right.path

    def reading_key(change: Change) -> tuple[int, int, int]:
        if change.kind is ChangeKind.ADDED_SECTION:
            rank = order.get(("+", *change.right_path), 0)
        else:
            rank = order.get(change.left_path, 0)
        return rank, change.left_start, change.right_start

    changes.sort(key=reading_key)
    changes = find_moves(changes, left.text, right.text)
    editions = are_editions(
        [
            p.reason.content
            for p in area_pairs
            if p.left is not None
            and p.right is not None
            and p.reason.kind is not ReasonKind.PAIRED_BY_HAND  # no likeness measured
        ]
    )
    changes = merge_adjacent_blocks(changes, left_side, right_side, editions=editions)
    changes = in_reading_order(settle_moves(changes, left_side, right_side, pairs), reading_key)
    if not settings.show_layout:  # numbers that follow their areas' places are setting
        changes = without_renumbering(
            changes,
            renumbered(
                ((p.left, p.right) for p in area_pairs if p.left and p.right),
                numbered_in_place(left.text, left_units),
                numbered_in_place(right.text, right_units),
            ),
        )
    summary = summarise(changes, area_pairs, (left.text, right.text))
    return Comparison(left, right, settings, tuple(pairs), tuple(changes), summary)
