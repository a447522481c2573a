"""Diffing one pair of areas: as continuous text when they are one text edited, else by paragraph.

Two editions of an area (or an area carried over with edits) are one text with a few words
changed: their token streams are diffed whole, so paragraph breaks that moved, a heading put on
its own line, or a page break in the middle change nothing. Two years' versions of an area of
work are rewritten: there the paragraphs are paired by content first (within the area) and
each pair is diffed, so a reader sees matching paragraphs side by side, and an unmatched
paragraph is one added or removed passage rather than a shower of scattered words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.compare.diff_tokens import DiffToken
from core.compare.pair_reasons import PairReason, ReasonKind
from core.compare.records import Change, ChangeKind, PairLevel, SectionPair, SectionRef
from core.compare.similarity import dice, likeness_grams
from core.compare.units import Unit, paragraphs_in
from core.compare.worddiff import (
    DELETE,
    EQUAL,
    INSERT,
    DiffChunk,
    matched_count,
    running_sums,
    word_diff,
)
from core.model import Paragraph

# Share of the shorter side's tokens that must match for two areas to be one text edited.
CONTINUOUS_MATCH = 0.6
# Below this bigram likeness two areas are surely rewritten: skip the whole-area diff.
REWRITTEN = 0.4
# Lowest bigram Dice for two paragraphs of paired areas to be shown side by side.
PARAGRAPH_THRESHOLD = 0.3
POSITION_WEIGHT = 0.05
# Longest replacement (in characters, either side) read as a change of figures wherever its
# figures stand in it.
NUMBER_EDIT_LENGTH = 40
# What a figure's unit is not: its digits and its qualifier.
_FIGURE_UNIT = re.compile(r"^[\d.,]+(?:余|多)?|(?:左右|以上|以内|以下|上下)$")


@dataclass
class SideTokens:
    """One report's diff tokens, with a fast lookup by offset."""

    text: str
    paragraphs: Sequence[Paragraph]
    tokens: list[DiffToken]
    show_layout: bool = False
    starts: list[int] = field(init=False)
    keys: list[str] = field(init=False)
    key_sums: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [t.start for t in self.tokens]
        self.keys = [t.key for t in self.tokens]
        # What the diff weighs a run of tokens by: key_sums[k] - key_sums[i] is the length of
        # the keys of tokens i..k-1.
        self.key_sums = running_sums(map(len, self.keys))

    def slice(self, found: range) -> list[DiffToken]:
        """The tokens at ``found`` (a range from ``indices``)."""
        return self.tokens[found.start : found.stop]

    def indices(self, start: int, end: int) -> range:
        """Indices of the tokens starting within ``[start, end)``."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def token_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The span from the first to the last token within ``[start, end)``; None if none."""
        found = self.indices(start, end)
        if not found:
            return None
        return self.tokens[found[0]].start, self.tokens[found[-1]].end

    def count_between(self, start: int, end: int) -> int:
        """How many tokens start within ``[start, end)``."""
        return len(self.indices(start, end)) if end > start else 0


@dataclass(frozen=True)
class AreaDiff:
    """The changes within one pair of areas and the paragraphs paired to find them."""

    changes: list[Change]
    paragraph_pairs: list[SectionPair]


def _span(tokens: Sequence[DiffToken], start: int, end: int, fallback: int) -> tuple[int, int]:
    if start < end:
        return tokens[start].start, tokens[end - 1].end
    if start < len(tokens):
        return tokens[start].start, tokens[start].start
    return (tokens[-1].end, tokens[-1].end) if tokens else (fallback, fallback)


