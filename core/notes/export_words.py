"""The words of an annotation export and listing, in Chinese and in English.

An export is read by the person who made it, so its own words (the title, the column headings,
a colour's name, where a passage stands, how sure its place is) are in their language: the
window's when exported from the window, the command line's when from ``reportlens``. The
user's own words (quotes, notes, tags, a colour's meaning, report and section titles) are
written as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from core.compare.section_labels import CHINESE_SECTION_NAMES, ENGLISH_SECTION_NAMES
from core.notes.records import AnchorStatus, PaletteColour

# What each CSV row holds, in the order of the CSV's columns in every language: what a reader
# looks at first, then what a program links a row back to the library by; a spreadsheet or a
# script built on the file reads the same column in the same place in either language.
CSV_FIELDS = (
    "report",
    "section",
    "quote",
    "colour",
    "meaning",
    "note",
    "tags",
    "status",
    "created_at",
    "updated_at",
    "id",
    "report_id",
    "start",
    "end",
    "origin_id",
)
# A colour added past the named ones (``core.notes.palette.with_new_colour``): ``colour7``.
_NUMBERED_COLOUR = re.compile(r"colour(\d+)")


@dataclass(frozen=True)
class ExportWords:
    """An export's own words in one language.

    Attributes:
        title: the Markdown file's heading.
        untitled_report: the heading of a report with no title, with ``{id}``.
        no_section: where a passage before the first section stands: the opening, as a
            comparison names it (``（开篇）``, ``(opening)``).
        columns: the CSV's columns in order, as (field, heading): the fields of
            ``CSV_FIELDS`` in its order.
        statuses: how sure an annotation's place is, in words.
        colour_names: a palette colour's key → its name (a key not here: the key itself).
        numbered_colour: the name of a colour added past the named ones, with ``{number}``.
        tag: the tag table's first heading.
        total: the tag table's last heading.
    """

    title: str
    untitled_report: str
    no_section: str
    columns: tuple[tuple[str, str], ...]
    statuses: Mapping[AnchorStatus, str]
    colour_names: Mapping[str, str]
    numbered_colour: str
    tag: str
    total: str


CHINESE_EXPORT_WORDS = ExportWords(
    title="批注",
    untitled_report="报告 {id}",
    no_section=CHINESE_SECTION_NAMES.front,
    columns=(
        ("report", "报告"),
        ("section", "章节"),
        ("quote", "原文"),
        ("colour", "颜色"),
        ("meaning", "颜色含义"),
        ("note", "笔记"),
        ("tags", "标签"),
        ("status", "位置状态"),
        ("created_at", "创建时间"),
        ("updated_at", "修改时间"),
        ("id", "批注编号"),
        ("report_id", "报告编号"),
        ("start", "原文起点（字符序号）"),
        ("end", "原文终点（字符序号）"),
        ("origin_id", "复制自批注编号"),
    ),
    statuses={
        AnchorStatus.PLACED: "在原处",
        AnchorStatus.CHANGED: "在改动过的段落上",
        AnchorStatus.ORPHANED: "待放置",
    },
    colour_names={
        "yellow": "黄色",
        "red": "红色",
        "green": "绿色",
        "blue": "蓝色",
        "purple": "紫色",
        "orange": "橙色",
        "teal": "青绿色",
        "pink": "粉色",
        "lime": "黄绿色",
        "brown": "棕色",
        "indigo": "靛蓝色",
        "grey": "灰色",
        "cyan": "青色",
        "amber": "琥珀色",
    },
    numbered_colour="颜色 {number}",
    tag="标签",
    total="合计",
)

# Headings as the numbers' and the scorecard's CSVs write them (``Kind``, ``Counted as``).
ENGLISH_EXPORT_WORDS = ExportWords(
    title="Annotations",
    untitled_report="report {id}",
    no_section=ENGLISH_SECTION_NAMES.front,
    columns=(
        ("report", "Report"),
        ("section", "Section"),
        ("quote", "Quote"),
        ("colour", "Colour"),
        ("meaning", "Colour meaning"),
        ("note", "Note"),
        ("tags", "Tags"),
        ("status", "Place"),
        ("created_at", "Created"),
        ("updated_at", "Changed"),
        ("id", "Annotation ID"),
        ("report_id", "Report ID"),
        ("start", "Quote start (character index)"),
        ("end", "Quote end (character index)"),
        ("origin_id", "Copied from annotation ID"),
    ),
    statuses={
        AnchorStatus.PLACED: "in place",
        AnchorStatus.CHANGED: "on a reworded passage",
        AnchorStatus.ORPHANED: "to place by hand",
    },
    colour_names={},
    numbered_colour="colour {number}",
    tag="Tag",
    total="Total",
)


def export_words(chinese: bool) -> ExportWords:
    """The export's words in Chinese or in English.

    Args:
        chinese: whether the user reads Chinese (the window's language, or the command
            line's locale).
    """
    return CHINESE_EXPORT_WORDS if chinese else ENGLISH_EXPORT_WORDS


def colour_name(key: str, words: ExportWords) -> str:
    """A palette colour's name in the user's language (``yellow`` → ``黄色``).

    Args:
        key: the colour's key, as stored with an annotation.
        words: the export's words.
    """
    numbered = _NUMBERED_COLOUR.fullmatch(key)
    if numbered:
        return words.numbered_colour.format(number=numbered.group(1))
    return words.colour_names.get(key, key)


def colour_called(colour: PaletteColour, words: ExportWords) -> str:
    """A colour as the user knows it: the meaning given to it, or else its name.

    Args:
        colour: the palette colour.
        words: the export's words.
    """
    if colour.meaning and colour.meaning != colour.key:
        return colour.meaning
    return colour_name(colour.key, words)


def section_shown(path: tuple[str, ...], words: ExportWords) -> str:
    """Where a passage stands, as the window shows it: its sections, outermost first.

    Args:
        path: the titles of the sections holding the passage.
        words: the export's words (for a passage before the first section).
    """
    return " › ".join(path) if path else words.no_section
