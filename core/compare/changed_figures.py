"""What a changed number is, and cutting a replacement at the changed numbers it holds.

A *changed number* is a figure whose indicator stays while its value changes: in
``居民消费价格指数控制在3%左右`` → ``居民消费价格涨幅控制在2%左右`` the figure ``3%左右`` became
``2%左右`` and the words around it still name the same indicator. Precisely, a figure of the
left side and a figure of the right side are one changed number when

1. the diff of the two sides, with every figure read as the same word, pairs them (they stand
   at the same place among the words that match);
2. their values differ, qualifier included (``4.3万人`` → ``4.3万人以上`` is a change;
   ``4.3万人`` → ``43000人`` or ``5％`` → ``5.0%`` is the same value written otherwise, a
   rewording);
3. their clauses agree: the words of the clause around each figure (from the clause mark
   before it, ``，；。：！？``, to the one after it, other figures read as one word) share at least
   ``INDICATOR_LIKENESS`` of their characters. ``一般公共预算收入增长3%`` →
   ``服务业增加值增长5%`` changes the indicator: it is a rewrite, not a changed number, though
   its figures are still shown as figures inside it.

The word diff folds short equal runs into the edits around them, so a paragraph rewritten
around its targets comes out as one long replacement with the targets inside. Such a
replacement is cut at its changed numbers: each is a change of its own, a one-figure
replacement, and what lies between them is diffed again word by word, so an indicator that
stayed reads as equal text and a clause that was rewritten reads as a replacement of its own.
A change is counted as a changed number only when it is such a figure, alone: a replacement
of many words is a rewording whatever figures it holds.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple, Protocol

from core.compare.worddiff import EQUAL, DiffChunk, word_diff
from core.numbers.values import find_figures, without_multiplier

# Share of the characters of a figure's clause, left and right, that must match for the two
# figures to count the same indicator (difflib's ratio).
INDICATOR_LIKENESS = 0.6
# How many tokens on each side of a figure its clause reaches at most.
CLAUSE_REACH = 16
# Keys that end a clause, of either width (keys are folded unless layout is shown).
CLAUSE_MARKS = frozenset(",，;；。:：!！?？")
# Keys that end a sentence, of either width.
SENTENCE_ENDS = frozenset("。｡!?！？")
# What every figure is matched as when the two sides are aligned around their figures.
_ANY_FIGURE = "\x00figure"


class TokenColumns(Protocol):
    """One report's diff tokens as a comparison keeps them (``SideTokens``)."""

    @property
    def keys(self) -> Sequence[str]:
        """Each token's matching key."""

    @property
    def numbers(self) -> frozenset[int]:
        """The indices of the tokens that are figures."""

    @property
    def show_layout(self) -> bool:
        """Whether the keys keep spaces, line breaks and the widths of marks."""

    @property
    def key_sums(self) -> Sequence[int]:
        """0 and the running length of the keys."""

    def opens_paragraph(self, index: int) -> bool:
        """Whether the token at ``index`` is the first of its paragraph."""


class Piece(NamedTuple):
    """One change cut from a replacement: its left and right tokens, and whether it is a
    changed number."""

    old: range
    new: range
    is_changed_number: bool


def cut_at_changed_figures(
    left: TokenColumns, old: range, right: TokenColumns, new: range
) -> list[Piece]:
    """The changes a replacement of the left tokens ``old`` by the right tokens ``new`` is
    read as: each changed number it holds on its own, the edits between them, in order.

    Args:
        left: the left report's tokens.
        old: the left tokens replaced (may be empty: an insertion).
        right: the right report's tokens.
        new: the right tokens put in their place (may be empty: a deletion).

    A replacement without a changed number is one piece, as it is; so is one of the same
    words set apart (tokens that keep layout read ``4.3`` and ``万人`` apart across a line
    broken inside the figure ``4.3万人``: a break of the line, no changed number).
    """
    if not old or not new or alike_but_setting(left, old, right, new):
        return [_trimmed(left, old, right, new)]
    anchors = _changed_figure_pairs(left, old, right, new)
    if not anchors:
        return [_trimmed(left, old, right, new)]
    pieces: list[Piece] = []
    a_from, b_from = old.start, new.start
    for a_figure, b_figure in anchors:
        pieces.extend(_edits_between(left, range(a_from, a_figure), right, range(b_from, b_figure)))
        pieces.append(Piece(range(a_figure, a_figure + 1), range(b_figure, b_figure + 1), True))
        a_from, b_from = a_figure + 1, b_figure + 1
    pieces.extend(_edits_between(left, range(a_from, old.stop), right, range(b_from, new.stop)))
    return _words_of_figures_joined(pieces, left, right)


