"""A class of many single characters, written as ranges, matches exactly those characters."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from core.charclass import character_class


@given(st.lists(st.characters(exclude_categories=["Cs"]), max_size=60), st.characters())
def test_the_class_matches_its_characters_and_no_other(chars: list[str], probe: str) -> None:
    pattern = character_class(chars)
    plain = re.compile("[" + re.escape("".join(chars)) + "]") if chars else re.compile("(?!)")
    for ch in [*chars, probe, "-", "]", "^", "\\"]:
        assert bool(pattern.fullmatch(ch)) == bool(plain.fullmatch(ch)), ch


def test_consecutive_characters_become_one_range() -> None:
    assert character_class("abcdexyz-^").pattern == r"[\-\^a-ex-z]"
    assert character_class([]).search("any text") is None
