"""Clauses that changed places inside one diffed stretch, found by the figure they hold.

A report's list of targets keeps its indicators but not always their order. 2024's plan sets
``…水平；城镇新增就业4.3万人；居民消费价格指数控制在3%左右；…`` and 2026's
``…水平,居民消费价格涨幅控制在2%左右,新增城镇就业4.3万人以上。…``: a diff keeps order, so it
can line up the price target or the jobs target but not both, and the other reads as words
deleted in one edit and words inserted in another, its changed number lost among them.

Such a clause is a move. A figure in the left side of one edit and a figure in the right side of
another edit (the diff matched text between them, so the two stand in a different order) are
one clause moved when

1. each stands in a whole clause (from the clause mark or paragraph opening before it to the
   one after it, ``，；。：！？``), inside its edit;
2. the two clauses name the same indicator: but for the figure and punctuation, they are
   written with the same characters, in any order and however they were cut into words
   (``城镇新增就业`` is ``新增城镇就业``; ``第一产业增加值`` is not ``第二产业增加值``, nor
   ``2023年地区生产总值`` ``2024年地区生产总值``), at least ``MIN_CLAUSE_CHARS`` of them, so a
   bare ``增长6%`` links nothing: without a place in the diff to back it, a likeness of words
   short of sameness says too little (one character makes 收入 支出, 出口 进口, 去年 今年);
3. the two stand in one sentence: no sentence ends, and no paragraph opens, between either
   clause and the place of the other on its side;
4. the two edits are not a removal and an insertion of one passage that ``find_moves`` links
   whole (a paragraph moved takes its clauses with it).

The moved clause (with the list's comma or semicolon beside it, when the edit holds one) is
taken out of
both edits, which are diffed again without it; the move itself is a change of its own, from
clause to clause (the marks carried along are not its text: ``；城镇新增就业4.3万人`` at the
start of a list may stand as ``城镇新增就业4.3万人；`` at its end), whose edits (the changed
number among them) ``moved_passages.settle_moves`` lists after it. Each figure is one end of
one move at most, the likest pairs linked first. A move that would leave fewer of the
tokens around it matched than the diff did is not made.

Clauses can also change places inside one edit: when nothing between them was left matched
(``地区生产总值增长5%左右，城镇调查失业率5.5%以内`` →
``城镇调查失业率5.5%以内，地区生产总值增长5%左右`` is one replacement, its equal half folded
into the edits around it), the left and right sides of the replacement hold the same clauses
in another order; ``core.compare.clause_swaps`` tells which of them to show moved.

Clauses are looked for in the edits widened to whole clauses (``core.compare.clause_edges``):
a lead word two clauses share (``新培育…，新立项…``), matched by the diff, is theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

from core.compare.changed_figures import (
    CLAUSE_MARKS,
    Piece,
    TokenColumns,
    clause_span,
    ends_a_sentence,
    is_punctuation,
    keys_text,
)
from core.compare.clause_edges import widened_to_clauses
from core.compare.clause_swaps import swapped_clauses
from core.compare.gapped_diff import diff_with_gaps
from core.compare.moves import MIN_MOVE_CHARS, MIN_MOVE_SIMILARITY, move_similarity

# Characters of words a figure's clause must hold, beside the figure, to be linked as moved.
MIN_CLAUSE_CHARS = 4
# The marks that part the items of a list: one beside a moved clause goes with it. Any other
# (a sentence's end, a colon, the end of the paragraph before) stays where it stands.
_CARRIED_MARKS = frozenset(",，;；、")


class Clause(NamedTuple):
    """A figure's clause: its tokens, and those taken out of the text with it (the clause
    and a clause mark beside it, when its edit holds one)."""

    words: range
    taken: range


class ClauseMove(NamedTuple):
    """A clause moved: its left and right clauses, and how alike the two read."""

    old: Clause
    new: Clause
    similarity: float


def take_out_moved_clauses(
    edits: Sequence[Piece], left: TokenColumns, right: TokenColumns, diffed: tuple[range, range]
) -> tuple[list[Piece], list[ClauseMove]]:
    """The edits of one diff with the clauses moved between them taken out, and the moves.

    Args:
        edits: the diff's edits, in order (``edits_of``).
        left: the left report's tokens.
        right: the right report's tokens.
        diffed: the left and right tokens the diff covered.

    Returns:
        The edits as they are and no moves when no clause moved, or when diffing the stretch
        again without the moved clauses would match less of the text around them than the
        diff did (a move must not cost the reader text that read as unchanged).
    """
    whole = widened_to_clauses(edits, left, right, diffed)
    moves = find_clause_moves(edits, whole, left, right)
    if not moves:
        return list(edits), []
    again = edits_without(edits, whole, moves, left, right)
    if again is None:
        return list(edits), []
    return again, moves


def find_clause_moves(
    edits: Sequence[Piece], whole: Sequence[Piece], left: TokenColumns, right: TokenColumns
) -> list[ClauseMove]:
    """The clauses moved between the edits of one diff or within one, in the left's order.

    Args:
        edits: the diff's edits, in order (``edits_of``).
        whole: the same edits widened to whole clauses (``widened_to_clauses``), where the
            clauses are looked for.
        left: the left report's tokens.
        right: the right report's tokens.
    """
    left_clauses = _clauses(whole, left, lambda edit: edit.old)
    if not left_clauses:
        return []
    right_by_words: dict[str, list[tuple[int, Clause]]] = {}
    for right_edit, new, words in _clauses(whole, right, lambda edit: edit.new):
        right_by_words.setdefault(words, []).append((right_edit, new))
    # Clauses, and the sentences around them, are read in the widened edits; whether two
    # edits are one passage moved is told by the edits as diffed.
    candidates = []
    within: dict[int, list[tuple[Clause, Clause]]] = {}  # an edit → the clauses on its sides
    for left_edit, old, words in left_clauses:
        for right_edit, new in right_by_words.get(words, ()):
            if left_edit == right_edit:
                within.setdefault(left_edit, []).append((old, new))
                continue
            if not _in_one_sentence(whole, (left_edit, old), (right_edit, new), left, right):
                continue
            if _passage_moved(edits[left_edit], edits[right_edit], left, right):
                continue
            candidates.append((_similarity(left, old, right, new), old, new))
    candidates.sort(key=lambda c: (-c[0], c[1].words.start, c[2].words.start))
    moves: list[ClauseMove] = []
    for similarity, old, new in candidates:
        if any(_overlap(old.taken, m.old.taken) or _overlap(new.taken, m.new.taken) for m in moves):
            continue
        moves.append(ClauseMove(old, new, similarity))
    for pairs in within.values():
        free = [
            (old, new)
            for old, new in pairs
            if not any(
                _overlap(old.taken, m.old.taken) or _overlap(new.taken, m.new.taken) for m in moves
            )
        ]
        unique = list(dict.fromkeys(free))  # a clause of two figures is found once for each
        moved = swapped_clauses([(old.words, new.words) for old, new in unique], left, right)
        moves.extend(
            ClauseMove(old, new, _similarity(left, old, right, new))
            for old, new in (unique[index] for index in moved)
        )
    moves.sort(key=lambda m: m.old.words.start)
    return moves


def _similarity(left: TokenColumns, old: Clause, right: TokenColumns, new: Clause) -> float:
    """How alike a left clause and a right clause read, 0..1, to three places."""
    return round(
        SequenceMatcher(
            None, keys_text(left, old.words), keys_text(right, new.words), autojunk=False
        ).ratio(),
        3,
    )


def _clauses(
    edits: Sequence[Piece], side: TokenColumns, tokens_of: Callable[[Piece], range]
) -> list[tuple[int, Clause, str]]:
    """Each figure of one side's edits that stands in a whole clause within its edit, with
    enough words beside it: the edit's index, its clause, and the clause's words
    (``_words``)."""
    found = []
    for index, edit in enumerate(edits):
        if edit.is_changed_number:
            continue  # its clause is matched text around it
        tokens = tokens_of(edit)
        for k in tokens:
            if k in side.numbers and (clause := _clause_within(side, k, tokens)) is not None:
                words = _words(side, clause.words, k)
                if len(words) >= MIN_CLAUSE_CHARS:
                    found.append((index, clause, words))
    return found


def _words(side: TokenColumns, found: range, figure: int) -> str:
    """The characters of a clause but its figure and punctuation, sorted: two clauses with
    the same are written alike whatever the order of their words and however they were cut
    into words (``城镇新增就业`` may be one word, ``新增/城镇/就业`` three). Other figures in
    the clause count as written (``2023年`` is not ``2024年``)."""
    return "".join(
        sorted(
            "".join(side.keys[k] for k in found if k != figure and not is_punctuation(side.keys[k]))
        )
    )


def _in_one_sentence(
    edits: Sequence[Piece],
    left_clause: tuple[int, Clause],
    right_clause: tuple[int, Clause],
    left: TokenColumns,
    right: TokenColumns,
) -> bool:
    """Whether a left clause and a right clause (each with the index of the edit that holds
    it) stand in one sentence: on each side, no sentence ends and no paragraph opens between
    the clause and the place of the other edit."""
    (left_edit, old), (right_edit, new) = left_clause, right_clause
    if left_edit < right_edit:  # the clause moved later in the sentence
        left_reach = range(old.words.start, edits[right_edit].old.start)
        right_reach = range(edits[left_edit].new.stop, new.words.stop)
    else:  # earlier
        left_reach = range(edits[right_edit].old.stop, old.words.stop)
        right_reach = range(new.words.start, edits[left_edit].new.start)
    return not ends_a_sentence(left, left_reach) and not ends_a_sentence(right, right_reach)


def edits_without(
    edits: Sequence[Piece],
    whole: Sequence[Piece],
    moves: Sequence[ClauseMove],
    left: TokenColumns,
    right: TokenColumns,
) -> list[Piece] | None:
    """The edits with the moved clauses taken out: the stretch from the first edit that held
    one to the last, each widened to whole clauses (the text that matched between them
    included), is diffed again without them, word by word, each of its edits cut where a
    clause stood. None if its edits leave fewer of the stretch's left tokens unchanged than
    the first diff's did, or, when one edit held every moved clause, none.

    With the crossing clause out of the way, the clauses around it line up again: in the
    example above, 2024's ``；居民消费价格指数`` meets 2026's ``,居民消费价格涨幅``.

    Args:
        edits: the diff's edits, in order.
        whole: the same edits widened to whole clauses (``widened_to_clauses``).
        moves: the clauses moved between them (``find_clause_moves``), at least one.
        left: the left report's tokens.
        right: the right report's tokens.
    """
    touched = [
        index
        for index, edit in enumerate(whole)
        if any(_overlap(edit.old, m.old.taken) or _overlap(edit.new, m.new.taken) for m in moves)
    ]
    first, last = whole[touched[0]], whole[touched[-1]]
    stretch = range(first.old.start, last.old.stop)
    matched = len(stretch) - sum(len(e.old) for e in edits[touched[0] : touched[-1] + 1])
    # The diff matched text between two edits holding a move's ends, or a clause crossed by
    # the moved one stays in its edit: neither side is left empty.
    old = _without(stretch, [m.old.taken for m in moves])
    new = _without(range(first.new.start, last.new.stop), [m.new.taken for m in moves])
    again = diff_with_gaps(old, new, left, right)
    kept = len(old) - sum(len(piece.old) for piece in again)
    # Clauses swapped within one edit: moved only if what is left then matches.
    if kept < matched or (len(touched) == 1 and not kept):
        return None
    return [*edits[: touched[0]], *again, *edits[touched[-1] + 1 :]]


def _clause_within(side: TokenColumns, index: int, edit: range) -> Clause | None:
    """The clause around the figure at ``index``, if it lies whole within ``edit``; else
    None. A clause is bounded by clause marks and by its paragraph. The list's comma or
    semicolon before it goes with it when the edit holds that one, else the one after it
    when the edit holds that (``_CARRIED_MARKS``)."""
    words = clause_span(side, index, edit)
    start, stop = words.start, words.stop
    opens = start == 0 or side.opens_paragraph(start)
    closes = stop == len(side.keys) or side.opens_paragraph(stop)
    if not (opens or side.keys[start - 1] in CLAUSE_MARKS):
        return None
    if not (closes or side.keys[stop] in CLAUSE_MARKS):
        return None
    if not opens and start > edit.start and side.keys[start - 1] in _CARRIED_MARKS:
        return Clause(words, range(start - 1, stop))
    if not closes and stop < edit.stop and side.keys[stop] in _CARRIED_MARKS:
        return Clause(words, range(start, stop + 1))
    return Clause(words, words)


def _passage_moved(
    removal: Piece, addition: Piece, left: TokenColumns, right: TokenColumns
) -> bool:
    """Whether two edits are a removal and an insertion that ``find_moves`` links as one
    passage moved (a paragraph moved within its area): the clauses in it moved with it."""
    if removal.new or addition.old:
        return False
    old, new = keys_text(left, removal.old), keys_text(right, addition.new)
    return (
        min(len(old), len(new)) >= MIN_MOVE_CHARS
        and move_similarity(old, new) >= MIN_MOVE_SIMILARITY
    )


def _overlap(first: range, second: range) -> bool:
    return first.start < second.stop and second.start < first.stop


def _without(found: range, taken: Sequence[range]) -> list[int]:
    """The indices of ``found`` outside every range ``taken``."""
    return [k for k in found if not any(k in t for t in taken)]