def alike_but_setting(left: TokenColumns, old: range, right: TokenColumns, new: range) -> bool:
    """Whether the two sides' words are the same but for the spaces and line breaks between
    them and the widths of their marks: a difference of setting (tokens that keep layout hold
    spaces; a line broken inside a figure reads it as two tokens in any mode)."""
    if not old or not new:
        return False
    if not (left.show_layout or right.show_layout) and (
        left.key_sums[old.stop] - left.key_sums[old.start]
        != right.key_sums[new.stop] - right.key_sums[new.start]
    ):
        return False  # keys without layout are folded already: alike only at one length
    return _folded(keys_text(left, old)) == _folded(keys_text(right, new))


def _words_of_figures_joined(
    pieces: Sequence[Piece], left: TokenColumns, right: TokenColumns
) -> list[Piece]:
    """The pieces with an insertion or deletion beside a changed number joined to it when
    its words are part of the other side's figure token: jieba keeps ``增加一倍`` one word,
    so ``增加一倍`` → ``增加50%`` is the one changed number ``增加一倍`` → ``增加50%``, not
    ``增加`` inserted beside ``增加一倍`` → ``50%``."""
    joined: list[Piece] = []
    for piece in pieces:
        before = joined[-1] if joined else None
        if before is not None and (
            _joins(before, piece, left, right, before_figure=True)
            or _joins(piece, before, left, right, before_figure=False)
        ):
            old = range(before.old.start, piece.old.stop)
            new = range(before.new.start, piece.new.stop)
            joined[-1] = Piece(old, new, not alike_but_setting(left, old, right, new))
        else:
            joined.append(piece)
    return joined


def _joins(
    edit: Piece, figure: Piece, left: TokenColumns, right: TokenColumns, *, before_figure: bool
) -> bool:
    """Whether ``edit``, an insertion or deletion right before (or after) the changed
    number ``figure``, holds words the other side's figure token begins (or ends) with."""
    if edit.is_changed_number or not figure.is_changed_number or (edit.old and edit.new):
        return False
    if before_figure:
        if edit.old.stop != figure.old.start or edit.new.stop != figure.new.start:
            return False
    elif figure.old.stop != edit.old.start or figure.new.stop != edit.new.start:
        return False
    if edit.new:  # inserted on the right: words of the left figure
        words = keys_text(right, edit.new)
        token = left.keys[figure.old.start if before_figure else figure.old.stop - 1]
    else:
        words = keys_text(left, edit.old)
        token = right.keys[figure.new.start if before_figure else figure.new.stop - 1]
    if not words or len(words) >= len(token):
        return False
    return token.startswith(words) if before_figure else token.endswith(words)


def _changed_figure_pairs(
    left: TokenColumns, old: range, right: TokenColumns, new: range
) -> list[tuple[int, int]]:
    """The (left, right) token indices of the changed numbers in a replacement, in order."""
    left_figures = [i for i in old if i in left.numbers]
    right_figures = [j for j in new if j in right.numbers]
    if not left_figures or not right_figures:
        return []
    matcher = SequenceMatcher(
        None, _figures_alike(left, old), _figures_alike(right, new), autojunk=False
    )
    pairs = []
    for a_at, b_at, size in matcher.get_matching_blocks():
        for offset in range(size):
            i, j = old.start + a_at + offset, new.start + b_at + offset
            if (
                i in left.numbers
                and not same_value(left.keys[i], right.keys[j])
                and same_indicator(left, i, right, j)
            ):
                pairs.append((i, j))
    return pairs


def _figures_alike(side: TokenColumns, found: range) -> list[str]:
    """The keys of the tokens ``found``, every figure keyed alike."""
    return [_ANY_FIGURE if i in side.numbers else side.keys[i] for i in found]


def same_indicator(left: TokenColumns, i: int, right: TokenColumns, j: int) -> bool:
    """Whether the left figure at ``i`` and the right figure at ``j`` count the same
    indicator: the words of their clauses, other figures read alike, share at least
    ``INDICATOR_LIKENESS`` of their characters (both clauses empty: nothing but the figure)."""
    left_clause, right_clause = _clause_words(left, i), _clause_words(right, j)
    if not left_clause and not right_clause:
        return True
    likeness = SequenceMatcher(None, left_clause, right_clause, autojunk=False).ratio()
    return likeness >= INDICATOR_LIKENESS


def clause_span(side: TokenColumns, index: int, within: range) -> range:
    """The tokens of the clause around the figure at ``index``, as far as ``within``
    reaches: from after the clause mark before it (or its paragraph's opening) to before the
    one after it (or the next paragraph's)."""
    start = index
    while (
        start > within.start
        and side.keys[start - 1] not in CLAUSE_MARKS
        and not side.opens_paragraph(start)
    ):
        start -= 1
    stop = index + 1
    while (
        stop < within.stop
        and side.keys[stop] not in CLAUSE_MARKS
        and not side.opens_paragraph(stop)
    ):
        stop += 1
    return range(start, stop)


