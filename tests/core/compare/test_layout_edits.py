"""Edits of punctuation alone: a half-width setting's comma is layout, the rest the writer's."""

from __future__ import annotations

import pytest

from core.compare.layout_edits import is_layout_edit


@pytest.mark.parametrize(
    ("old", "new"),
    [(["、"], [","]), (["、"], ["､"]), ([",", "、"], [",", ","]), ([], [])],
)
def test_the_comma_of_a_half_width_setting_is_layout(old: list[str], new: list[str]) -> None:
    assert is_layout_edit(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ([","], ["。"]),  # a sentence ended where it ran on
        ([";"], [","]),  # two targets joined into one clause
        ([";"], ["。"]),
        ([","], []),  # a comma dropped
        ([], ["、"]),
        (["、"], ["发展"]),  # not punctuation alone
    ],
)
def test_every_other_edit_of_punctuation_is_the_writer_s(old: list[str], new: list[str]) -> None:
    assert not is_layout_edit(old, new)
