"""A rewording that runs over whole paragraphs on one side only: the paragraphs beyond it
removed (added), not reworded into a line.

When an area is split in two, its old heading is reworded into the new second heading and the
paragraphs the first half took with it stand between them on the old side only: the diff reads
``（十一）着力保障和改善民生…。 突出就业优先导向…。 办好人民满意的教育…。`` →
``（十二）着力健全社会保障…。``, two long paragraphs reworded into one heading. A reader sees
a heading renamed and two paragraphs gone (and, when they stand in the new first half, moved
there: a removal can be linked to the addition it matches, a rewording cannot). An edit whose
one side runs over several paragraphs, the other within one line (``LINE``) and less than half
as long, is cut at the long side's paragraph openings: the piece most alike the short side (by
bigrams; of equals, the first; not one alike in less than ``MIN_LIKENESS``) stays the
rewording, those before and after it are a removal (an addition) each.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from core.compare.changed_figures import Piece, TokenColumns, keys_text
from core.compare.similarity import bigrams, dice

LONGER = 2
"""How many times longer than the short side the long side must be to be cut."""
LINE = 40
"""The most characters of the short side: a heading or a few words, not a paragraph (two
paragraphs of one report share enough stock words to look alike)."""
MIN_LIKENESS = 0.08
"""The least bigram likeness of the piece kept as the rewording to the short side: below it
the short side is no rewording of any piece (a page mark against a lost page), and the edit
stays whole."""


def paragraphs_split_off(
    edits: Sequence[Piece], left: TokenColumns, right: TokenColumns
) -> list[Piece]:
    """``edits`` with each rewording of several paragraphs into (or from) a shorter stretch of
    one cut at the paragraphs: the most alike reworded, the others removed (added).

    Args:
        edits: the edits, in order.
        left: the left report's tokens.
        right: the right report's tokens.
    """
    result: list[Piece] = []
    for edit in edits:
        old, new, is_changed_number = edit
        if is_changed_number or not old or not new:
            result.append(edit)
            continue
        old_cuts, new_cuts = _cut_points(left, old), _cut_points(right, new)
        if old_cuts and not new_cuts:
            result.extend(_split(left, old, old_cuts, right, new, removed=True))
        elif new_cuts and not old_cuts:
            result.extend(_split(right, new, new_cuts, left, old, removed=False))
        else:
            result.append(edit)
    return result


def _cut_points(side: TokenColumns, tokens: range) -> list[int]:
    """The tokens of ``tokens``, but the first, that open a paragraph."""
    return [k for k in tokens[1:] if side.opens_paragraph(k)]


def _split(
    side: TokenColumns,
    tokens: range,
    cuts: Sequence[int],
    other: TokenColumns,
    words: range,
    *,
    removed: bool,
) -> list[Piece]:
    """The edit of ``tokens`` (several paragraphs) against ``words`` cut, as pieces in order;
    ``removed`` when the long side is the left one."""
    whole = [Piece(tokens, words, False) if removed else Piece(words, tokens, False)]
    short = keys_text(other, words)
    if len(short) > LINE or (
        LONGER * len(short) > side.key_sums[tokens.stop] - side.key_sums[tokens.start]
    ):
        return whole
    bounds = [tokens.start, *cuts, tokens.stop]
    pieces = [range(a, b) for a, b in itertools.pairwise(bounds)]
    short_grams = frozenset(bigrams(short))
    chosen: tuple[float, range, int] | None = None  # likeness, piece, tokens carried
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        shift = 0 if last else _carried(side, piece, tokens.stop, other, words.stop)
        if (index and not side.opens_paragraph(tokens.start)) or not (
            last or _ends_paragraph(side, tokens.stop + shift)
        ):
            continue  # a piece removed before or after it would not be whole paragraphs
        likeness = dice(frozenset(bigrams(keys_text(side, piece))), short_grams)
        if chosen is None or likeness > chosen[0]:
            chosen = likeness, piece, shift
    if chosen is None or chosen[0] < MIN_LIKENESS:
        return whole
    _, kept, shift = chosen
    before = range(tokens.start, kept.start)
    after = range(kept.stop, tokens.stop + shift)
    cut = [
        (before, range(words.start, words.start)),
        (range(kept.start, kept.stop - shift), words),
        (after, range(words.stop + shift, words.stop + shift)),
    ]
    return [
        Piece(long, short_side, False) if removed else Piece(short_side, long, False)
        for long, short_side in cut
        if long
    ]


def _ends_paragraph(side: TokenColumns, index: int) -> bool:
    """Whether a paragraph ends before the token at ``index`` (or the text ends)."""
    return index == len(side.keys) or side.opens_paragraph(index)


def _carried(side: TokenColumns, kept: range, end: int, other: TokenColumns, at: int) -> int:
    """How many of the kept piece's last tokens read as the tokens matched after the edit on
    both sides (``end`` on the long side, ``at`` on the short one): a heading's ``。`` matched
    with the last removed paragraph's. The kept piece gives them up to the match, and the
    removed paragraphs end whole."""
    count = 0
    while (
        count < len(kept) - 1
        and end + count < len(side.keys)
        and at + count < len(other.keys)
        and side.keys[kept.stop - 1 - count] == side.keys[end + count] == other.keys[at + count]
        and not side.opens_paragraph(end + count)
    ):
        count += 1
    return count
