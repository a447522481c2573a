"""The words ``reportlens compare`` prints around a comparison, in Chinese and in English.

The comparison's own lines have theirs in ``core.cli.change_line_words``, picked here
(``CHANGE_LINE_WORDS``); the JSON and the HTML report keep theirs in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.cli.change_line_words import CHINESE_LINE_WORDS, ENGLISH_LINE_WORDS
from core.cli.language import Bilingual
from core.compare.section_labels import (
    CHINESE_SECTION_NAMES,
    ENGLISH_SECTION_NAMES,
    SectionNames,
)
from core.compare.unapplied_words import (
    CHINESE_UNAPPLIED_WORDS,
    ENGLISH_UNAPPLIED_WORDS,
    UnappliedWords,
)


@dataclass(frozen=True)
class CompareWords:
    """The compare command's words in one language.

    Attributes:
        unapplied: the sentence on pairing corrections that no longer apply, as the window
            says it (``core.compare.unapplied_words``).
        gui_here: ``--gui`` given to the command line alone, which has no window.
        html_saved: the HTML report written (``--html``), with ``{out}``.
        sections: the app's labels of stretches without a heading (a correction's sections).
    """

    unapplied: UnappliedWords
    gui_here: str
    html_saved: str
    sections: SectionNames


COMPARE_WORDS = Bilingual(
    chinese=CompareWords(
        unapplied=CHINESE_UNAPPLIED_WORDS,
        gui_here=(
            "reportlens: --gui 在程序窗口中打开对比：请以 `reportlens compare A B --gui` 运行"
        ),
        html_saved="对比已保存到 {out}",
        sections=CHINESE_SECTION_NAMES,
    ),
    english=CompareWords(
        unapplied=ENGLISH_UNAPPLIED_WORDS,
        gui_here=(
            "reportlens: --gui opens the app's window: run it as `reportlens compare A B --gui`"
        ),
        html_saved="comparison saved to {out}",
        sections=ENGLISH_SECTION_NAMES,
    ),
)
"""The compare command's words, as ``COMPARE_WORDS.spoken()`` picks them."""

CHANGE_LINE_WORDS = Bilingual(chinese=CHINESE_LINE_WORDS, english=ENGLISH_LINE_WORDS)
"""The words of the comparison's own lines (``core.cli.change_lines``), as
``CHANGE_LINE_WORDS.spoken()`` picks them."""
