"""Place names written in characters of their place-specific reading, for sorting only."""

from __future__ import annotations

import pytest

from core.place_readings import collation_name


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("长治市", "常治市"),
        ("长春市", "常春市"),
        ("厦门市", "夏门市"),
        ("蚌埠市", "迸埠市"),
        ("六安市", "陆安市"),
        ("重庆市", "崇庆市"),
    ],
)
def test_a_place_specific_reading_is_written_in_characters_that_read_so(
    region: str, expected: str
) -> None:
    assert collation_name(region) == expected


@pytest.mark.parametrize("region", ["六盘水市", "乐山市", "晋城市", "重要", "", "市长"])
def test_names_read_as_usual_are_unchanged(region: str) -> None:
    assert collation_name(region) == region
