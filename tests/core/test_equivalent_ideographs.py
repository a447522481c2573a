"""Unicode's radical-to-ideograph table as bundled: checked line by line against Python's
``unicodedata`` (the same Unicode version), which names every code point and maps the Kangxi
radicals by NFKC."""

from __future__ import annotations

import re
import unicodedata

import pytest

from core.equivalent_ideographs import (
    TABLE_FILE,
    equivalent_ideographs,
    parse_equivalent_ideographs,
)
from core.resources import read_resource_text

# ``2E8C..2E8D ; 5C0F  # [2] CJK RADICAL SMALL ONE..CJK RADICAL SMALL TWO``
_NAMED = re.compile(r"^(\w+)(?:\.\.(\w+))?\s*;\s*(\w+)\s*#\s*(?:\[\d+\]\s*)?(.+?)\s*$")


def _lines() -> list[re.Match[str]]:
    text = read_resource_text(*TABLE_FILE)
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    matches = [_NAMED.match(line) for line in lines]
    assert None not in matches
    return [match for match in matches if match is not None]


def test_the_file_is_of_the_unicode_version_python_knows() -> None:
    first = read_resource_text(*TABLE_FILE).splitlines()[0]
    assert first == f"# EquivalentUnifiedIdeograph-{unicodedata.unidata_version}.txt"


def test_each_line_names_its_code_points_as_unicode_does() -> None:
    for match in _lines():
        first, last, _, names = match.groups()
        expected = [unicodedata.name(chr(int(first, 16)))]
        if last is not None:
            expected.append(unicodedata.name(chr(int(last, 16))))
        assert names == "..".join(expected), match.group()


def test_every_radical_and_stroke_maps_to_a_unified_ideograph() -> None:
    table = equivalent_ideographs()
    assert len(table) == 348
    assert {unicodedata.name(c).split()[0] for c in table} == {"CJK", "KANGXI"}
    for radical, ideograph in table.items():
        assert unicodedata.name(ideograph).startswith("CJK UNIFIED IDEOGRAPH-"), radical


def test_the_radicals_nfkc_maps_agree_with_it() -> None:
    table = equivalent_ideographs()
    folded = {
        chr(code): unicodedata.normalize("NFKC", chr(code))
        for code in range(0x2E80, 0x2FE0)
        if unicodedata.normalize("NFKC", chr(code)) != chr(code)
    }
    assert len(folded) == 214 + 2  # every Kangxi radical, and two of the supplement
    assert all(table[radical] == ideograph for radical, ideograph in folded.items())


def test_the_radicals_of_long_gate_and_one_map_to_their_ideographs() -> None:
    table = equivalent_ideographs()
    assert (table["⻓"], table["⻔"], table["⼀"], table["㇐"]) == ("长", "门", "一", "一")
    assert table["⺇"] == "\U00020628"  # outside the basic plane
    assert "⺀" not in table  # CJK RADICAL REPEAT has no ideograph


def test_a_line_that_is_not_a_mapping_is_refused() -> None:
    assert parse_equivalent_ideographs("# a comment\n\n2ED3 ; 957F # LONG\n") == {"⻓": "长"}
    with pytest.raises(ValueError, match="line 2"):
        parse_equivalent_ideographs("2ED3 ; 957F\n2ED3 957F\n")
