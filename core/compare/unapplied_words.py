"""The words telling that pairing corrections no longer apply, in Chinese and in English.

One source for the window (the compare view's status line, gui/compare/unapplied_corrections.py)
and the command line (``reportlens compare`` on its error output, ``core.cli.compare_words``):
a reader told in one is told the same in the other. A correction is named by its sections
(``core.compare.override_reach.describe_override``), quoted as the language quotes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnappliedWords:
    """The words of corrections that no longer apply, in one language.

    Attributes:
        paired: a correction pairing two sections, with ``{left}`` and ``{right}`` in the
            language's quotation marks.
        unpaired: a correction keeping a section unpaired, with ``{section}`` in them.
        one: one correction no longer applying, with ``{correction}`` (its name).
        several: several, with ``{count}`` and ``{corrections}`` (their names, each after
            ``separator``).
        separator: between two corrections' names.
    """

    paired: str
    unpaired: str
    one: str
    several: str
    separator: str


CHINESE_UNAPPLIED_WORDS = UnappliedWords(
    paired="「{left}」与「{right}」配对",
    unpaired="「{section}」保持不配对",
    one="一项手动配对不再适用，因为它所指的章节已不在这两份报告中：{correction}",
    several=("{count} 项手动配对不再适用，因为它们各自所指的章节已不在这两份报告中：{corrections}"),
    separator="；",
)
"""The words in Chinese."""

ENGLISH_UNAPPLIED_WORDS = UnappliedWords(
    paired="“{left}” paired with “{right}”",
    unpaired="“{section}” kept unpaired",
    one=(
        "a pairing correction no longer applies, since a section it names is not in these "
        "reports any more: {correction}"
    ),
    several=(
        "{count} pairing corrections no longer apply, since a section each names is not in "
        "these reports any more: {corrections}"
    ),
    separator="; ",
)
"""The words in English."""


def unapplied_words(chinese: bool) -> UnappliedWords:
    """The words in Chinese when ``chinese``, else in English."""
    return CHINESE_UNAPPLIED_WORDS if chinese else ENGLISH_UNAPPLIED_WORDS