def _clause_words(side: TokenColumns, index: int) -> str:
    """The words of the clause around the figure at ``index`` (``CLAUSE_REACH`` tokens each
    way at most), without it; other figures as ``#``. A clause ends at a clause mark and at
    its paragraph's ends (a heading's words before a paragraph's first target are not the
    target's)."""
    reach = range(max(0, index - CLAUSE_REACH), min(len(side.keys), index + 1 + CLAUSE_REACH))
    return "".join(
        "#" if k in side.numbers else side.keys[k]
        for k in clause_span(side, index, reach)
        if k != index
    )


def word_diff_between(
    left: TokenColumns, old: range, right: TokenColumns, new: range
) -> list[DiffChunk]:
    """The word diff (``word_diff``) of the left tokens ``old`` against the right tokens
    ``new``; its chunks count from the ranges' starts."""
    return word_diff(
        left.keys[old.start : old.stop],
        right.keys[new.start : new.stop],
        left.key_sums[old.start : old.stop + 1],
        right.key_sums[new.start : new.stop + 1],
    )


def _edits_between(left: TokenColumns, old: range, right: TokenColumns, new: range) -> list[Piece]:
    """The edits of a stretch beside changed numbers (between two, or between one and an end
    of the replacement), diffed again word by word."""
    if not old and not new:
        return []
    if not old or not new:
        return [Piece(old, new, False)]
    chunks = word_diff_between(left, old, right, new)
    return [
        _trimmed(
            left,
            range(old.start + c.a_start, old.start + c.a_end),
            right,
            range(new.start + c.b_start, new.start + c.b_end),
        )
        for c in chunks
        if c.tag != EQUAL
    ]


def _trimmed(left: TokenColumns, old: range, right: TokenColumns, new: range) -> Piece:
    """An edit without the punctuation it opens or closes with on both sides alike
    (``；城镇…；`` → ``；城乡…；`` is ``城镇…`` → ``城乡…``): a change's ends are words."""
    start, a_stop, b_start, b_stop = old.start, old.stop, new.start, new.stop
    while (
        start < a_stop - 1
        and b_start < b_stop - 1
        and left.keys[start] == right.keys[b_start]
        and is_punctuation(left.keys[start])
    ):
        start, b_start = start + 1, b_start + 1
    while (
        start < a_stop - 1
        and b_start < b_stop - 1
        and left.keys[a_stop - 1] == right.keys[b_stop - 1]
        and is_punctuation(left.keys[a_stop - 1])
    ):
        a_stop, b_stop = a_stop - 1, b_stop - 1
    return Piece(range(start, a_stop), range(b_start, b_stop), False)


def ends_a_sentence(side: TokenColumns, found: range) -> bool:
    """Whether a sentence ends among the tokens ``found``, or a paragraph opens after the
    first."""
    return any(side.keys[k] in SENTENCE_ENDS for k in found) or any(
        side.opens_paragraph(k) for k in range(found.start + 1, found.stop)
    )


def keys_text(side: TokenColumns, found: range) -> str:
    """The keys of the tokens ``found``, as one text."""
    return "".join(side.keys[k] for k in found)


def is_punctuation(key: str) -> bool:
    """Whether a token's key is punctuation alone (and not empty)."""
    return bool(key) and all(unicodedata.category(ch).startswith("P") for ch in key)


def same_value(left_key: str, right_key: str) -> bool:
    """Whether two figures' tokens state one value: written alike, widths folded
    (``5％以上`` is ``5%以上``, which the tokens keep when they show layout), or read as the
    same number, range, unit and qualifier (``4.3万人`` is ``43000人``, ``6%左右``
    ``6.0%左右``)."""
    left_figure, right_figure = _folded(left_key), _folded(right_key)
    if left_figure == right_figure:
        return True
    reading = _reading(left_figure)
    return reading is not None and reading == _reading(right_figure)


def _folded(key: str) -> str:
    """``key`` with widths folded and no spaces or line breaks."""
    return "".join(unicodedata.normalize("NFKC", key).split())


@lru_cache(maxsize=4096)
def _reading(figure: str) -> tuple[float, float | None, str, str | None] | None:
    """A figure token's value, upper value, unit and qualifier, ``万`` and ``亿`` folded
    into the value (``4.3万人`` reads 43000 人); None unless the whole token is one figure,
    read (``120亿``, whose bare 亿 the reading does not take, or ``近三成``, is compared as
    written)."""
    found = find_figures(figure)
    if len(found) != 1:
        return None
    read = found[0]
    if read.value is None or read.start != 0 or read.end != len(figure):
        return None  # words or a unit the reading leaves out (近, 增加, 亿, ‰): as written
    value, unit = without_multiplier(read.value, read.unit)
    value_max = None if read.value_max is None else without_multiplier(read.value_max, read.unit)[0]
    return value, value_max, unit, read.qualifier
