"""A comparison's result as plain data that reads back into the same records.

What a comparison found (its section pairs, changes and counts) is written as lists of plain
values, without the two reports, which are the library's: a comparison kept on disk is read
back beside the reports it was made of and equals the one computed (floats and all, as JSON
writes a float so that it reads back the same). ``core.compare.serialise`` is the other way a
comparison is written: the documented ``--json`` output, with texts and words for people and
scripts, which is not read back.
"""

from __future__ import annotations

from typing import Any

from core.compare.pair_reasons import PairReason, ReasonKind
from core.compare.records import (
    Change,
    ChangeCounts,
    ChangeKind,
    CompareInput,
    CompareSettings,
    Comparison,
    PairLevel,
    SectionPair,
    SectionRef,
    SectionSummary,
    Summary,
)

RECORD_VERSION = 1
"""The layout of a record; a record of another layout is not read."""


def comparison_record(comparison: Comparison) -> dict[str, Any]:
    """What ``comparison`` found, as plain data (lists, strings, numbers, None) for JSON."""
    return {
        "version": RECORD_VERSION,
        "pairs": [_pair(pair) for pair in comparison.pairs],
        "changes": [_change(change) for change in comparison.changes],
        "overall": _counts(comparison.summary.overall),
        "sections": [
            [list(s.left_path), list(s.right_path), _counts(s.counts), s.within]
            for s in comparison.summary.sections
        ],
    }


def comparison_from_record(
    record: dict[str, Any], left: CompareInput, right: CompareInput, settings: CompareSettings
) -> Comparison:
    """The comparison of ``left`` and ``right`` under ``settings`` that ``record`` holds.

    Raises:
        ValueError: the record is not one ``comparison_record`` wrote (another layout, a
            field missing or of another type).
    """
    if not isinstance(record, dict) or record.get("version") != RECORD_VERSION:
        raise ValueError("not a comparison record of this version")
    try:
        summary = Summary(
            _counts_from(record["overall"]),
            tuple(
                SectionSummary(tuple(left_path), tuple(right_path), _counts_from(counts), within)
                for left_path, right_path, counts, within in record["sections"]
            ),
        )
        return Comparison(
            left,
            right,
            settings,
            tuple(_pair_from(pair) for pair in record["pairs"]),
            tuple(_change_from(change) for change in record["changes"]),
            summary,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"a damaged comparison record: {error}") from error


def _ref(ref: SectionRef | None) -> list[Any] | None:
    return None if ref is None else [list(ref.path), ref.start, ref.end]


def _ref_from(data: list[Any] | None) -> SectionRef | None:
    if data is None:
        return None
    path, start, end = data
    return SectionRef(tuple(path), int(start), int(end))


def _pair(pair: SectionPair) -> list[Any]:
    reason = pair.reason
    return [
        pair.level.value,
        _ref(pair.left),
        _ref(pair.right),
        pair.similarity,
        [
            reason.kind.value,
            reason.title,
            reason.content,
            reason.score,
            reason.removed,
            reason.closest,
            reason.headings,
        ],
    ]


def _pair_from(data: list[Any]) -> SectionPair:
    level, left, right, similarity, reason = data
    kind, title, content, score, removed, closest, headings = reason
    return SectionPair(
        PairLevel(level),
        _ref_from(left),
        _ref_from(right),
        float(similarity),
        PairReason(
            ReasonKind(kind),
            float(title),
            float(content),
            float(score),
            bool(removed),
            tuple(map(str, closest)),
            bool(headings),
        ),
    )


def _change(change: Change) -> list[Any]:
    return [
        change.kind.value,
        change.left_start,
        change.left_end,
        change.right_start,
        change.right_end,
        list(change.left_path),
        list(change.right_path),
        change.numbers_changed,
        change.similarity,
        change.move_id,
    ]


def _change_from(data: list[Any]) -> Change:
    kind, left_start, left_end, right_start, right_end, left_path, right_path, *rest = data
    numbers_changed, similarity, move_id = rest
    return Change(
        ChangeKind(kind),
        int(left_start),
        int(left_end),
        int(right_start),
        int(right_end),
        tuple(left_path),
        tuple(right_path),
        bool(numbers_changed),
        float(similarity),
        None if move_id is None else int(move_id),
    )


def _counts(counts: ChangeCounts) -> list[int]:
    return [counts.added, counts.removed, counts.changed, counts.moved, counts.numbers]


def _counts_from(data: list[int]) -> ChangeCounts:
    added, removed, changed, moved, numbers = data
    return ChangeCounts(int(added), int(removed), int(changed), int(moved), int(numbers))
