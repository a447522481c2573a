"""A report typeset as a PDF reads back as the same paragraphs and outline as its text file.

The Jincheng sample is set in lines of 40 characters, as a printed report is, in three
layouts: paragraphs spaced apart, first lines set in by two characters, and neither. Several
of its paragraphs end on a line of 35 to 40 characters, which width alone cannot tell from
a line broken by the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from core.ingest.dispatch import read_document
from core.ingest.pdf_lines import LinePlace, PageLine, read_page_lines
from core.outline import parse_outline

FONT = "STSong-Light"
SIZE = 12
LINE_CHARS = 40
LEFT = 57.0
TOP = A4[1] - 70
LEADING = 18.0


def wrapped(paragraph: str, indent: int) -> list[str]:
    """The lines of ``paragraph`` filled up to the width of 40 Chinese characters (digits and
    Latin letters are narrower), the first line ``indent`` characters shorter."""
    lines, line, width = [], "", (LINE_CHARS - indent) * SIZE
    for char in paragraph:
        if pdfmetrics.stringWidth(line + char, FONT, SIZE) > width:
            lines.append(line)
            line, width = "", LINE_CHARS * SIZE
        line += char
    return [*lines, line]


def typeset(paragraphs: list[str], path: Path, *, gap: float, indent: int) -> list[bool]:
    """Write ``paragraphs`` to ``path`` as a PDF with page numbers; for each paragraph,
    whether its last line is nearly full: 33 characters wide or more."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    y, number, full_endings = TOP, 1, []
    pdf.setFont(FONT, SIZE)
    for paragraph in paragraphs:
        lines = wrapped(paragraph, indent)
        full_endings.append(pdfmetrics.stringWidth(lines[-1], FONT, SIZE) >= 33 * SIZE)
        for index, line in enumerate(lines):
            if y < 60:
                pdf.setFont(FONT, 9)
                pdf.drawCentredString(A4[0] / 2, 30, f"- {number} -")
                pdf.showPage()
                pdf.setFont(FONT, SIZE)
                y, number = TOP, number + 1
            pdf.drawString(LEFT + (indent * SIZE if index == 0 else 0), y, line)
            y -= LEADING
        y -= gap
    pdf.showPage()
    pdf.save()
    return full_endings


@pytest.fixture(scope="module")
def paragraphs(samples: dict[str, Path]) -> list[str]:
    text = samples["jc2024"].read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def outline_of(text: str) -> list[tuple[int, str]]:
    return [(section.level, section.title) for section in parse_outline(text).walk()]


@pytest.mark.parametrize(("gap", "indent"), [(10.0, 0), (0.0, 2)], ids=["spacing", "indent"])
def test_spaced_or_indented_paragraphs_read_back_whole(
    paragraphs: list[str], tmp_path: Path, gap: float, indent: int
) -> None:
    path = tmp_path / "report.pdf"
    full_endings = typeset(paragraphs, path, gap=gap, indent=indent)
    assert sum(full_endings) >= 4  # the case that needs the layout
    text = read_document(path).text
    assert text.split("\n\n") == paragraphs
    assert outline_of(text) == outline_of("\n\n".join(paragraphs))
    assert len(outline_of(text)) == 66


def test_without_spacing_or_indents_only_full_last_lines_run_on(
    paragraphs: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    full_endings = typeset(paragraphs, path, gap=0.0, indent=0)
    read = read_document(path).text.split("\n\n")
    assert "".join(read) == "".join(paragraphs)
    # Paragraphs end where the text file's do, except some that end on a full line.
    ends, offset = [], 0
    for paragraph in paragraphs:
        offset += len(paragraph)
        ends.append(offset)
    read_ends = {sum(len(p) for p in read[: i + 1]) for i in range(len(read))}
    assert read_ends <= set(ends)
    lost = [full for end, full in zip(ends, full_endings, strict=True) if end not in read_ends]
    assert lost and all(lost)


def test_lines_are_placed_where_they_are_drawn(tmp_path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    path = tmp_path / "placed.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setFont(FONT, 12)
    pdf.drawString(81, 700, "现在，我代表市人民政府向大会报告工作。")
    pdf.drawString(57, 682, "\u3000\u3000请予审议。")
    # Drawn through a transform: half-size text at page position (100, 400).
    pdf.translate(100, 400)
    pdf.scale(0.5, 0.5)
    pdf.setFont(FONT, 20)
    pdf.drawString(0, 0, "各位代表：")
    pdf.showPage()
    pdf.save()
    text, lines = read_page_lines(PdfReader(path).pages[0])
    assert "各位代表：" in text
    assert lines == [
        PageLine("现在，我代表市人民政府向大会报告工作。", LinePlace(81, 700, 12)),
        PageLine("请予审议。", LinePlace(81, 682, 12)),
        PageLine("各位代表：", LinePlace(100, 400, 10)),
    ]
