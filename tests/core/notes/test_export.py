"""Export: Markdown by report and section, CSV with a byte-order mark, tag × report counts."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from core.model import ReportId
from core.notes.export import CSV_COLUMNS, annotations_csv, annotations_markdown, tag_table_csv
from core.notes.export_words import CHINESE_EXPORT_WORDS, CSV_FIELDS, ENGLISH_EXPORT_WORDS
from core.notes.palette import DEFAULT_PALETTE, check_palette, colour_of
from core.notes.records import Anchor, AnchorStatus, Annotation, AnnotationId, PaletteColour

TITLES = {1: "长治市2024年政府工作报告", 2: "晋城市2024年政府工作报告"}


def _annotation(i: int, report: int, quote: str, path: tuple[str, ...], **kw: object) -> Annotation:
    anchor = Anchor(quote, "", "", 10 * i, 10 * i + len(quote), path)
    return Annotation(AnnotationId(i), ReportId(report), anchor, **kw)  # type: ignore[arg-type]


ANNOTATIONS = [
    _annotation(3, 2, "新质生产力", ("工作安排",), colour="yellow", tags=("新提法",)),
    _annotation(
        1,
        1,
        "增长5%左右",
        ("工作安排", "主要目标"),
        colour="red",
        note="**目标**",
        tags=("目标", "经济"),
    ),
    _annotation(
        2,
        1,
        '𠮷, "引号"\n第二行',
        ("工作回顾",),
        colour="blue",
        tags=("目标",),
        status=AnchorStatus.ORPHANED,
        origin_id=AnnotationId(9),
    ),
]


def test_markdown_groups_by_report_then_section() -> None:
    md = annotations_markdown(ANNOTATIONS, TITLES, DEFAULT_PALETTE)
    assert md.index("## 晋城市") > md.index("## 长治市")  # by report id
    assert md.count("## 长治市") == 1
    assert "### 工作安排 › 主要目标" in md
    assert "> 增长5%左右" in md
    assert "> 第二行" in md
    assert md.startswith("# Annotations\n")
    # The section heading above says where the passage stands; no offsets.
    assert "*量化目标 · #目标 #经济*" in md
    assert "**目标**" in md
    assert "*改革举措 · to place by hand · #目标*" in md


def test_markdown_in_chinese_speaks_chinese_and_shows_no_offsets() -> None:
    md = annotations_markdown(ANNOTATIONS, TITLES, DEFAULT_PALETTE, words=CHINESE_EXPORT_WORDS)
    assert md.startswith("# 批注\n")
    assert "Annotations" not in md
    assert "*量化目标 · #目标 #经济*" in md
    assert "*改革举措 · 待放置 · #目标*" in md
    assert "位置" not in md and "10–16" not in md
    # A colour with no meaning is called by its name in Chinese.
    palette = [PaletteColour("red", "#ef9a9a", "")]
    md = annotations_markdown(ANNOTATIONS[1:2], TITLES, palette, words=CHINESE_EXPORT_WORDS)
    assert "*红色 · #目标 #经济*" in md


def test_csv_has_bom_and_one_row_per_annotation() -> None:
    text = annotations_csv(ANNOTATIONS, TITLES, DEFAULT_PALETTE)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4
    by_id = {row[10]: dict(zip(CSV_FIELDS, row, strict=True)) for row in rows[1:]}
    assert by_id["2"]["quote"] == '𠮷, "引号"\n第二行'
    assert by_id["2"]["status"] == "to place by hand"
    assert by_id["2"]["origin_id"] == "9"
    assert by_id["1"]["tags"] == "目标; 经济"
    assert by_id["1"]["meaning"] == "量化目标"
    assert by_id["1"]["section"] == "工作安排 › 主要目标"
    assert by_id["1"]["colour"] == "red"
    # Excel reads the byte-order mark as UTF-8.
    assert text.encode("utf-8").startswith(b"\xef\xbb\xbf")


@pytest.mark.usefixtures("shanghai_clock")
def test_csv_in_chinese_has_chinese_headings_and_words_and_local_times() -> None:
    made = replace(ANNOTATIONS[1], created_at="2026-11-24T23:05:34+00:00")
    made = replace(made, updated_at="2026-11-25T01:00:00+00:00")
    text = annotations_csv(
        [made, ANNOTATIONS[2]], TITLES, DEFAULT_PALETTE, words=CHINESE_EXPORT_WORDS
    )
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0] == [
        "报告",
        "章节",
        "原文",
        "颜色",
        "颜色含义",
        "笔记",
        "标签",
        "位置状态",
        "创建时间",
        "修改时间",
        "批注编号",
        "报告编号",
        "原文起点（字符序号）",
        "原文终点（字符序号）",
        "复制自批注编号",
    ]
    target, orphan = (dict(zip(rows[0], row, strict=True)) for row in rows[1:])
    assert target["颜色"] == "红色" and target["颜色含义"] == "量化目标"
    assert target["位置状态"] == "在原处" and orphan["位置状态"] == "待放置"
    assert target["章节"] == "工作安排 › 主要目标"
    assert target["创建时间"] == "2026-11-25 07:05"
    assert target["修改时间"] == "2026-11-25 09:00"
    assert (target["原文起点（字符序号）"], target["原文终点（字符序号）"]) == ("10", "16")
    assert orphan["复制自批注编号"] == "9"
    assert not any("yellow" in cell or "orphaned" in cell for row in rows for cell in row)


def test_csv_columns_stand_in_the_same_order_in_either_language() -> None:
    """A spreadsheet or a script built on one language's file reads the other's: what a reader
    looks at first, then the ids and offsets, headed in words in either language."""
    english = list(csv.reader(io.StringIO(annotations_csv(ANNOTATIONS, TITLES, DEFAULT_PALETTE))))
    chinese_text = annotations_csv(ANNOTATIONS, TITLES, DEFAULT_PALETTE, words=CHINESE_EXPORT_WORDS)
    chinese = list(csv.reader(io.StringIO(chinese_text)))
    assert english[0][0] == "\ufeffReport" and chinese[0][0] == "\ufeff报告"
    assert english[0][1:] == [
        "Section",
        "Quote",
        "Colour",
        "Colour meaning",
        "Note",
        "Tags",
        "Place",
        "Created",
        "Changed",
        "Annotation ID",
        "Report ID",
        "Quote start (character index)",
        "Quote end (character index)",
        "Copied from annotation ID",
    ]
    for words in (ENGLISH_EXPORT_WORDS, CHINESE_EXPORT_WORDS):
        assert tuple(field for field, _heading in words.columns) == CSV_FIELDS
    # Cell by cell the same but for the words of the language (colours' names, places).
    for english_row, chinese_row in zip(english[1:], chinese[1:], strict=True):
        assert english_row[:3] + english_row[4:7] == chinese_row[:3] + chinese_row[4:7]
        assert english_row[8:] == chinese_row[8:]


def test_tag_table_counts_tags_per_report() -> None:
    text = tag_table_csv(ANNOTATIONS, TITLES)
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0] == ["Tag", TITLES[1], TITLES[2], "Total"]
    table = {row[0]: row[1:] for row in rows[1:]}
    assert table == {"新提法": ["0", "1", "1"], "目标": ["2", "0", "2"], "经济": ["1", "0", "1"]}
    chinese = tag_table_csv(ANNOTATIONS, TITLES, CHINESE_EXPORT_WORDS).removeprefix("\ufeff")
    assert chinese.startswith(f"标签,{TITLES[1]},{TITLES[2]},合计\r\n")


def test_palette_checks() -> None:
    assert check_palette(DEFAULT_PALETTE) == DEFAULT_PALETTE
    assert colour_of(DEFAULT_PALETTE, "red").meaning == "量化目标"
    assert colour_of(DEFAULT_PALETTE, "gone").colour == "#bdbdbd"
    fixed = check_palette([PaletteColour("x", "#ABCDEF", " 含义 ")])
    assert fixed == (PaletteColour("x", "#abcdef", "含义"),)
    with pytest.raises(ValueError, match="twice"):
        check_palette([PaletteColour("a", "#000000", ""), PaletteColour("a", "#111111", "")])
    with pytest.raises(ValueError, match="not a colour like"):
        check_palette([PaletteColour("a", "yellow", "")])
    with pytest.raises(ValueError, match="1 to 9"):
        check_palette([])
