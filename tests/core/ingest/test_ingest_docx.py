"""Word documents: paragraphs, headings and table rows in order; damaged files refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from core.errors import UnreadableFileError
from core.ingest.docx import read_docx

PATH = Path("report.docx")


def _saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_headings_paragraphs_and_tables_keep_document_order() -> None:
    document = docx.Document()
    document.add_heading("一、2023年工作回顾", level=1)
    document.add_paragraph("")
    document.add_paragraph("  （一）坚持抓项目、帮企业，经济运行向上向好。𠮷  ")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "指标"
    table.cell(0, 2).text = "目标"
    table.cell(1, 0).text = "GDP"
    table.cell(1, 1).text = "增长"
    table.cell(1, 2).text = "6%左右"
    document.add_heading("二、2024年工作安排", level=1)
    text = read_docx(PATH, _saved(document)).text
    assert text.split("\n\n") == [
        "一、2023年工作回顾",
        "（一）坚持抓项目、帮企业，经济运行向上向好。𠮷",
        "指标\t目标",  # a merged cell once, not twice
        "GDP\t增长\t6%左右",
        "二、2024年工作安排",
    ]
    assert text.index("𠮷") == len(
        "一、2023年工作回顾\n\n（一）坚持抓项目、帮企业，经济运行向上向好。"
    )


def test_the_record_says_docx() -> None:
    document = docx.Document()
    document.add_paragraph("各位代表：")
    read = read_docx(PATH, _saved(document))
    assert (read.encoding, read.format, read.source) == ("docx", "docx", PATH)


def test_a_document_without_text_is_refused() -> None:
    document = docx.Document()
    document.add_paragraph("   ")
    with pytest.raises(UnreadableFileError, match=r"^report\.docx: this Word document has no text"):
        read_docx(PATH, _saved(document))


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04 not really a zip", "普通文本".encode(), b""],
    ids=["broken-zip", "text", "nothing"],
)
def test_damaged_files_are_refused(data: bytes) -> None:
    with pytest.raises(UnreadableFileError, match=r"damaged or is not really a \.docx file"):
        read_docx(PATH, data)


def test_a_zip_that_is_not_a_word_file_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not word")
    with pytest.raises(UnreadableFileError, match=r"damaged or is not really a \.docx file"):
        read_docx(PATH, buffer.getvalue())