def chunk_changes(
    chunks: Sequence[DiffChunk],
    a_tokens: Sequence[DiffToken],
    b_tokens: Sequence[DiffToken],
    left: Unit,
    right: Unit,
    show_layout: bool = False,
) -> list[Change]:
    """Changes for the edits of a diff of ``a_tokens`` against ``b_tokens``.

    Args:
        chunks: the diff, over indices of the two token lists.
        a_tokens: left tokens diffed.
        b_tokens: right tokens diffed.
        left: the left area (for paths and empty-side positions).
        right: the right area.
        show_layout: keep edits of punctuation alone (``、`` → ``,`` in a newspaper's setting),
            which are layout differences hidden by default.
    """
    changes = []
    for chunk in chunks:
        if chunk.tag == EQUAL:
            continue
        if (
            not show_layout
            and _only_punctuation(a_tokens[chunk.a_start : chunk.a_end])
            and _only_punctuation(b_tokens[chunk.b_start : chunk.b_end])
        ):
            continue
        left_start, left_end = _span(a_tokens, chunk.a_start, chunk.a_end, left.end)
        right_start, right_end = _span(b_tokens, chunk.b_start, chunk.b_end, right.end)
        kind = {INSERT: ChangeKind.INSERTED, DELETE: ChangeKind.DELETED}.get(
            chunk.tag, ChangeKind.REPLACED
        )
        numbers_changed = kind is ChangeKind.REPLACED and _numbers_changed(
            a_tokens[chunk.a_start : chunk.a_end], b_tokens[chunk.b_start : chunk.b_end]
        )
        changes.append(
            Change(
                kind,
                left_start,
                left_end,
                right_start,
                right_end,
                left.path,
                right.path,
                numbers_changed=numbers_changed,
            )
        )
    return changes


def _numbers_changed(old: Sequence[DiffToken], new: Sequence[DiffToken]) -> bool:
    """Whether a replacement changes a figure: ``10.5%`` → ``6%以上``, ``30万元`` → ``300万元``.

    Both sides must hold figures, and differ in them, and the replacement must be about them:
    short, starting at a figure on both sides (the indicator before it is unchanged), or with
    figures of one unit on both sides that differ (``改造老旧小区120个`` reworded around
    ``150个``). A rewritten passage that happens to hold a figure (``出台12部地方性法规`` in a
    new paragraph), or a heading whose year moved on (``二、2024年工作安排`` →
    ``三、2026年工作安排``: years are not figures), is a rewording.
    """
    old_figures = sorted(t.key for t in old if t.is_number)
    new_figures = sorted(t.key for t in new if t.is_number)
    if not old_figures or not new_figures or old_figures == new_figures:
        return False
    longest = max(len("".join(t.key for t in old)), len("".join(t.key for t in new)))
    if longest <= NUMBER_EDIT_LENGTH or (old[0].is_number and new[0].is_number):
        return True
    old_units, new_units = _by_unit(old_figures), _by_unit(new_figures)
    shared = (old_units.keys() & new_units.keys()) - {""}  # a bare number says what it counts
    return any(old_units[unit] != new_units[unit] for unit in shared)


def _by_unit(figures: Sequence[str]) -> dict[str, list[str]]:
    """Figures by their unit (``120个`` under ``个``, ``6%以上`` under ``%``)."""
    found: dict[str, list[str]] = {}
    for figure in figures:
        unit = _FIGURE_UNIT.sub("", figure)
        found.setdefault(unit, []).append(figure)
    return found


def _only_punctuation(tokens: Sequence[DiffToken]) -> bool:
    return all(unicodedata.category(ch).startswith("P") for t in tokens for ch in t.key)


def _diff(left_side: SideTokens, a: range, right_side: SideTokens, b: range) -> list[DiffChunk]:
    """The word diff of the left tokens at ``a`` against the right tokens at ``b``."""
    return word_diff(
        left_side.keys[a.start : a.stop],
        right_side.keys[b.start : b.stop],
        left_side.key_sums[a.start : a.stop + 1],
        right_side.key_sums[b.start : b.stop + 1],
    )


def _pair_paragraphs(
    left_spans: Sequence[tuple[int, int]],
    right_spans: Sequence[tuple[int, int]],
    left_text: str,
    right_text: str,
) -> dict[int, tuple[int, float]]:
    left_grams = [likeness_grams(left_text[s:e]) for s, e in left_spans]
    right_grams = [likeness_grams(right_text[s:e]) for s, e in right_spans]
    candidates = []
    for i, a in enumerate(left_grams):
        for j, b in enumerate(right_grams):
            similarity = dice(a, b)
            if similarity < PARAGRAPH_THRESHOLD:
                continue
            position = 1 - abs(i / max(1, len(left_spans)) - j / max(1, len(right_spans)))
            candidates.append((similarity + POSITION_WEIGHT * position, similarity, i, j))
    candidates.sort(key=lambda c: (-c[0], c[2], c[3]))
    matched: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for _, similarity, i, j in candidates:
        if i in matched or j in taken:
            continue
        matched[i] = (j, similarity)
        taken.add(j)
    return matched


