"""Moves: long, nearly identical passages linked at both ends; near misses stay apart."""

from __future__ import annotations

from core.compare.moves import MIN_MOVE_SIMILARITY, find_moves, move_similarity
from core.compare.records import Change, ChangeKind

PASSAGE = "深入实施科技创新攻坚行动，加快建设省级重点实验室和技术创新中心，培育高新技术企业。"


def _changes(left: str, right: str) -> list[Change]:
    return [
        Change(ChangeKind.DELETED, 0, len(left), 0, 0, ("甲",), ("甲",)),
        Change(ChangeKind.INSERTED, 0, 0, 0, len(right), ("乙",), ("乙",)),
    ]


def test_exact_move_is_linked_at_both_ends() -> None:
    moved = find_moves(_changes(PASSAGE, PASSAGE), PASSAGE, PASSAGE)
    assert len(moved) == 1
    change = moved[0]
    assert change.kind is ChangeKind.MOVED
    assert (change.left_start, change.left_end) == (0, len(PASSAGE))
    assert (change.right_start, change.right_end) == (0, len(PASSAGE))
    assert change.right_path == ("乙",) and change.similarity == 1.0


def test_near_move_with_width_changes_is_a_move() -> None:
    edited = PASSAGE.replace("，", ",").replace("培育", "大力培育")
    moved = find_moves(_changes(PASSAGE, edited), PASSAGE, edited)
    assert [c.kind for c in moved] == [ChangeKind.MOVED]


def test_near_miss_sharing_stock_phrases_is_not_a_move() -> None:
    other = "深入实施乡村振兴攻坚行动，加快建设高标准农田和现代农业产业园，培育新型经营主体。"
    assert move_similarity(PASSAGE, other) < MIN_MOVE_SIMILARITY
    kept = find_moves(_changes(PASSAGE, other), PASSAGE, other)
    assert [c.kind for c in kept] == [ChangeKind.DELETED, ChangeKind.INSERTED]


def test_short_passages_are_never_moves() -> None:
    short = "加快发展。"
    kept = find_moves(_changes(short, short), short, short)
    assert [c.kind for c in kept] == [ChangeKind.DELETED, ChangeKind.INSERTED]
