"""Corrections that no longer apply, told in one sentence in Chinese and in English, the same
words for the window and the command line."""

from __future__ import annotations

from core.cli.compare_words import COMPARE_WORDS
from core.compare.override_reach import unapplied_sentence
from core.compare.records import PairOverride
from core.compare.section_labels import ENGLISH_SECTION_NAMES, PREAMBLE
from core.compare.unapplied_words import (
    CHINESE_UNAPPLIED_WORDS,
    ENGLISH_UNAPPLIED_WORDS,
    unapplied_words,
)

PLAN = "2024年工作安排"
PAIRED = PairOverride((PLAN, "着力扩大有效投资"), (PLAN, "坚定不移打好产业转型攻坚战"))
UNPAIRED = PairOverride((PLAN, PREAMBLE), None)


def test_one_correction_and_several_in_chinese() -> None:
    assert unapplied_sentence([]) == ""
    assert unapplied_sentence([PAIRED]) == (
        "一项手动配对不再适用，因为它所指的章节已不在这两份报告中："
        "「着力扩大有效投资」与「坚定不移打好产业转型攻坚战」配对"
    )
    assert unapplied_sentence([PAIRED, UNPAIRED], unapplied_words(chinese=True)) == (
        "2 项手动配对不再适用，因为它们各自所指的章节已不在这两份报告中："
        "「着力扩大有效投资」与「坚定不移打好产业转型攻坚战」配对；"
        "「2024年工作安排（导语）」保持不配对"
    )


def test_one_correction_and_several_in_english() -> None:
    words = unapplied_words(chinese=False)
    assert unapplied_sentence([PAIRED], words, ENGLISH_SECTION_NAMES) == (
        "a pairing correction no longer applies, since a section it names is not in these "
        "reports any more: “着力扩大有效投资” paired with “坚定不移打好产业转型攻坚战”"
    )
    assert unapplied_sentence([UNPAIRED, PAIRED], words, ENGLISH_SECTION_NAMES) == (
        "2 pairing corrections no longer apply, since a section each names is not in these "
        "reports any more: “2024年工作安排 (introduction)” kept unpaired; "
        "“着力扩大有效投资” paired with “坚定不移打好产业转型攻坚战”"
    )


def test_the_command_line_says_what_the_window_says() -> None:
    for words, said in (
        (CHINESE_UNAPPLIED_WORDS, COMPARE_WORDS.chinese),
        (ENGLISH_UNAPPLIED_WORDS, COMPARE_WORDS.english),
    ):
        assert said.unapplied == words
