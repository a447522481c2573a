"""Word-level diff of two token sequences, cleaned up so that changes read as whole phrases.

The diff runs ``difflib.SequenceMatcher`` (autojunk off: in Chinese prose the most frequent
tokens, ``的`` and ``，``, are exactly the ones that must still match) on integer ids of the
tokens' keys. A raw diff of rewritten prose is shredded by chance matches of common words;
like diff-match-patch's semantic cleanup, an equal run no longer than the edits on both sides
of it is folded into them, so a rewritten sentence is one replacement, while a single changed
word between long equal runs stays a single word.

Long runs (two editions' areas, a few thousand tokens) are diffed sentence by sentence first,
as a line diff would: sentences equal on both sides stand, and only the stretches between them
are diffed word by word. The matcher's cost grows with the square of how often common tokens
recur in what it is given, and two editions of a report differ in a few sentences.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

SENTENCE_FIRST = 200
"""Sequences of at least this many tokens on both sides are diffed sentence by sentence first."""

_SENTENCE_END_KEYS = frozenset("。;!?；！？")  # folded keys, or as read when layout shows

EQUAL = "equal"
REPLACE = "replace"
DELETE = "delete"
INSERT = "insert"


@dataclass(frozen=True)
class DiffChunk:
    """A run of one diff operation over token indices, half-open on both sides.

    Attributes:
        tag: ``equal``, ``replace``, ``delete`` or ``insert``.
        a_start, a_end: token range in the first sequence.
        b_start, b_end: token range in the second sequence.
    """

    tag: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def raw_diff(first: Sequence[str], second: Sequence[str]) -> list[DiffChunk]:
    """The diff of two key sequences as chunks covering both, before cleanup.

    Runs of at least ``SENTENCE_FIRST`` tokens are diffed sentence by sentence first, as a
    line diff would, and word by word only between the sentences that stand (see the module's
    docstring).
    """
    if first == second:  # an unchanged paragraph: what the matcher would find, at once
        return [DiffChunk(EQUAL, 0, len(first), 0, len(second))] if first else []
    # The keys themselves are matched: their hashes are kept with them, so numbering them
    # first would only cost a pass.
    if len(first) < SENTENCE_FIRST or len(second) < SENTENCE_FIRST:
        return _token_diff(first, second, 0, 0)
    chunks: list[DiffChunk] = []
    for stretch in _sentence_stretches(first, second):
        if stretch.tag != REPLACE:  # equal, or one side empty: nothing to match inside
            chunks.append(stretch)
        else:
            a_part = first[stretch.a_start : stretch.a_end]
            b_part = second[stretch.b_start : stretch.b_end]
            chunks.extend(_token_diff(a_part, b_part, stretch.a_start, stretch.b_start))
    return _joined_equal_runs(chunks)


def _sentence_stretches(first: Sequence[str], second: Sequence[str]) -> list[DiffChunk]:
    """The two sequences as stretches of sentences equal on both sides and stretches that
    differ, over token indices.

    The sentence matcher weighs a sentence as one, whatever its length: a short sentence it
    keeps can stand between the two halves of a long one moved past it. So an equal stretch no
    longer (in tokens) than the differing stretches on both sides of it is joined to them, as
    ``cleanup`` joins words, and the word diff finds in them what stands.
    """
    a_ends, b_ends = _sentence_ends(first), _sentence_ends(second)
    a_sentences = [tuple(first[start:end]) for start, end in itertools.pairwise(a_ends)]
    b_sentences = [tuple(second[start:end]) for start, end in itertools.pairwise(b_ends)]
    matcher = SequenceMatcher(None, a_sentences, b_sentences, autojunk=False)
    stretches = [
        DiffChunk(tag, a_ends[i1], a_ends[i2], b_ends[j1], b_ends[j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
    # The fold of ``cleanup``, with every token one long: sizes count tokens.
    return cleanup(stretches, range(len(first) + 1), range(len(second) + 1))


def _sentence_ends(keys: Sequence[str]) -> list[int]:
    """0, the index after each sentence's end mark, and the sequence's length."""
    ends = [0]
    ends.extend(index + 1 for index, key in enumerate(keys) if key in _SENTENCE_END_KEYS)
    if ends[-1] != len(keys):
        ends.append(len(keys))
    return ends


def _token_diff(
    a: Sequence[str], b: Sequence[str], a_offset: int, b_offset: int
) -> list[DiffChunk]:
    """The matcher's chunks of ``a`` against ``b``, at indices shifted by the offsets."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [
        DiffChunk(tag, i1 + a_offset, i2 + a_offset, j1 + b_offset, j2 + b_offset)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _joined_equal_runs(chunks: Sequence[DiffChunk]) -> list[DiffChunk]:
    """Neighbouring equal chunks as one, as a single matcher would give them."""
    joined: list[DiffChunk] = []
    for chunk in chunks:
        if joined and chunk.tag == EQUAL and joined[-1].tag == EQUAL:
            last = joined[-1]
            joined[-1] = DiffChunk(EQUAL, last.a_start, chunk.a_end, last.b_start, chunk.b_end)
        else:
            joined.append(chunk)
    return joined


