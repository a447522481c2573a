"""Every supported format, read from real files made from the 长治 2024 report."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import UnreadableFileError
from core.ingest import SUPPORTED_SUFFIXES, read_document
from core.ingest.content_format import HEAD_BYTES, format_by_content, may_be_told_by_content

FORMATS = Path(__file__).resolve().parents[2] / "data" / "formats"
TITLE = "长治市2024年政府工作报告"
PART_ONE = "一、2023年工作回顾"
AREA_ONE = "（一）坚持抓项目、帮企业，经济运行向上向好"


@pytest.fixture(scope="module")
def excerpt(sample_texts: dict[str, str]) -> str:
    """What the fixtures hold: the report's first twelve paragraphs, blank-line separated."""
    lines = [line for line in sample_texts["cz2024"].splitlines() if line.strip()]
    return "\n\n".join(lines[:12])


@pytest.mark.parametrize(
    ("name", "encoding", "fmt"),
    [
        ("changzhi-excerpt-gbk.txt", "gb18030", "txt"),
        ("changzhi-excerpt-utf16.txt", "utf-16", "txt"),
        ("changzhi-excerpt-bom.md", "utf-8-sig", "md"),
        ("changzhi-excerpt.docx", "docx", "docx"),
        ("changzhi-excerpt.html", "html:gb18030", "html"),
        ("changzhi-excerpt.pdf", "pdf", "pdf"),
    ],
)
def test_each_format_reads_the_report_text(
    name: str, encoding: str, fmt: str, excerpt: str
) -> None:
    document = read_document(FORMATS / name)
    assert document.source == FORMATS / name
    assert (document.encoding, document.format) == (encoding, fmt)
    assert PART_ONE in document.text.splitlines()
    assert any(line.startswith(AREA_ONE) for line in document.text.splitlines())
    # Every paragraph of the excerpt comes through whole, in order, as its own paragraph.
    paragraphs = document.text.rstrip("\n").split("\n\n")
    expected = excerpt.split("\n\n")
    start = paragraphs.index(expected[0])
    assert paragraphs[start : start + len(expected)] == expected
    assert "\r" not in document.text and "\ufeff" not in document.text


def test_text_files_are_the_excerpt_exactly(excerpt: str) -> None:
    for name in ("changzhi-excerpt-gbk.txt", "changzhi-excerpt-utf16.txt"):
        assert read_document(FORMATS / name).text == excerpt + "\n"
    assert read_document(FORMATS / "changzhi-excerpt-bom.md").text == f"# {TITLE}\n\n{excerpt}\n"


def test_web_page_is_the_heading_and_the_report_only(excerpt: str) -> None:
    text = read_document(FORMATS / "changzhi-excerpt.html").text
    assert text == f"{TITLE}\n\n{excerpt}"
    for noise in (
        "首页",
        "当前位置",
        "分享到",
        "相关阅读",
        "版权所有",
        "欢迎访问",
        "访问统计",
        "来源",
    ):
        assert noise not in text


def test_pdf_loses_running_heads_and_page_numbers_and_rejoins_lines(excerpt: str) -> None:
    text = read_document(FORMATS / "changzhi-excerpt.pdf").text
    assert text == excerpt


def test_word_document_has_title_paragraphs_and_table_rows(excerpt: str) -> None:
    text = read_document(FORMATS / "changzhi-excerpt.docx").text
    assert text == (
        f"{TITLE}\n\n{excerpt}\n\n指标\t完成情况\n\n地区生产总值\t2806.2亿元\n\n"
        "一般公共预算收入\t315.08亿元"
    )


def test_the_samples_read_as_their_utf8_text(
    samples: dict[str, Path], sample_texts: dict[str, str]
) -> None:
    for name, path in samples.items():
        document = read_document(path)
        assert document.text == sample_texts[name], name
        assert (document.encoding, document.format) == ("utf-8", "txt")


def test_supported_suffixes_are_the_readers() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".docx", ".html", ".htm", ".pdf")


@pytest.mark.parametrize("held", ["pdf", "docx"])
# .doc, .wps, a download's .jsp and no suffix at all: read by what they hold, not advised on.
@pytest.mark.parametrize(
    "named", [".docx", ".pdf", ".txt", ".html", ".md", ".doc", ".wps", ".jsp", ""]
)
def test_a_pdf_or_word_file_renamed_is_read_as_what_it_is(
    tmp_path: Path, held: str, named: str
) -> None:
    original = FORMATS / f"changzhi-excerpt.{held}"
    renamed = tmp_path / f"report{named}"
    renamed.write_bytes(original.read_bytes())
    document = read_document(renamed)
    assert (document.format, document.text) == (held, read_document(original).text)
    assert document.source == renamed


def test_a_zip_that_is_not_a_word_file_is_named_by_its_suffix(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnreadableFileError, match=r"not really a \.docx file"):
        read_document(path)


@pytest.mark.parametrize("named", [".doc", ".wps", ".jsp", "", ".txt"])
def test_a_web_page_saved_under_another_name_is_read_as_a_web_page(
    tmp_path: Path, named: str
) -> None:
    # Government sites serve "Word" downloads that are web pages named .doc.
    original = FORMATS / "changzhi-excerpt.html"
    renamed = tmp_path / f"report{named}"
    renamed.write_bytes(original.read_bytes())
    document = read_document(renamed)
    assert (document.format, document.text) == ("html", read_document(original).text)
    assert "<" not in document.text


@pytest.mark.parametrize(
    "start",
    [
        b"\xef\xbb\xbf<!DOCTYPE html>",
        b'\n\n<?xml version="1.0" encoding="utf-8"?>\n<!-- saved -->\n<HTML lang="zh">',
        b"  <html>",
    ],
)
def test_a_web_page_is_told_by_its_first_bytes(start: bytes) -> None:
    page = start + "<body><p>各位代表：</p></body></html>".encode()
    assert format_by_content(page) == ".html"
    assert may_be_told_by_content(page[:HEAD_BYTES])


@pytest.mark.parametrize("start", ["各位代表：<html>", "<p>各位代表</p>", "html 各位代表"])
def test_a_text_that_mentions_html_is_not_a_web_page(start: str) -> None:
    assert format_by_content(start.encode()) is None
