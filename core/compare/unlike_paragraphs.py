"""Whole paragraphs reworded into unlike ones: removed and added, not reworded.

Within an area diffed whole, two paragraphs that changed places (``P1 P2 P3 P4`` →
``P4 P2 P3 P1``) stand against each other: the diff keeps the paragraphs between them and reads
``P1 → P4`` and ``P4 → P1``, each a rewording of one paragraph into another that shares no more
than the stock words of the report. A paragraph is reworded only into one alike in bigrams as
much as two paragraphs of a rewritten area must be to be paired (``PARAGRAPH_LIKENESS``); an
edit of whole paragraphs on both sides less alike than that is a removal and an addition, which
can be linked as the move each is. A line on either side (a heading: ``LINE`` characters at
most) stays reworded: a heading renamed is the same heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.compare.changed_figures import Piece, TokenColumns, is_punctuation, keys_text
from core.compare.paragraphs_replaced import LINE
from core.compare.similarity import dice, passage_grams

PARAGRAPH_LIKENESS = 0.3
"""The least bigram Dice of two paragraphs for one to be a rewording of the other (the same
likeness pairs the paragraphs of two rewritten areas)."""


def unlike_paragraphs_apart(
    edits: Sequence[Piece], left: TokenColumns, right: TokenColumns
) -> list[Piece]:
    """``edits`` with each rewording of whole paragraphs into whole paragraphs, longer than a
    line on both sides and less alike than ``PARAGRAPH_LIKENESS``, cut into a removal and an
    addition.

    Args:
        edits: the edits, in order.
        left: the left report's tokens.
        right: the right report's tokens.
    """
    result: list[Piece] = []
    for edit in edits:
        old, new, is_changed_number = edit
        if (
            is_changed_number
            or not old
            or not new
            or not _paragraphs(left, old)
            or not _paragraphs(right, new)
            or dice(_grams(left, old), _grams(right, new)) >= PARAGRAPH_LIKENESS
        ):
            result.append(edit)
            continue
        result.append(Piece(old, range(new.start, new.start), False))
        result.append(Piece(range(old.stop, old.stop), new, False))
    return result


def _paragraphs(side: TokenColumns, tokens: range) -> bool:
    """Whether ``tokens`` are more than a line and whole paragraphs: they open a paragraph and
    run to one's end, but for the punctuation that closes it (which the diff may have matched
    with the other side's)."""
    length = side.key_sums[tokens.stop] - side.key_sums[tokens.start]
    if length <= LINE or not side.opens_paragraph(tokens.start):
        return False
    end = tokens.stop
    while end < len(side.keys) and not side.opens_paragraph(end):
        if not is_punctuation(side.keys[end]):
            return False
        end += 1
    return True


def _grams(side: TokenColumns, tokens: range) -> frozenset[str]:
    return passage_grams(keys_text(side, tokens))
