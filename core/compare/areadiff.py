"""Diffing one pair of areas: as continuous text when they are one text edited, else by paragraph.

Two editions of an area (or an area carried over with edits) are one text with a few words
changed: their token streams are diffed whole, so paragraph breaks that moved, a heading put on
its own line, or a page break in the middle change nothing. Two years' versions of an area of
work are rewritten: there the two headings are diffed with each other, and the paragraphs under
them are paired by content (within the area) and each pair is diffed, so a reader sees a
renamed area's heading reworded and matching paragraphs side by side, an unmatched paragraph
is one added or removed passage rather than a shower of scattered words, and a paragraph that
changed places under the heading is moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.compare.added_clauses import clauses_split_off
from core.compare.changed_figures import alike_but_setting, word_diff_between
from core.compare.gapped_diff import edits_of
from core.compare.layout_edits import is_layout_edit
from core.compare.moved_clauses import ClauseMove, take_out_moved_clauses
from core.compare.pair_reasons import PairReason, ReasonKind
from core.compare.paragraph_slides import slide_to_paragraphs
from core.compare.paragraphs_replaced import paragraphs_split_off
from core.compare.records import Change, ChangeKind, PairLevel, SectionPair, SectionRef
from core.compare.renamed_headings import renamed_heading
from core.compare.reordered_sections import moved_spans
from core.compare.side_tokens import SideTokens
from core.compare.similarity import (
    dice,
)
from core.compare.units import Unit, paragraphs_in
from core.compare.unlike_paragraphs import PARAGRAPH_LIKENESS, unlike_paragraphs_apart
from core.compare.worddiff import (
    DELETE,
    INSERT,
    DiffChunk,
    matched_count,
)

# Share of the shorter side's tokens that must match for two areas to be one text edited.
CONTINUOUS_MATCH = 0.6
# Below this bigram likeness two areas are surely rewritten: skip the whole-area diff.
REWRITTEN = 0.4
POSITION_WEIGHT = 0.05


@dataclass(frozen=True)
class AreaDiff:
    """The changes within one pair of areas and the paragraphs paired to find them."""

    changes: list[Change]
    paragraph_pairs: list[SectionPair]


def _span(side: SideTokens, found: range, diffed: range, fallback: int) -> tuple[int, int]:
    """The text span of ``side``'s tokens at ``found``; if none, where they would stand among
    the tokens ``diffed`` (before the next one, after the last, else at ``fallback``)."""
    if found:
        return side.starts[found.start], side.ends[found.stop - 1]
    if found.start < diffed.stop:
        return side.starts[found.start], side.starts[found.start]
    return (side.ends[diffed.stop - 1],) * 2 if diffed else (fallback, fallback)


def _edit(
    left: tuple[SideTokens, range, range, Unit],
    right: tuple[SideTokens, range, range, Unit],
    *,
    numbers_changed: bool = False,
) -> Change:
    """The change of the left tokens ``old`` into the right tokens ``new``, each side given as
    ``(its tokens, old or new, the tokens diffed, its unit)``: removed, added or reworded."""
    left_side, old, a, left_unit = left
    right_side, new, b, right_unit = right
    if not new:
        kind = ChangeKind.DELETED
    elif not old:
        kind = ChangeKind.INSERTED
    else:
        kind = ChangeKind.REPLACED
    return Change(
        kind,
        *_span(left_side, old, a, left_unit.end),
        *_span(right_side, new, b, right_unit.end),
        left_unit.path,
        right_unit.path,
        numbers_changed=numbers_changed,
    )


def chunk_changes(
    chunks: Sequence[DiffChunk],
    left_side: SideTokens,
    a: range,
    right_side: SideTokens,
    b: range,
    left: Unit,
    right: Unit,
    *,
    clause_moves: bool = True,
) -> list[Change]:
    """Changes for the edits of a diff of the left tokens at ``a`` against the right at ``b``.

    Args:
        chunks: the diff, over indices counted from ``a.start`` and ``b.start``.
        left_side: the left report's tokens.
        a: the left tokens diffed.
        right_side: the right report's tokens.
        b: the right tokens diffed.
        left: the left area (for paths and empty-side positions).
        right: the right area.
        clause_moves: whether a clause that changed places between two edits is a move
            (``core.compare.moved_clauses``; not within a move's own edits).

    A replacement is cut at the changed numbers it holds, each a change of its own
    (``core.compare.changed_figures``). Edits of the setting alone (``、`` → ``,`` in a
    newspaper's half-width punctuation) are layout differences: kept only when the tokens show
    layout (``is_layout_edit``).
    """
    changes = []
    edits = edits_of(chunks, left_side, a, right_side, b)
    moves: list[ClauseMove] = []
    if clause_moves:
        edits, moves = take_out_moved_clauses(edits, left_side, right_side, (a, b))
    edits = paragraphs_split_off(edits, left_side, right_side)
    edits = unlike_paragraphs_apart(edits, left_side, right_side)
    edits = clauses_split_off(edits, left_side, right_side)
    for old_piece, new_piece, is_changed_number in edits:
        if not left_side.show_layout and (
            is_layout_edit(
                map(left_side.keys.__getitem__, old_piece),
                map(right_side.keys.__getitem__, new_piece),
            )
            or alike_but_setting(left_side, old_piece, right_side, new_piece)
        ):
            continue
        changes.append(
            _edit(
                (left_side, old_piece, a, left),
                (right_side, new_piece, b, right),
                numbers_changed=is_changed_number,
            )
        )
    changes.extend(
        moved_passage(
            _span(left_side, move.old.words, a, left.end),
            _span(right_side, move.new.words, b, right.end),
            left,
            right,
            move.similarity,
        )
        for move in moves
    )
    return changes


def diff_token_ranges(
    left_side: SideTokens, a: range, right_side: SideTokens, b: range
) -> list[DiffChunk]:
    """The word diff of the left tokens at ``a`` against the right tokens at ``b``, each
    inserted or deleted run standing as whole paragraphs where it can
    (``slide_to_paragraphs``).

    Args:
        left_side: the left report's tokens.
        a: the indices of the left tokens diffed.
        right_side: the right report's tokens.
        b: the indices of the right tokens diffed.
    """
    chunks = word_diff_between(left_side, a, right_side, b)
    if not any(c.tag in (DELETE, INSERT) for c in chunks):
        return chunks
    return slide_to_paragraphs(
        chunks,
        left_side.keys[a.start : a.stop],
        right_side.keys[b.start : b.stop],
        left_side.paragraph_openings(a),
        right_side.paragraph_openings(b),
    )


def _pair_paragraphs(
    left_spans: Sequence[tuple[int, int]],
    right_spans: Sequence[tuple[int, int]],
    left_side: SideTokens,
    right_side: SideTokens,
) -> dict[int, tuple[int, float]]:
    left_grams = [left_side.span_grams(s, e) for s, e in left_spans]
    right_grams = [right_side.span_grams(s, e) for s, e in right_spans]
    candidates = []
    for i, a in enumerate(left_grams):
        for j, b in enumerate(right_grams):
            similarity = dice(a, b)
            if similarity < PARAGRAPH_LIKENESS:
                continue
            position = 1 - abs(i / max(1, len(left_spans)) - j / max(1, len(right_spans)))
            candidates.append((similarity + POSITION_WEIGHT * position, similarity, i, j))
    candidates.sort(key=lambda c: (-c[0], c[2], c[3]))
    matched: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for _, similarity, i, j in candidates:
        if i in matched or j in taken:
            continue
        matched[i] = (j, similarity)
        taken.add(j)
    return matched


def _area_paragraph_spans(side: SideTokens, area: Unit) -> list[tuple[int, int]]:
    """The spans of the paragraphs an area's diff pairs when the area was rewritten: those
    after its heading (``_heading_changes`` diffs the headings)."""
    return paragraphs_in(side.paragraphs, area.after_heading, area.end, side.text)


def _heading_changes(
    left: Unit, right: Unit, left_side: SideTokens, right_side: SideTokens
) -> list[Change]:
    """The edits between two rewritten areas' headings, diffed with each other whether each
    stands on a line of its own (晋城) or opens its first paragraph (长治): a heading stays at
    the head of its area, and the paragraphs under it are paired, and moved, apart from it."""
    left_head, right_head = (
        Unit(area.path, area.level, area.start, area.after_heading, area.after_heading)
        for area in (left, right)
    )
    a = left_side.indices(left_head.start, left_head.end)
    b = right_side.indices(right_head.start, right_head.end)
    if left_side.keys[a.start : a.stop] == right_side.keys[b.start : b.stop]:
        return []
    chunks = diff_token_ranges(left_side, a, right_side, b)
    renamed = renamed_heading(chunks, left_side, a, right_side, b)
    if renamed is None:
        return chunk_changes(
            chunks, left_side, a, right_side, b, left_head, right_head, clause_moves=False
        )
    old, new = renamed
    return [_edit((left_side, old, a, left_head), (right_side, new, b, right_head))]


def diff_area(left: Unit, right: Unit, left_side: SideTokens, right_side: SideTokens) -> AreaDiff:
    """The changes between two paired areas.

    Args:
        left: the left area.
        right: its pair in the right report.
        left_side: the left report's tokens.
        right_side: the right report's tokens.
    """
    a_found = left_side.indices(left.start, left.end)
    b_found = right_side.indices(right.start, right.end)
    shorter = min(len(a_found), len(b_found))
    likeness = dice(
        left_side.span_grams(left.start, left.end), right_side.span_grams(right.start, right.end)
    )
    whole = likeness >= REWRITTEN or not shorter
    chunks = diff_token_ranges(left_side, a_found, right_side, b_found) if whole else []
    if not shorter or (chunks and matched_count(chunks) >= CONTINUOUS_MATCH * shorter):
        return AreaDiff(
            chunk_changes(chunks, left_side, a_found, right_side, b_found, left, right), []
        )

    left_spans = _area_paragraph_spans(left_side, left)
    right_spans = _area_paragraph_spans(right_side, right)
    matched = _pair_paragraphs(left_spans, right_spans, left_side, right_side)
    changes = _heading_changes(left, right, left_side, right_side)
    pairs: list[SectionPair] = []
    taken = {j for j, _ in matched.values()}

    def ref(unit: Unit, spans: Sequence[tuple[int, int]], index: int) -> SectionRef:
        start, end = spans[index]
        return SectionRef((*unit.path, f"¶{index + 1}"), start, end)

    moved = moved_spans(
        {i: (left_spans[i], right_spans[j]) for i, (j, _) in matched.items()},
        left_side.text,
        right_side.text,
    )
    for i, (start, end) in enumerate(left_spans):
        a_found = left_side.indices(start, end)
        if i in matched:
            j, similarity = matched[i]
            b_found = right_side.indices(*right_spans[j])
            if i in moved:  # its edits are found inside the move (settle_moves)
                changes.append(
                    moved_passage(
                        _span(left_side, a_found, a_found, start),
                        _span(right_side, b_found, b_found, right_spans[j][0]),
                        left,
                        right,
                        round(moved[i], 3),
                    )
                )
            else:
                changes.extend(
                    chunk_changes(
                        diff_token_ranges(left_side, a_found, right_side, b_found),
                        left_side,
                        a_found,
                        right_side,
                        b_found,
                        left,
                        right,
                    )
                )
            pairs.append(
                SectionPair(
                    PairLevel.PARAGRAPH,
                    ref(left, left_spans, i),
                    ref(right, right_spans, j),
                    round(similarity, 3),
                    PairReason(ReasonKind.SIMILAR_PARAGRAPH, content=similarity),
                )
            )
        elif a_found:
            anchor = _right_anchor(i, matched, right_spans, right.after_heading)
            changes.append(
                Change(
                    ChangeKind.DELETED,
                    left_side.starts[a_found[0]],
                    left_side.ends[a_found[-1]],
                    anchor,
                    anchor,
                    left.path,
                    right.path,
                )
            )
    for j, (start, end) in enumerate(right_spans):
        b_found = right_side.indices(start, end)
        if j in taken or not b_found:
            continue
        anchor = _left_anchor(j, matched, left_spans, left.after_heading)
        changes.append(
            Change(
                ChangeKind.INSERTED,
                anchor,
                anchor,
                right_side.starts[b_found[0]],
                right_side.ends[b_found[-1]],
                left.path,
                right.path,
            )
        )
    return AreaDiff(changes, pairs)


def moved_passage(
    left_span: tuple[int, int],
    right_span: tuple[int, int],
    left: Unit,
    right: Unit,
    similarity: float,
) -> Change:
    """A passage moved from ``left_span`` of the left area (or paragraph) ``left`` to
    ``right_span`` of ``right``, ``similarity`` alike."""
    return Change(
        ChangeKind.MOVED, *left_span, *right_span, left.path, right.path, similarity=similarity
    )


def _right_anchor(
    i: int,
    matched: dict[int, tuple[int, float]],
    right_spans: Sequence[tuple[int, int]],
    default: int,
) -> int:
    """Where an unmatched left paragraph would stand on the right: after the last match above it."""
    before = [matched[k][0] for k in matched if k < i]
    return right_spans[max(before)][1] if before else default


def _left_anchor(
    j: int,
    matched: dict[int, tuple[int, float]],
    left_spans: Sequence[tuple[int, int]],
    default: int,
) -> int:
    before = [i for i, (k, _) in matched.items() if k < j]
    return left_spans[max(before)][1] if before else default
