"""A comparison as plain data (pairs, changes, summary) for ``--json`` and other tools."""

from __future__ import annotations

from typing import Any

from core.compare.pair_reasons import reason_in_english
from core.compare.records import ChangeCounts, Comparison, SectionRef


def _ref(ref: SectionRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"path": list(ref.path), "start": ref.start, "end": ref.end}


def _counts(counts: ChangeCounts) -> dict[str, int]:
    return {
        "added": counts.added,
        "removed": counts.removed,
        "changed": counts.changed,
        "moved": counts.moved,
        "numbers": counts.numbers,
        "total": counts.total,
    }


def comparison_to_data(comparison: Comparison) -> dict[str, Any]:
    """The documented JSON object of a comparison.

    Args:
        comparison: the result of ``compare_reports``.

    Returns:
        ``pairs`` (level, left, right, similarity, reason in English words, reason_kind),
        ``changes`` in reading order (kind, both spans with their section paths and texts,
        numbers_changed, similarity, move_id: a move's number, also given to each edit inside
        the moved passage, which follows it) and ``summary`` (overall and per-area counts).
    """
    left_text, right_text = comparison.left.text, comparison.right.text
    return {
        "left": {"title": comparison.left.meta.title, "report_id": comparison.left.report_id},
        "right": {"title": comparison.right.meta.title, "report_id": comparison.right.report_id},
        "settings": {
            "granularity": comparison.settings.granularity.value,
            "show_layout": comparison.settings.show_layout,
        },
        "pairs": [
            {
                "level": pair.level.value,
                "left": _ref(pair.left),
                "right": _ref(pair.right),
                "similarity": pair.similarity,
                "reason": reason_in_english(pair.reason),
                "reason_kind": pair.reason.kind.value,
            }
            for pair in comparison.pairs
        ],
        "changes": [
            {
                "index": index,
                "kind": change.kind.value,
                "left": {
                    "start": change.left_start,
                    "end": change.left_end,
                    "path": list(change.left_path),
                    "text": left_text[change.left_start : change.left_end],
                },
                "right": {
                    "start": change.right_start,
                    "end": change.right_end,
                    "path": list(change.right_path),
                    "text": right_text[change.right_start : change.right_end],
                },
                "numbers_changed": change.numbers_changed,
                "similarity": change.similarity,
                "move_id": change.move_id,
            }
            for index, change in enumerate(comparison.changes)
        ],
        "summary": {
            "overall": _counts(comparison.summary.overall),
            "sections": [
                {
                    "left_path": list(section.left_path),
                    "right_path": list(section.right_path),
                    "counts": _counts(section.counts),
                    "within_change": section.within,
                }
                for section in comparison.summary.sections
            ],
        },
    }
