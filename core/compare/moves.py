"""Moves: a passage removed in one place and inserted, exactly or nearly, in another.

A move shown wrongly costs the reader's trust, so a removed and an inserted passage are linked
only when both are long enough to mean something (``MIN_MOVE_CHARS``) and nearly the same
text: their character bigrams (Dice) and their character sequences (``SequenceMatcher``
ratio) must both reach ``MIN_MOVE_SIMILARITY``. Shorter ones are linked only as the same
words found once in each report (``_short_moves``). Two passages that share a stock phrase but say
different things (``持续推进国企改革…`` / ``持续推进财税改革…``) stay a removal and an insertion.
Whether a linked passage really moved, and what changed inside it, is settled afterwards
(``core.compare.moved_passages``).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence, Set
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from core.compare.diff_tokens import fold_key
from core.compare.records import Change, ChangeKind
from core.compare.similarity import bigrams, dice

MIN_MOVE_CHARS = 20
MIN_MOVE_SIMILARITY = 0.8
MIN_EXACT_MOVE_CHARS = 8
"""A passage shorter than ``MIN_MOVE_CHARS`` is moved only when it is written alike on both
sides, holds at least this many characters but punctuation, and is found once in each report
(``_short_moves``)."""
_REMOVALS = (ChangeKind.DELETED, ChangeKind.REMOVED_SECTION)
_ADDITIONS = (ChangeKind.INSERTED, ChangeKind.ADDED_SECTION)


def move_similarity(first: str, second: str) -> float:
    """How nearly two passages are the same text, 0..1 (folded: width and spaces ignored).

    Args:
        first: one passage.
        second: the other.
    """
    a, b = fold_key(first), fold_key(second)
    return _similarity(a, _grams(a), b, _grams(b))


@lru_cache(maxsize=512)
def _grams(folded: str) -> frozenset[str]:
    """A folded passage's bigrams, kept: a passage removed or added in one comparison is
    often removed or added again when one of its reports is compared with another."""
    return frozenset(bigrams(folded))


def forget_grams() -> None:
    """Drop the kept bigrams of moved passages."""
    _grams.cache_clear()


def _similarity(a: str, a_grams: Set[str], b: str, b_grams: Set[str]) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if min(len(a), len(b)) / max(len(a), len(b)) < MIN_MOVE_SIMILARITY:
        return 0.0
    grams = dice(a_grams, b_grams)
    if grams < MIN_MOVE_SIMILARITY:
        return grams
    return min(grams, SequenceMatcher(None, a, b, autojunk=False).ratio())


def find_moves(changes: Sequence[Change], left_text: str, right_text: str) -> list[Change]:
    """Replace each removal/insertion pair that is one passage moved by a single ``moved`` change.

    Args:
        changes: changes in reading order.
        left_text: the left report's text (changes' left spans point into it).
        right_text: the right report's text.

    Returns:
        The changes with moves linked: a move takes the place of its removal, its insertion is
        dropped; its left span is the old place, its right span the new place.
    """
    removals = [
        (index, fold_key(left_text[c.left_start : c.left_end]))
        for index, c in enumerate(changes)
        if c.kind in _REMOVALS
    ]
    additions = [
        (index, fold_key(right_text[c.right_start : c.right_end]))
        for index, c in enumerate(changes)
        if c.kind in _ADDITIONS
    ]
    candidates = _move_candidates(removals, additions)
    short = _short_moves(changes, removals, additions, left_text, right_text)
    candidates += short
    short_removals = {removed_index for _, removed_index, _ in short}
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    result: list[Change | None] = list(changes)
    used: set[int] = set()
    move_id = 0
    for similarity, removed_index, added_index in candidates:
        if removed_index in used or added_index in used:
            continue
        used.update((removed_index, added_index))
        removed, added = changes[removed_index], changes[added_index]
        left_start, left_end = removed.left_start, removed.left_end
        right_start, right_end = added.right_start, added.right_end
        if removed_index in short_removals:  # its words, whatever marks the diff cut with them
            left_start, left_end = _words_span(left_text, left_start, left_end)
            right_start, right_end = _words_span(right_text, right_start, right_end)
        result[removed_index] = replace(
            removed,
            kind=ChangeKind.MOVED,
            left_start=left_start,
            left_end=left_end,
            right_start=right_start,
            right_end=right_end,
            right_path=added.right_path,
            numbers_changed=False,
            similarity=round(similarity, 3),
            move_id=move_id,
        )
        result[added_index] = None
        move_id += 1
    return [c for c in result if c is not None]


def _move_candidates(
    removals: Sequence[tuple[int, str]], additions: Sequence[tuple[int, str]]
) -> list[tuple[float, int, int]]:
    """Every removal and addition alike enough to be one passage moved:
    ``(similarity, removal's index, addition's index)``; each passage given folded."""
    removals = [(i, t) for i, t in removals if len(t) >= MIN_MOVE_CHARS]
    # Only passages of nearly the same length can be one moved (_similarity is 0 for the
    # rest), so each removal is set only beside the additions within that length ratio.
    additions = sorted(
        ((i, t) for i, t in additions if len(t) >= MIN_MOVE_CHARS), key=lambda a: len(a[1])
    )
    added_lengths = [len(t) for _, t in additions]
    added_grams = [_grams(t) for _, t in additions]
    removed_grams = [_grams(t) for _, t in removals]
    # A removal shares no more bigrams with one addition than with all of them together. Most
    # of a passage's bigrams are found in some passage of the other side, but rarely enough of
    # them for a move: this bound settles nearly every pair (99 % on the samples) before the
    # pair's own bigrams are compared.
    in_any_addition = frozenset().union(*added_grams)
    # |A ∩ U| as |A| − |A − U|: the difference, mostly small, is quicker to build.
    removed_reach = [len(grams) - len(grams - in_any_addition) for grams in removed_grams]
    candidates = []
    for (removed_index, removed_text), grams, reach in zip(
        removals, removed_grams, removed_reach, strict=True
    ):
        count = len(grams)
        if count and 2 * reach / (count + reach) < MIN_MOVE_SIMILARITY:
            continue  # not even an addition holding just the bigrams within reach
        size = len(removed_text)
        # A character of slack each way: rounding must not drop a pair at the ratio itself.
        low = bisect_left(added_lengths, size * MIN_MOVE_SIMILARITY - 1)
        high = bisect_right(added_lengths, size / MIN_MOVE_SIMILARITY + 1)
        for position in range(low, high):
            other = added_grams[position]
            # Bounds on the pair's Dice rule out the rest; what passes is weighed by
            # _similarity. Passages without bigrams (Latin, figures) skip them: identical
            # ones must still reach _similarity, which knows them as the same text.
            if count and other:
                total = count + len(other)
                if 2 * min(reach, len(other)) / total < MIN_MOVE_SIMILARITY:
                    continue
                if 2 * len(grams & other) / total < MIN_MOVE_SIMILARITY:
                    continue
            added_index, added_text = additions[position]
            similarity = _similarity(removed_text, grams, added_text, other)
            if similarity >= MIN_MOVE_SIMILARITY:
                candidates.append((similarity, removed_index, added_index))
    return candidates


def _short_moves(
    changes: Sequence[Change],
    removals: Sequence[tuple[int, str]],
    additions: Sequence[tuple[int, str]],
    left_text: str,
    right_text: str,
) -> list[tuple[float, int, int]]:
    """Short passages moved: a sentence or list item (``泽州县委、县政府整体入驻丹河新城。``)
    removed in one place and added in another, written alike but for the marks a sentence or
    clause ends with. Too short for a likeness to tell a move from a stock phrase, it moves
    only when its words are found once in each report and once among the removals and the
    additions, and hold at least ``MIN_EXACT_MOVE_CHARS`` characters but punctuation:
    ``(1.0, removal's index, addition's index)``; each passage given folded."""
    added: dict[str, list[int]] = {}
    for index, folded in additions:
        if len(folded) < MIN_MOVE_CHARS:
            added.setdefault(_words_of(folded), []).append(index)
    removed: dict[str, list[int]] = {}
    for index, folded in removals:
        if len(folded) < MIN_MOVE_CHARS:
            removed.setdefault(_words_of(folded), []).append(index)
    moves = []
    for words, (removed_index, *others) in removed.items():
        found = added.get(words)
        if others or not found or len(found) > 1 or _letters(words) < MIN_EXACT_MOVE_CHARS:
            continue
        old, new = changes[removed_index], changes[found[0]]
        old_words = _words_of(left_text[old.left_start : old.left_end])
        new_words = _words_of(right_text[new.right_start : new.right_end])
        if left_text.count(old_words) == 1 and right_text.count(new_words) == 1:
            moves.append((1.0, removed_index, found[0]))
    return moves


def _words_of(passage: str) -> str:
    """A passage without the sentence and clause marks and spacing it opens and closes with."""
    start, end = _words_span(passage, 0, len(passage))
    return passage[start:end]


def _words_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text[start:end]`` without the sentence and clause marks and spacing at
    its ends."""
    while start < end and _is_setting(text[start]):
        start += 1
    while end > start and _is_setting(text[end - 1]):
        end -= 1
    return start, end


def _letters(words: str) -> int:
    """How many characters of ``words`` are not punctuation or spacing."""
    return sum(1 for ch in words if not (ch.isspace() or unicodedata.category(ch).startswith("P")))


# The marks a sentence, clause or list item ends or opens with, in both widths; not the marks
# of a figure (%, ‰) or a name (“”, 《》), which are part of what moved.
_ENDS = frozenset("。，、；：？！…,.;:?!·")


def _is_setting(ch: str) -> bool:
    return ch.isspace() or ch in _ENDS
