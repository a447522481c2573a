"""The words of a comparison printed as lines of text (``change_lines``), in Chinese and in
English.

Only the lines' own words change with the language; the reports' words (titles, sections, the
passages changed) are printed as the reports have them.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.cli.counted import Counted
from core.compare.section_labels import (
    CHINESE_SECTION_NAMES,
    ENGLISH_SECTION_NAMES,
    SectionNames,
)


@dataclass(frozen=True)
class ChangeLineWords:
    """The words of a comparison's lines in one language.

    Attributes:
        counts: the first line, with ``{left}`` and ``{right}`` (the titles), the counts
            ``{added}``, ``{removed}``, ``{changed}`` and ``{moved}``, and ``{numbers}``: the
            changed numbers counted among them (``numbers``).
        numbers: the changed numbers counted among the changes, with ``{count}``.
        kinds: each kind of change, by its value (``inserted``, ``moved``…), named as the
            window's change list and the HTML report name it (in lower case in English).
        kind_width: the terminal columns the kind takes before a change's text.
        sections: the app's labels of stretches without a heading, and of the other side of
            a section added or removed.
        by_hand: a line naming a pair the user made, with ``{left}`` and ``{right}``.
        unpaired_by_hand: a line naming a section the user left unpaired, with ``{section}``.
    """

    counts: str
    numbers: Counted
    kinds: dict[str, str]
    kind_width: int
    sections: SectionNames
    by_hand: str
    unpaired_by_hand: str


CHINESE_LINE_WORDS = ChangeLineWords(
    counts=(
        "{left} → {right}：新增 {added}，删除 {removed}，改写 {changed}，移动 {moved}；{numbers}"
    ),
    numbers=Counted("其中数字变化 {count}"),
    kinds={
        "inserted": "新增",
        "deleted": "删除",
        "replaced": "改写",
        "moved": "移动",
        "added_section": "新增章节",
        "removed_section": "删除章节",
    },
    kind_width=8,
    sections=CHINESE_SECTION_NAMES,
    by_hand="手动配对：{left} ↔ {right}",
    unpaired_by_hand="手动设为不配对：{section}",
)
"""The lines' words in Chinese."""

ENGLISH_LINE_WORDS = ChangeLineWords(
    counts=(
        "{left} → {right}: {added} added, {removed} removed, {changed} reworded, "
        "{moved} moved; {numbers}"
    ),
    numbers=Counted("{count} changed numbers among them", one="{count} changed number among them"),
    kinds={
        "inserted": "inserted",
        "deleted": "deleted",
        "replaced": "reworded",
        "moved": "moved",
        "added_section": "added section",
        "removed_section": "removed section",
    },
    kind_width=15,
    sections=ENGLISH_SECTION_NAMES,
    by_hand="paired by hand: {left} ↔ {right}",
    unpaired_by_hand="left unpaired by hand: {section}",
)
"""The lines' words in English (``reportlens compare`` picks one set by the user's locale:
``core.cli.compare_words.CHANGE_LINE_WORDS``)."""
