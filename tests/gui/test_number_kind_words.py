"""Each kind of figure has one name in each language: the numbers panel's kind chooser and
legend, the CSV it exports and ``reportlens targets`` say the same words."""

from __future__ import annotations

from typing import Any

import pytest

from core.cli.targets_words import TARGETS_WORDS
from core.numbers.table_words import table_words
from gui.reader.number_kinds import number_kind_styles


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_exported_numbers_name_each_kind_as_the_panel_does(
    qapp: Any, request: pytest.FixtureRequest, language: str
) -> None:
    if language == "zh":
        request.getfixturevalue("chinese")
    words = table_words(language == "zh")
    names = {style.kind: style.name for style in number_kind_styles()}
    assert {kind: words.kinds[kind] for kind in names} == names
    if language == "zh":
        assert list(names.values()) == ["预期目标", "规划目标", "工作承诺", "结果"]
        # The command line's headings in Chinese are the same words.
        assert TARGETS_WORDS.chinese.kinds == words.kinds
    else:
        # In English it glosses each kind with the Chinese name the Chinese reader sees.
        chinese_names = table_words(True).kinds
        for kind, heading in TARGETS_WORDS.english.kinds.items():
            assert heading.endswith(f"({chinese_names[kind]})"), heading
