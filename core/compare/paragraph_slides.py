"""Sliding an inserted or deleted run of words to where it stands as whole paragraphs.

A run deleted between two equal runs can often stand a few words earlier or later with the
same diff: after a sentence ending in ``。``, deleting ``。深化京长对口合作…合作`` is the same
edit as deleting ``深化京长对口合作…合作。``. The matcher keeps the first it finds; a reader,
and a move linked from the run, wants the paragraph itself, its own final punctuation included
and nothing of its neighbour. Such a run is slid, within the equal runs around it, to start
where a paragraph starts (else to end where one ends); a run that fits no better stays.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from core.compare.worddiff import DELETE, EQUAL, INSERT, DiffChunk


def slide_to_paragraphs(
    chunks: Sequence[DiffChunk],
    first: Sequence[str],
    second: Sequence[str],
    first_starts: Set[int],
    second_starts: Set[int],
) -> list[DiffChunk]:
    """The diff with each insertion and deletion slid to the paragraph bounds it can reach.

    Args:
        chunks: a diff of ``first`` against ``second`` covering both.
        first: the keys of the first sequence's tokens.
        second: the keys of the second's.
        first_starts: the indices of the first sequence's tokens that open a paragraph (its
            length too, if its end closes one).
        second_starts: likewise for the second.

    Returns:
        The same edits, some at other places among equal runs of the same keys.
    """
    result = list(chunks)
    for index, chunk in enumerate(result):
        if chunk.tag not in (DELETE, INSERT):
            continue
        before = result[index - 1] if index > 0 and result[index - 1].tag == EQUAL else None
        after = result[index + 1] if index + 1 < len(result) else None
        after = after if after is not None and after.tag == EQUAL else None
        deletion = chunk.tag == DELETE
        own, other = (first, second) if deletion else (second, first)
        starts = first_starts if deletion else second_starts
        low, high = (chunk.a_start, chunk.a_end) if deletion else (chunk.b_start, chunk.b_end)
        place = chunk.b_start if deletion else chunk.a_start
        # An equal run next to the edit keeps at least one token: the edit never joins another.
        room_before = _room(before)
        room_after = _room(after)
        shift = _best_shift(own, other, (low, high, place), (room_before, room_after), starts)
        if shift == 0:
            continue
        assert before is not None or shift > 0
        assert after is not None or shift < 0
        if before is not None:
            result[index - 1] = DiffChunk(
                EQUAL, before.a_start, before.a_end + shift, before.b_start, before.b_end + shift
            )
        result[index] = DiffChunk(
            chunk.tag,
            chunk.a_start + shift,
            chunk.a_end + shift,
            chunk.b_start + shift,
            chunk.b_end + shift,
        )
        if after is not None:
            result[index + 1] = DiffChunk(
                EQUAL, after.a_start + shift, after.a_end, after.b_start + shift, after.b_end
            )
    return result


def _room(neighbour: DiffChunk | None) -> int:
    """How many tokens an equal run beside an edit can give it: all but one, and none when
    the run is one text cut into other words on each side (not token for token)."""
    if neighbour is None:
        return 0
    size = neighbour.a_end - neighbour.a_start
    return size - 1 if size == neighbour.b_end - neighbour.b_start else 0


def _best_shift(
    own: Sequence[str],
    other: Sequence[str],
    edit: tuple[int, int, int],
    room: tuple[int, int],
    starts: Set[int],
) -> int:
    """How far an edit slides (negative: earlier) to open (else close) a paragraph, the least
    distance first; 0 when it stands best where it is.

    ``edit`` is the run ``own[low:high]`` and its place in ``other``; ``room`` how many tokens
    the equal runs before and after it can give."""
    low, high, place = edit
    room_before, room_after = room
    shifts = [0]
    step = 1
    while (
        step <= room_before
        and own[low - step] == own[high - step]
        and own[low - step] == other[place - step]
    ):
        shifts.append(-step)
        step += 1
    step = 1
    while (
        step <= room_after
        and own[low + step - 1] == own[high + step - 1]
        and own[high + step - 1] == other[place + step - 1]
    ):
        shifts.append(step)
        step += 1
    return max(shifts, key=lambda s: (low + s in starts, high + s in starts, -abs(s), s))
