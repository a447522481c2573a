"""Line and paragraph separators (U+2028, U+2029) pasted from the web read as breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.importer import ImportStatus, import_file
from core.library import open_library

# A report pasted from a web page: its lines end in U+2028, its paragraphs in U+2029.
PASTED = (
    "各位代表：\u2029现在，我代表市人民政府向大会报告工作，\u2028请予审议。\u2029"
    "一、2023年工作回顾\u2028过去一年，经济运行稳中有进，地区生产总值增长5.6%。\u2029"
    "二、2024年工作安排\u2029"
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\u2029"
    "（一）扩大有效投资。全年固定资产投资增长6%左右。\n"
)
# The same report with ordinary line breaks and blank lines between paragraphs.
PLAIN = PASTED.replace("\u2028", "\n").replace("\u2029", "\n\n")


def _stored_reading(tmp_path: Path, name: str, content: str) -> tuple[str, list[str], list[str]]:
    """Import ``content`` saved as ``name`` into a new library: its text, headings, paragraphs."""
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    with open_library(str(tmp_path / f"{name}.sqlite3")) as store:
        outcome = import_file(store, source)
        assert outcome.status is ImportStatus.IMPORTED, outcome.message
        assert outcome.report_id is not None
        text = store.report(outcome.report_id).text
        headings = [s.title for s in store.outline(outcome.report_id).walk()]
        paragraphs = [text[p.start : p.end] for p in store.paragraphs(outcome.report_id)]
    return text, headings, paragraphs


def test_a_report_pasted_from_the_web_reads_as_the_same_report_with_line_breaks(
    tmp_path: Path,
) -> None:
    pasted = _stored_reading(tmp_path, "pasted.txt", PASTED)
    plain = _stored_reading(tmp_path, "plain.txt", PLAIN)
    text, headings, paragraphs = pasted
    assert pasted == plain
    assert "\u2028" not in text and "\u2029" not in text
    assert headings == ["2023年工作回顾", "2024年工作安排", "扩大有效投资"]
    # A line separator breaks a line inside a paragraph; a paragraph separator ends one.
    assert "现在，我代表市人民政府向大会报告工作，\n请予审议。" in paragraphs
    assert "二、2024年工作安排" in paragraphs


@pytest.mark.parametrize("entity", ["&#8232;", "&#x2029;"])
def test_a_web_page_with_a_separator_reads_it_as_a_break(tmp_path: Path, entity: str) -> None:
    body = PLAIN.replace("\n\n", "</p><p>").replace("\n", entity)
    page = f"<html><head><meta charset='utf-8'></head><body><p>{body}</p></body></html>"
    text, headings, _paragraphs = _stored_reading(tmp_path, "page.html", page)
    assert "\u2028" not in text and "\u2029" not in text
    assert headings == ["2023年工作回顾", "2024年工作安排", "扩大有效投资"]