def diff_area(left: Unit, right: Unit, left_side: SideTokens, right_side: SideTokens) -> AreaDiff:
    """The changes between two paired areas.

    Args:
        left: the left area.
        right: its pair in the right report.
        left_side: the left report's tokens.
        right_side: the right report's tokens.
    """
    a_found = left_side.indices(left.start, left.end)
    b_found = right_side.indices(right.start, right.end)
    a_tokens, b_tokens = left_side.slice(a_found), right_side.slice(b_found)
    shorter = min(len(a_tokens), len(b_tokens))
    likeness = dice(
        likeness_grams(left_side.text[left.start : left.end]),
        likeness_grams(right_side.text[right.start : right.end]),
    )
    whole = likeness >= REWRITTEN or not shorter
    chunks = _diff(left_side, a_found, right_side, b_found) if whole else []
    if not shorter or (chunks and matched_count(chunks) >= CONTINUOUS_MATCH * shorter):
        return AreaDiff(
            chunk_changes(chunks, a_tokens, b_tokens, left, right, left_side.show_layout), []
        )

    left_spans = paragraphs_in(left_side.paragraphs, left.start, left.end, left_side.text)
    right_spans = paragraphs_in(right_side.paragraphs, right.start, right.end, right_side.text)
    matched = _pair_paragraphs(left_spans, right_spans, left_side.text, right_side.text)
    changes: list[Change] = []
    pairs: list[SectionPair] = []
    taken = {j for j, _ in matched.values()}

    def ref(unit: Unit, spans: Sequence[tuple[int, int]], index: int) -> SectionRef:
        start, end = spans[index]
        return SectionRef((*unit.path, f"¶{index + 1}"), start, end)

    for i, (start, end) in enumerate(left_spans):
        a_found = left_side.indices(start, end)
        a_part = left_side.slice(a_found)
        if i in matched:
            j, similarity = matched[i]
            b_found = right_side.indices(*right_spans[j])
            b_part = right_side.slice(b_found)
            changes.extend(
                chunk_changes(
                    _diff(left_side, a_found, right_side, b_found),
                    a_part,
                    b_part,
                    left,
                    right,
                    left_side.show_layout,
                )
            )
            pairs.append(
                SectionPair(
                    PairLevel.PARAGRAPH,
                    ref(left, left_spans, i),
                    ref(right, right_spans, j),
                    round(similarity, 3),
                    PairReason(ReasonKind.SIMILAR_PARAGRAPH, content=similarity),
                )
            )
        elif a_part:
            anchor = _right_anchor(i, matched, right_spans, right.start)
            changes.append(
                Change(
                    ChangeKind.DELETED,
                    a_part[0].start,
                    a_part[-1].end,
                    anchor,
                    anchor,
                    left.path,
                    right.path,
                )
            )
    for j, (start, end) in enumerate(right_spans):
        b_part = right_side.slice(right_side.indices(start, end))
        if j in taken or not b_part:
            continue
        anchor = _left_anchor(j, matched, left_spans, left.start)
        changes.append(
            Change(
                ChangeKind.INSERTED,
                anchor,
                anchor,
                b_part[0].start,
                b_part[-1].end,
                left.path,
                right.path,
            )
        )
    return AreaDiff(changes, pairs)


def _right_anchor(
    i: int,
    matched: dict[int, tuple[int, float]],
    right_spans: Sequence[tuple[int, int]],
    default: int,
) -> int:
    """Where an unmatched left paragraph would stand on the right: after the last match above it."""
    before = [matched[k][0] for k in matched if k < i]
    return right_spans[max(before)][1] if before else default


def _left_anchor(
    j: int,
    matched: dict[int, tuple[int, float]],
    left_spans: Sequence[tuple[int, int]],
    default: int,
) -> int:
    before = [i for i, (k, _) in matched.items() if k < j]
    return left_spans[max(before)][1] if before else default
