"""Which language the command line speaks, from the locale the environment names."""

from __future__ import annotations

import pytest

from core.cli.language import Bilingual, speaks_chinese


@pytest.mark.parametrize(
    ("environ", "chinese"),
    [
        ({"LANG": "zh_CN.UTF-8"}, True),
        ({"LANG": "zh_TW.UTF-8"}, True),
        ({"LANG": "en_US.UTF-8"}, False),
        ({"LANG": "C.UTF-8"}, False),
        ({"LANG": ""}, False),
        # gettext's order: LANGUAGE, then LC_ALL, LC_MESSAGES, LANG; the first set one decides
        ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, False),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, True),
        ({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}, True),
        ({"LANGUAGE": "", "LC_ALL": "", "LANG": "zh_CN.GB18030"}, True),
    ],
)
def test_a_chinese_locale_makes_the_command_line_speak_chinese(
    environ: dict[str, str], chinese: bool
) -> None:
    assert speaks_chinese(environ) is chinese


def test_a_commands_words_are_picked_by_the_locale() -> None:
    words = Bilingual(chinese="（无）", english="(none)")
    assert words.spoken({"LANG": "zh_CN.UTF-8"}) == "（无）"
    assert words.spoken({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}) == "(none)"
