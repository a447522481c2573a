"""Naming a comparison's sections to a reader: two different places never read alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare.section_labels import (
    CHINESE_SECTION_NAMES,
    CLOSING,
    ENGLISH_SECTION_NAMES,
    FRONT,
    PREAMBLE,
    SectionNames,
    section_label,
)
from core.compare.units import build_units
from core.outline import parse_outline

NAMES = [CHINESE_SECTION_NAMES, ENGLISH_SECTION_NAMES]


@pytest.mark.parametrize("names", NAMES, ids=["zh", "en"])
def test_the_opening_s_own_closing_is_named_apart_from_the_opening(names: SectionNames) -> None:
    # Text before a report's first part with a heading of its own inside it: its beginning,
    # that area and the paragraphs after it are three places.
    paths = [(FRONT, PREAMBLE), (FRONT, "2023年工作回顾"), (FRONT, CLOSING)]
    labels = [section_label(path, names) for path in paths]
    assert len(set(labels)) == 3, labels
    assert labels[2] == f"{names.front}{names.joiner}{names.closing}"
    assert section_label(("2023年工作回顾", CLOSING), names) != labels[2]


@pytest.mark.parametrize("names", NAMES, ids=["zh", "en"])
def test_every_area_of_the_samples_has_a_name_of_its_own(
    names: SectionNames, sample_texts: dict[str, str], samples: dict[str, Path]
) -> None:
    for name in samples:
        text = sample_texts[name]
        areas = [
            area.path for part in build_units(text, parse_outline(text)) for area in part.children
        ]
        labels = [section_label(path, names) for path in areas]
        alike = {label for label in labels if labels.count(label) > 1}
        assert not alike, (name, alike)
