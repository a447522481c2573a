"""A heading renamed reads as one rewording, not as a few words kept among new ones.

Two rewritten areas' headings are diffed with each other (``areadiff``), and a word diff keeps
whatever words they happen to share: ``（四）着力提升科技创新水平，增强发展新动能。`` against
``（五）坚定不移打好改革创新攻坚战，推动高质量发展动能更加强劲`` read as three edits around
``发展`` and ``动能`` (``着力提升科技创新水平，增强`` → ``坚定不移打好改革创新攻坚战，推动高质量``,
``新`` removed, ``。`` → ``更加强劲``), and ``（二）坚持强产业、促转型，发展劲头更足更强`` against
``一是着力推动产业转型`` as one half reworded and the other removed. A reader sees an area
renamed: when a heading's diff is cut into several edits and keeps little of it
(``renamed_heading``), the heading is one rewording from its first word to its last. A
heading that keeps most of its words (``二、2024年工作安排`` → ``三、2026年工作安排``), or is
edited in one place, keeps its word diff.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from core.compare.changed_figures import is_punctuation
from core.compare.side_tokens import SideTokens
from core.compare.worddiff import EQUAL, DiffChunk

KEPT_SHARE = 0.5
"""Below this share of the shorter heading's words kept, a heading may have been renamed."""

# What a heading's words are counted by: ideographs, and Latin letters and digits (GDP, 5G).
_LETTER = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134fA-Za-z0-9]")
# A heading's marks before its words: Markdown's #, a bullet, a numbering (（五）, (五), 四是,
# 二、, 1., ——), in any order.
_NUMBERING = re.compile(
    r"(?:\s|#+|[●•◆■▲★]|[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+[、是]"
    r"|[0-9]+[.．、]|——)*"
)


def renamed_heading(
    chunks: Sequence[DiffChunk], left: SideTokens, a: range, right: SideTokens, b: range
) -> tuple[range, range] | None:
    """The left and right tokens of two headings' one rewording when the headings keep too
    little of each other to be one heading edited (the whole headings, but the punctuation and
    line breaks both open and end with alike); None when their word diff ``chunks`` stands.

    The word diff stands when it makes one edit beside words kept (``三、全面加强政府自身建设``
    → ``三、全面提升政府治理效能``, ``（七）着力深化重点领域改革，增强发展内生动力`` →
    ``（六）坚持改革攻坚、开放合作，增强发展内生动力``), or when the words it keeps are at least
    ``KEPT_SHARE`` of the shorter heading's: not when it cuts the headings into several edits
    around a few words kept by chance, nor when it keeps no word (the edit would be cut again
    at the clauses of one side, ``areadiff.chunk_changes``).

    Args:
        chunks: the word diff of the two headings, counted from ``a.start`` and ``b.start``.
        left: the left report's tokens.
        a: the left heading's tokens.
        right: the right report's tokens.
        b: the right heading's tokens.
    """
    if any(k in left.numbers for k in a) or any(k in right.numbers for k in b):
        return None  # a figure changed in a heading is a changed number (chunk_changes)
    left_words, right_words = _words(left, a), _words(right, b)
    kept = _letters(
        left,
        (
            k
            for chunk in chunks
            if chunk.tag == EQUAL
            for k in range(max(a.start + chunk.a_start, left_words.start), a.start + chunk.a_end)
        ),
    )
    edits = sum(
        1
        for chunk in chunks
        if chunk.tag != EQUAL
        and (a.start + chunk.a_end > left_words.start or b.start + chunk.b_end > right_words.start)
    )  # an edit of the numbering alone is not one of the words'
    if kept and edits <= 1:
        return None
    if kept >= KEPT_SHARE * min(_letters(left, left_words), _letters(right, right_words)):
        return None
    first, stop_a, stop_b = a.start, a.stop, b.stop
    while first - a.start < min(len(a), len(b)):  # numbering and punctuation alike stand
        left_key, right_key = left.keys[first], right.keys[b.start + first - a.start]
        if left_key != right_key or (
            first >= left_words.start and not _alike_setting(left_key, right_key)
        ):
            break
        first += 1
    while (
        stop_a > first
        and stop_b > b.start + first - a.start
        and _alike_setting(left.keys[stop_a - 1], right.keys[stop_b - 1])
    ):
        stop_a, stop_b = stop_a - 1, stop_b - 1
    return range(first, stop_a), range(b.start + first - a.start, stop_b)


def _words(side: SideTokens, found: range) -> range:
    """The tokens of a heading after its marks and numbering."""
    if not found:
        return found
    marks = _NUMBERING.match(side.text, side.starts[found.start])
    assert marks is not None  # (the pattern matches no marks at all too)
    return range(bisect_left(side.starts, marks.end(), found.start, found.stop), found.stop)


def _letters(side: SideTokens, tokens: Iterable[int]) -> int:
    """How many ideographs, letters and digits the keys of ``tokens`` hold."""
    return len(_LETTER.findall("".join(map(side.keys.__getitem__, tokens))))


def _alike_setting(left_key: str, right_key: str) -> bool:
    """Whether two tokens at a heading's end are the same punctuation or spacing."""
    return left_key == right_key and (not left_key.strip() or is_punctuation(left_key))
