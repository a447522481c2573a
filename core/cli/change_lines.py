"""A comparison as lines of plain text, for a terminal: its counts, then each change under the
sections it stands in, a short one shown with the words around it.

``6%左右`` may stand twice in one targets sentence (GDP and retail sales), so a changed number
alone does not say which one changed: a change of a few characters is printed inside the text
around it, within its paragraph, its own part in ``【】``; an empty side is always shown so,
as ``‸`` where the other side's text would stand. Each run of changes in one pair of sections
stands under a line naming them, so a move names the sections it left and went to.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from core.cli.change_line_words import ENGLISH_LINE_WORDS, ChangeLineWords
from core.cli.table_columns import padded
from core.compare.change_filter import ChangeFilter, matches
from core.compare.pair_reasons import ReasonKind
from core.compare.records import (
    Change,
    ChangeKind,
    CompareInput,
    Comparison,
    PairLevel,
    SectionPath,
)
from core.compare.section_labels import section_path
from core.plain_passage import plain_stretches

SHORT = 12
"""A change of at most this many characters on each side is shown in its context."""
CONTEXT = 8
"""How many characters of its paragraph are shown on each side of a short change."""
LONG = 40
"""A longer change is cut after this many characters."""


def change_lines(
    comparison: Comparison,
    which: ChangeFilter = ChangeFilter.ALL,
    words: ChangeLineWords = ENGLISH_LINE_WORDS,
) -> Iterator[str]:
    """The comparison's counts, then a line for each change of the kind ``which`` in reading
    order (``#`` before a changed number), each run of changes in one pair of sections under
    a line naming them (``@ left › path ↔ right › path``, one path when both are alike).

    Args:
        comparison: the two reports compared.
        which: the kind of change listed (the counts count every change).
        words: the lines' own words, in one language.
    """
    left, right = comparison.left, comparison.right
    overall = comparison.summary.overall
    yield words.counts.format(
        left=left.meta.title,
        right=right.meta.title,
        added=overall.added,
        removed=overall.removed,
        changed=overall.changed,
        moved=overall.moved,
        numbers=words.numbers.format(count=overall.numbers),
    )
    yield from _pairs_by_hand(comparison, words)
    shown_paths: tuple[SectionPath, SectionPath] | None = None
    for change in comparison.changes:
        if not matches(change, which):
            continue
        if (change.left_path, change.right_path) != shown_paths:
            shown_paths = change.left_path, change.right_path
            old_path = _path(change.left_path, words)
            new_path = _path(change.right_path, words)
            yield f"@ {old_path}" if old_path == new_path else f"@ {old_path} ↔ {new_path}"
        old = _shown(left, change.left_start, change.left_end, change)
        new = _shown(right, change.right_start, change.right_end, change)
        mark = "#" if change.numbers_changed else " "
        kind = padded(words.kinds[change.kind.value], words.kind_width)
        yield f"{mark} {kind} {old} → {new}"


def _path(path: SectionPath, words: ChangeLineWords) -> str:
    return section_path(path, words.sections)


def _pairs_by_hand(comparison: Comparison, words: ChangeLineWords) -> Iterator[str]:
    """A line for each area the user paired or left unpaired by hand: the changes under it
    follow the user's word, not the texts' likeness."""
    for pair in comparison.pairs:
        if pair.level is not PairLevel.AREA:
            continue
        left = _path(pair.left.path if pair.left else (), words)
        right = _path(pair.right.path if pair.right else (), words)
        if pair.reason.kind is ReasonKind.PAIRED_BY_HAND:
            yield words.by_hand.format(left=left, right=right)
        elif pair.reason.kind is ReasonKind.UNPAIRED_BY_HAND:
            yield words.unpaired_by_hand.format(section=left if pair.left else right)


def _shown(side: CompareInput, start: int, end: int, change: Change) -> str:
    """A change's side as printed: a short change, or an empty side, within the words of its
    paragraph around it, a long one cut after ``LONG`` characters; as the reader shows it
    (a word broken across lines whole, Markdown marks left out), whitespace runs as one
    space, and a change of whitespace alone (shown with ``--show-layout``) as ␣ and ⏎."""
    text = side.text
    paragraph_start, paragraph_end = _paragraph_around(side, start)
    context_start = min(max(paragraph_start, start - CONTEXT), start)
    context_end = max(min(max(paragraph_end, end), end + CONTEXT), end)
    before, own, after = plain_stretches(text, [context_start, start, end, context_end])
    own = " ".join(own.split())
    if not own and start < end and not text[start:end].strip():
        own = text[start:end].replace("\n", "⏎").translate(_VISIBLE_SPACE)
    if own and (change.kind is ChangeKind.MOVED or not _short(change)):
        return own if len(own) <= LONG else own[:LONG] + "…"
    before, after = _one_line(before), _one_line(after)
    return f"{before}【{own}】{after}" if own else f"{before}‸{after}"


_VISIBLE_SPACE = str.maketrans({" ": "␣", "\u3000": "␣", "\t": "␣"})


def _paragraph_around(side: CompareInput, offset: int) -> tuple[int, int]:
    """The start and end of the paragraph holding ``offset`` (or ending at it); the offset
    itself when it stands between paragraphs."""
    index = bisect_right(side.paragraphs, offset, key=lambda paragraph: paragraph.start) - 1
    if index < 0 or offset > side.paragraphs[index].end:
        return offset, offset
    return side.paragraphs[index].start, side.paragraphs[index].end


def _one_line(text: str) -> str:
    """Text of a paragraph wrapped over lines, as one line."""
    return "".join(text.split("\n"))


def _short(change: Change) -> bool:
    return (
        change.left_end - change.left_start <= SHORT
        and change.right_end - change.right_start <= SHORT
    )