def matched_count(chunks: Sequence[DiffChunk]) -> int:
    """How many tokens of the first sequence are equal in the second."""
    return sum(c.a_end - c.a_start for c in chunks if c.tag == EQUAL)


def running_sums(lengths: Iterable[int]) -> list[int]:
    """0 and the running total of ``lengths``: what ``cleanup`` weighs runs of tokens by."""
    return list(itertools.accumulate(lengths, initial=0))


def cleanup(
    chunks: Sequence[DiffChunk], a_sum: Sequence[int], b_sum: Sequence[int]
) -> list[DiffChunk]:
    """Fold short chance equalities into the edits around them; merge adjacent edits.

    Args:
        chunks: a diff covering both sequences.
        a_sum: the running length of the first sequence's tokens, one more than them:
            ``a_sum[k] - a_sum[i]`` is the length in characters of tokens ``i`` to ``k - 1``.
        b_sum: likewise for the second.
    """

    def edit_size(chunk: DiffChunk) -> int:
        return max(
            a_sum[chunk.a_end] - a_sum[chunk.a_start], b_sum[chunk.b_end] - b_sum[chunk.b_start]
        )

    current = _merge_edits(chunks)
    while True:
        folded = False
        result = list(current)
        for index in range(1, len(current) - 1):
            chunk = current[index]
            if chunk.tag != EQUAL:
                continue
            size = a_sum[chunk.a_end] - a_sum[chunk.a_start]
            if size <= edit_size(current[index - 1]) and size <= edit_size(current[index + 1]):
                result[index] = DiffChunk(
                    REPLACE, chunk.a_start, chunk.a_end, chunk.b_start, chunk.b_end
                )
                folded = True
        if not folded:
            return current
        current = _merge_edits(result)


def _merge_edits(chunks: Sequence[DiffChunk]) -> list[DiffChunk]:
    result: list[DiffChunk] = []
    for chunk in chunks:
        if chunk.a_start == chunk.a_end and chunk.b_start == chunk.b_end:
            continue
        if result and result[-1].tag != EQUAL and chunk.tag != EQUAL:
            last = result[-1]
            a_start, b_start = last.a_start, last.b_start
            a_end, b_end = chunk.a_end, chunk.b_end
            result[-1] = DiffChunk(
                _tag(a_start, a_end, b_start, b_end), a_start, a_end, b_start, b_end
            )
        else:
            result.append(chunk)
    return result


def _tag(a_start: int, a_end: int, b_start: int, b_end: int) -> str:
    if a_start == a_end:
        return INSERT
    if b_start == b_end:
        return DELETE
    return REPLACE


def word_diff(
    first: Sequence[str],
    second: Sequence[str],
    a_sum: Sequence[int] | None = None,
    b_sum: Sequence[int] | None = None,
) -> list[DiffChunk]:
    """The cleaned-up diff of two token-key sequences: equal runs and edits, covering both.

    Args:
        first: keys of the first sequence's tokens.
        second: keys of the second's.
        a_sum: running length of the first tokens, as ``cleanup`` takes it (default: of
            the keys).
        b_sum: likewise for the second.
    """
    chunks = raw_diff(first, second)
    a_sums = a_sum if a_sum is not None else running_sums(map(len, first))
    b_sums = b_sum if b_sum is not None else running_sums(map(len, second))
    result = []
    for chunk in cleanup(chunks, a_sums, b_sums):
        if chunk.tag == REPLACE and "".join(first[chunk.a_start : chunk.a_end]) == "".join(
            second[chunk.b_start : chunk.b_end]
        ):
            # The same text cut into different words (jieba is context-sensitive): no change.
            chunk = DiffChunk(EQUAL, chunk.a_start, chunk.a_end, chunk.b_start, chunk.b_end)
        result.append(chunk)
    return result
