"""Edits widened to whole clauses over the words both sides share around them.

A diff matches what it can, so an edit often starts or ends inside a clause: two targets of one
list that changed places, ``新培育省市创新平台10家以上，新立项省级科技计划项目10项以上`` →
``新立项省级科技计划项目10项以上，新培育省市创新平台10家以上``, keep their first ``新`` matched
and the edit reads ``培育…，新立项…`` → ``立项…，新培育…``: neither clause is whole in it.
``core.compare.moved_clauses`` looks for clauses in edits widened back and forth over the
matched tokens to the clause marks around them (the same tokens on both sides, so the widened
edit is still one stretch of each report), and diffs the widened stretch again when it moves
one.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.compare.changed_figures import CLAUSE_MARKS, Piece, TokenColumns

REACH = 4
"""The most matched tokens an edit is widened by at either edge (a clause's lead words, such
as ``新`` or ``其中``, matched on both sides)."""


def widened_to_clauses(
    edits: Sequence[Piece], left: TokenColumns, right: TokenColumns, diffed: tuple[range, range]
) -> list[Piece]:
    """Each of ``edits`` widened over the tokens matched before and after it, on both sides
    alike, to the clause marks or paragraph ends around it. An edge stays where it is when it
    already stands at a clause's end on either side (the edit's own first or last token is a
    clause mark, or the matched token beside it is), or when no clause's end lies within
    ``REACH`` matched tokens (another edit, or the end of the stretch diffed, comes first). So
    no two widened edits overlap. Changed numbers stay as they are: their clause is the
    matched text around them.

    Args:
        edits: a diff's edits, in order.
        left: the left report's tokens.
        right: the right report's tokens.
        diffed: the left and right tokens the diff covered.
    """
    widened = []
    for index, edit in enumerate(edits):
        if edit.is_changed_number:
            widened.append(edit)
            continue
        before = edits[index - 1] if index else None
        after = edits[index + 1] if index + 1 < len(edits) else None
        floor = (before.old.stop, before.new.stop) if before else (diffed[0].start, diffed[1].start)
        ceiling = (after.old.start, after.new.start) if after else (diffed[0].stop, diffed[1].stop)
        back = _reach_back(left, right, edit, floor)
        forth = _reach_forth(left, right, edit, ceiling)
        widened.append(
            Piece(
                range(edit.old.start - back, edit.old.stop + forth),
                range(edit.new.start - back, edit.new.stop + forth),
                False,
            )
        )
    return widened


def _reach_back(
    left: TokenColumns, right: TokenColumns, edit: Piece, floor: tuple[int, int]
) -> int:
    """How many matched tokens before ``edit`` (down to ``floor`` on each side) lie between it
    and its clause's opening, on both sides; 0 if the edit opens a clause on either side or
    no opening is reached first."""
    old, new = edit.old.start, edit.new.start
    if _edge_at_mark(left, edit.old, old) or _edge_at_mark(right, edit.new, new):
        return 0
    if opens_clause(left, old) or opens_clause(right, new):
        return 0
    for count in range(1, REACH + 1):
        i, j = old - count, new - count
        if i < floor[0] or j < floor[1] or left.keys[i] != right.keys[j]:
            return 0
        if left.opens_paragraph(i + 1) or right.opens_paragraph(j + 1):
            return 0  # one side's paragraph opens where the other's clause goes on
        if opens_clause(left, i) and opens_clause(right, j):
            return count
    return 0


def _reach_forth(
    left: TokenColumns, right: TokenColumns, edit: Piece, ceiling: tuple[int, int]
) -> int:
    """How many matched tokens after ``edit`` (up to ``ceiling`` on each side) lie between it
    and its clause's end, on both sides; 0 if the edit ends a clause on either side or no
    end is reached first."""
    old, new = edit.old.stop, edit.new.stop
    if _edge_at_mark(left, edit.old, old - 1) or _edge_at_mark(right, edit.new, new - 1):
        return 0
    if closes_clause(left, old) or closes_clause(right, new):
        return 0
    for count in range(1, REACH + 1):
        i, j = old + count, new + count
        if i > ceiling[0] or j > ceiling[1] or left.keys[i - 1] != right.keys[j - 1]:
            return 0
        if left.opens_paragraph(i - 1) or right.opens_paragraph(j - 1):
            return 0  # one side's paragraph opens where the other's clause goes on
        if closes_clause(left, i) and closes_clause(right, j):
            return count
    return 0


def _edge_at_mark(side: TokenColumns, tokens: range, index: int) -> bool:
    """Whether the edit's token at ``index`` (its first or last on this side) is a clause
    mark; False when the edit has no tokens on this side."""
    return bool(tokens) and side.keys[index] in CLAUSE_MARKS


def opens_clause(side: TokenColumns, index: int) -> bool:
    """Whether a clause opens at the token at ``index``: its paragraph's first, or after a
    clause mark (or the side's end, where none goes on)."""
    return (
        index in (0, len(side.keys))
        or side.opens_paragraph(index)
        or side.keys[index - 1] in CLAUSE_MARKS
    )


def closes_clause(side: TokenColumns, index: int) -> bool:
    """Whether a clause ends before the token at ``index``: the side's end, a clause mark or
    the next paragraph's opening."""
    return (
        index == len(side.keys) or side.keys[index] in CLAUSE_MARKS or side.opens_paragraph(index)
    )
