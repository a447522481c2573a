"""Linked scrolling maps and the list of pairing overrides, on literal inputs."""

from __future__ import annotations

from core.compare.records import PairOverride
from gui.compare.geometry import pair_chain_with
from gui.compare.pairing_by_hand import swapped, with_override
from gui.compare.scroll_sync import ScrollMap, monotone_chain


def test_the_chain_drops_crossing_points_and_keeps_the_longest() -> None:
    points = [(0, 0), (10, 20), (5, 30), (20, 25), (20, 26), (30, 40)]
    assert monotone_chain(points) == [(0, 0), (10, 20), (20, 25), (30, 40)]
    assert monotone_chain([]) == []
    # Equal heights on one side never both stay.
    assert len(monotone_chain([(5, 1), (5, 2), (5, 3)])) == 1


def test_the_map_is_exact_at_anchors_and_linear_between() -> None:
    scroll = ScrollMap([(10, 20), (30, 40)], 100, 200)
    assert scroll.left_to_right(10) == 20
    assert scroll.left_to_right(20) == 30
    assert scroll.right_to_left(40) == 30
    assert scroll.left_to_right(0) == 0
    assert scroll.left_to_right(5) == 10
    # Past the last anchor the map runs on to both ends.
    assert scroll.left_to_right(100) == 200


def test_pair_starts_win_over_changes_that_would_cross_them() -> None:
    pairs = [(100.0, 100.0), (200.0, 300.0)]
    changes = [(150.0, 350.0), (150.0, 150.0), (250.0, 310.0)]
    chain = pair_chain_with(pairs, changes)
    assert (100.0, 100.0) in chain and (200.0, 300.0) in chain
    assert (150.0, 350.0) not in chain
    assert (150.0, 150.0) in chain and (250.0, 310.0) in chain


def test_a_new_override_replaces_the_old_one_of_the_same_section() -> None:
    a, b, c = ("一", "甲"), ("一", "乙"), ("二", "丙")
    overrides = with_override([], PairOverride(a, None))
    overrides = with_override(overrides, PairOverride(c, b))
    assert overrides == [PairOverride(a, None), PairOverride(c, b)]
    overrides = with_override(overrides, PairOverride(a, b))
    assert overrides == [PairOverride(a, b)]
    assert swapped(overrides) == [PairOverride(b, a)]
