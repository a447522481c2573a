"""Moves: long, nearly identical passages linked at both ends; near misses stay apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.compare.diff_tokens import fold_key
from core.compare.moves import MIN_MOVE_CHARS, MIN_MOVE_SIMILARITY, find_moves, move_similarity
from core.compare.records import Change, ChangeKind
from tests.property.mutations import PROPERTY_SETTINGS

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


def test_a_few_words_are_never_moves() -> None:
    short = "加快发展。"
    kept = find_moves(_changes(short, short), short, short)
    assert [c.kind for c in kept] == [ChangeKind.DELETED, ChangeKind.INSERTED]


def test_passages_at_the_length_ratio_itself_are_still_compared() -> None:
    # Only additions of nearly the same length are compared with a removal; one of exactly
    # MIN_MOVE_SIMILARITY times its length must not fall out by rounding, on either side.
    for size in range(25, 60):
        longer = (PASSAGE * 2)[:size]
        shorter = longer[: round(size * MIN_MOVE_SIMILARITY)]
        if len(shorter) / len(longer) < MIN_MOVE_SIMILARITY:
            continue
        expected = move_similarity(longer, shorter) >= MIN_MOVE_SIMILARITY
        for left, right in ((longer, shorter), (shorter, longer)):
            kinds = [c.kind for c in find_moves(_changes(left, right), left, right)]
            assert (kinds == [ChangeKind.MOVED]) is expected, (size, len(left), len(right))


def test_a_removal_is_linked_to_the_closest_of_several_additions() -> None:
    other = "深入实施乡村振兴攻坚行动，加快建设高标准农田和现代农业产业园，培育新型经营主体。"
    edited = PASSAGE.replace("培育", "大力培育")
    right = other + PASSAGE + edited
    changes = [
        Change(ChangeKind.DELETED, 0, len(PASSAGE), 0, 0, ("甲",), ("甲",)),
        Change(ChangeKind.INSERTED, 0, 0, 0, len(other), ("乙",), ("乙",)),
        Change(ChangeKind.INSERTED, 0, 0, len(other), len(other) + len(PASSAGE), ("乙",), ("乙",)),
        Change(ChangeKind.INSERTED, 0, 0, len(other) + len(PASSAGE), len(right), ("乙",), ("乙",)),
    ]
    moved = find_moves(changes, PASSAGE, right)
    assert [c.kind for c in moved] == [ChangeKind.MOVED, ChangeKind.INSERTED, ChangeKind.INSERTED]
    assert (moved[0].right_start, moved[0].right_end) == (len(other), len(other) + len(PASSAGE))


def test_a_passage_exactly_at_the_threshold_is_a_move() -> None:
    # Dice of the bigrams, the bound on what the removal can share with the additions and the
    # character likeness are all exactly 0.8 here (the lengths 21 and 24, within the ratio).
    old, new = "甲乙丙" * 7, "甲乙丙，" * 6
    assert move_similarity(old, new) == MIN_MOVE_SIMILARITY
    moved = find_moves(_changes(old, new), old, new)
    assert [c.kind for c in moved] == [ChangeKind.MOVED]


def _linked_by_likeness(changes: list[Change], left: str) -> list[tuple[int, int]]:
    """Where the moves of passages long enough to be linked by likeness start on each side
    (the short ones, linked only written alike, are ``test_short_moves``'s)."""
    return [
        (c.left_start, c.right_start)
        for c in changes
        if c.kind is ChangeKind.MOVED
        and len(fold_key(left[c.left_start : c.left_end])) >= MIN_MOVE_CHARS
    ]


def _all_pairs_moves(changes: list[Change], left: str, right: str) -> list[tuple[int, int]]:
    """The reference: every removal set beside every addition, the best pairs taken first."""
    removals = [i for i, c in enumerate(changes) if c.kind is ChangeKind.DELETED]
    additions = [i for i, c in enumerate(changes) if c.kind is ChangeKind.INSERTED]
    candidates = []
    for r in removals:
        old = left[changes[r].left_start : changes[r].left_end]
        for a in additions:
            new = right[changes[a].right_start : changes[a].right_end]
            if min(len("".join(old.split())), len("".join(new.split()))) < 20:
                continue
            similarity = move_similarity(old, new)
            if similarity >= MIN_MOVE_SIMILARITY:
                candidates.append((similarity, r, a))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used: set[int] = set()
    pairs = []
    for _, r, a in candidates:
        if r not in used and a not in used:
            used.update((r, a))
            pairs.append((changes[r].left_start, changes[a].right_start))
    return sorted(pairs)


def test_moves_are_those_of_comparing_every_removal_with_every_addition() -> None:
    import random

    rng = random.Random(7)
    words = ["推进", "加快", "建设", "科技", "创新", "产业", "能源", "转型", "发展", "民生", "，"]
    for _ in range(60):
        passages = ["".join(rng.choices(words, k=rng.randint(8, 40))) + "。" for _ in range(6)]
        left, right, changes = "", "", []
        for passage in passages:
            changes.append(
                Change(ChangeKind.DELETED, len(left), len(left) + len(passage), 0, 0, ("甲",), ())
            )
            left += passage
            if rng.random() < 0.7:  # moved, perhaps edited, perhaps trimmed
                moved = list(passage)
                for _ in range(rng.randint(0, 4)):
                    moved[rng.randrange(len(moved))] = rng.choice("的和是")
                cut = rng.randint(0, len(moved) // 4)
                new = "".join(moved[cut:] if rng.random() < 0.5 else moved[: len(moved) - cut])
                changes.append(
                    Change(
                        ChangeKind.INSERTED, 0, 0, len(right), len(right) + len(new), (), ("乙",)
                    )
                )
                right += new
        moved = _linked_by_likeness(find_moves(changes, left, right), left)
        assert sorted(moved) == _all_pairs_moves(changes, left, right)


_CHARACTERS = "推进加快建设科技创新产业能源转型发展民生文化旅游城乡生态改革开放项目"


@PROPERTY_SETTINGS
@given(st.data())
def test_moves_agree_with_every_pair_compared_whatever_the_passages(data: st.DataObject) -> None:
    # Few enough characters that passages share bigrams with the other side, many enough that
    # a passage's bigrams are not all found there: the bound on what a removal can share with
    # the additions then settles some pairs, others only the pair's own bigrams. A moved copy
    # is edited and trimmed at either end, near the length ratio and the likeness threshold.
    passage = st.text(alphabet=_CHARACTERS, min_size=18, max_size=60)
    removed = data.draw(st.lists(passage, min_size=1, max_size=6))
    added = data.draw(st.lists(passage, max_size=4))
    for text in removed:
        if data.draw(st.booleans()):  # moved, with a few characters changed
            edited = list(text)
            for _ in range(data.draw(st.integers(0, 8))):
                edited[data.draw(st.integers(0, len(edited) - 1))] = data.draw(
                    st.sampled_from(_CHARACTERS)
                )
            cut = data.draw(st.integers(0, len(edited) // 4))
            kept = edited[cut:] if data.draw(st.booleans()) else edited[: len(edited) - cut]
            added.append("".join(kept))
    added = data.draw(st.permutations(added))
    left, right, changes = "", "", []
    for text in removed:
        changes.append(Change(ChangeKind.DELETED, len(left), len(left) + len(text), 0, 0, (), ()))
        left += text + "。"
    for text in added:
        changes.append(
            Change(ChangeKind.INSERTED, 0, 0, len(right), len(right) + len(text), (), ())
        )
        right += text + "。"
    moved = _linked_by_likeness(find_moves(changes, left, right), left)
    assert sorted(moved) == _all_pairs_moves(changes, left, right)
