"""A clause put in (or taken out) beside a reworded one: an addition and a rewording, not one
rewording of both.

jieba keeps a long name whole (``居民消费价格指数``), so when a target is put in before a
reworded neighbour, ``城镇新增就业4.3万人；居民消费价格指数控制在3%左右`` →
``城镇新增就业4.3万人；粮食产量稳定在20亿斤以上；居民消费价格涨幅控制在3%左右``, the diff
finds no word of the old name in the new one and reads ``居民消费价格指数`` →
``粮食产量稳定在20亿斤以上；居民消费价格涨幅``: the new target is hidden in a rewording and
nothing counts as added. An edit whose one side holds clause marks and whose other holds none
is cut at them when the words beyond the last mark (before the first), within one sentence,
begin or end alike with the other side (at least ``MIN_SHARED`` characters) and the clauses
stand whole on both sides: those clauses are an addition (a removal) of their own, and what is
left is the rewording. A sentence added after a reworded one (``下达任务。`` →
``下达的目标任务。围绕上述目标，重点抓好…：``) stays one rewording: what would be left
reworded runs over two sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.compare.changed_figures import SENTENCE_ENDS, Piece, TokenColumns, keys_text
from core.compare.clause_edges import closes_clause, opens_clause

MIN_SHARED = 2
"""The fewest characters the rest and the other side must begin or end with alike."""
_MARKS = frozenset(",，;；")
_SENTENCE_MARKS = SENTENCE_ENDS | frozenset(":：")


def clauses_split_off(
    edits: Sequence[Piece], left: TokenColumns, right: TokenColumns
) -> list[Piece]:
    """``edits`` with each rewording that holds whole clauses on one side only cut in two:
    those clauses added (removed), and the rest reworded.

    Args:
        edits: the edits, in order.
        left: the left report's tokens.
        right: the right report's tokens.
    """
    return [piece for edit in edits for piece in _split(edit, left, right)]


def _split(edit: Piece, left: TokenColumns, right: TokenColumns) -> list[Piece]:
    old, new, is_changed_number = edit
    if is_changed_number or not old or not new:
        return [edit]
    old_marks = [k for k in old if left.keys[k] in _MARKS]
    new_marks = [k for k in new if right.keys[k] in _MARKS]
    if bool(old_marks) == bool(new_marks):
        return [edit]
    marked, tokens, marks, other, words = (
        (right, new, new_marks, left, old) if new_marks else (left, old, old_marks, right, new)
    )
    cut = _cut(marked, tokens, marks, other, words)
    if cut is None:
        return [edit]
    clauses, rest, first = cut
    at = words.start if first else words.stop
    if new_marks:  # clauses added, the rest reworded
        pieces = [Piece(range(at, at), clauses, False), Piece(words, rest, False)]
    else:  # clauses removed
        pieces = [Piece(clauses, range(at, at), False), Piece(rest, words, False)]
    return pieces if first else pieces[::-1]


def _cut(
    side: TokenColumns, tokens: range, marks: Sequence[int], other: TokenColumns, words: range
) -> tuple[range, range, bool] | None:
    """Where the edit's ``tokens`` on the side with clause marks ``marks`` are cut: the whole
    clauses, the rest reworded as ``words`` of the other side, and whether the clauses come
    first; None when they are not cut."""
    said = keys_text(other, words)
    last = marks[-1] + 1
    if (
        last < tokens.stop
        and opens_clause(side, tokens.start)
        and opens_clause(other, words.start)
        and _alike_at_an_end(keys_text(side, range(last, tokens.stop)), said)
    ):
        return range(tokens.start, last), range(last, tokens.stop), True
    first = marks[0]
    if (
        first > tokens.start
        and closes_clause(side, tokens.stop)
        and closes_clause(other, words.stop)
        and _alike_at_an_end(keys_text(side, range(tokens.start, first)), said)
    ):
        return range(first, tokens.stop), range(tokens.start, first), False
    return None


def _alike_at_an_end(rest: str, said: str) -> bool:
    """Whether the rest of a cut side, within one sentence, and what the other side says
    begin, or end, with the same ``MIN_SHARED`` characters."""
    if any(ch in _SENTENCE_MARKS for ch in rest):
        return False
    return len(rest) >= MIN_SHARED <= len(said) and (
        rest[:MIN_SHARED] == said[:MIN_SHARED] or rest[-MIN_SHARED:] == said[-MIN_SHARED:]
    )
