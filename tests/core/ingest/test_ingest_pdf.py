"""PDFs: the text layer read through pypdf; scans, garbled fonts, damage and passwords refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from core.errors import UnreadableFileError
from core.ingest.pdf import read_pdf

PATH = Path("report.pdf")
FORMATS = Path(__file__).resolve().parents[2] / "data" / "formats"
# A Type0 font with Identity-H encoding and no ToUnicode map: the PDF says which glyphs to
# draw but not which characters they are, as many badly exported PDFs do.
_UNMAPPED_FONT = (
    b"<< /Type /Font /Subtype /Type0 /BaseFont /Embedded /Encoding /Identity-H "
    b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Embedded "
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
    b"/FontDescriptor << /Type /FontDescriptor /FontName /Embedded /Flags 4 "
    b"/FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 "
    b"/CapHeight 700 /StemV 80 >> >>] >>"
)


def _pdf_with_codes(codes: bytes) -> bytes:
    """A one-page PDF showing the 2-byte glyph ``codes`` in the unmapped font."""
    content = b"BT /F1 14 Tf 60 700 Td <" + codes.hex().encode() + b"> Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        _UNMAPPED_FONT,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _cjk_pdf(lines: list[str]) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    pdf.setFont("STSong-Light", 14)
    for index, line in enumerate(lines):
        pdf.drawString(60, 760 - 20 * index, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pypdf_extracts_chinese_from_a_cid_font_pdf() -> None:
    data = _cjk_pdf(["各位代表：", "（一）坚持抓项目、帮企业，经济运行向上向好。"])
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert text.splitlines() == ["各位代表：", "（一）坚持抓项目、帮企业，经济运行向上向好。"]


def test_a_short_pdf_reads_as_paragraphs() -> None:
    document = read_pdf(PATH, _cjk_pdf(["各位代表：", "现在，我代表市人民政府向大会报告工作。"]))
    assert document.text == "各位代表：\n\n现在，我代表市人民政府向大会报告工作。"
    assert (document.encoding, document.format) == ("pdf", "pdf")


def test_the_fixture_has_a_running_head_and_page_numbers_in_its_raw_text() -> None:
    reader = PdfReader(FORMATS / "changzhi-excerpt.pdf")
    raw = [page.extract_text() for page in reader.pages]
    assert len(raw) >= 3
    assert all("长治市人民政府公报" in page and f"- {n} -" in page for n, page in enumerate(raw, 1))
    text = read_pdf(PATH, (FORMATS / "changzhi-excerpt.pdf").read_bytes()).text
    assert "长治市人民政府公报" not in text and "- 2 -" not in text


@pytest.mark.parametrize(
    "codes",
    [bytes(range(3, 40)) * 4, "\ue001\ue002\ue003\ue004".encode("utf-16-be") * 10],
    ids=["control-codes", "private-use"],
)
def test_unmapped_glyphs_are_refused_as_garbled(codes: bytes) -> None:
    with pytest.raises(
        UnreadableFileError, match=r"^report\.pdf: the text in this PDF comes out garbled"
    ):
        read_pdf(PATH, _pdf_with_codes(codes))


def test_rare_characters_from_a_wrong_font_map_are_refused() -> None:
    # Glyph ids read as code points land on rare CJK characters: "Chinese" nobody wrote.
    rare = "".join(chr(0x9F80 + i) for i in range(40))
    with pytest.raises(UnreadableFileError, match="comes out garbled"):
        read_pdf(PATH, _pdf_with_codes(rare.encode("utf-16-be")))


def test_a_pdf_without_text_is_a_scan() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(UnreadableFileError, match="has no text layer"):
        read_pdf(PATH, buffer.getvalue())


@pytest.mark.parametrize("data", [b"%PDF-1.4\n garbage", b"not a pdf at all", b"%PDF-"])
def test_damaged_pdfs_are_refused(data: bytes) -> None:
    with pytest.raises(UnreadableFileError, match="damaged or is not really a PDF"):
        read_pdf(PATH, data)


def test_a_password_protected_pdf_is_refused() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(_cjk_pdf(["各位代表："] * 5)))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(UnreadableFileError, match="protected by a password"):
        read_pdf(PATH, buffer.getvalue())


def test_a_pdf_encrypted_without_a_user_password_is_read() -> None:
    writer = PdfWriter(
        clone_from=io.BytesIO(_cjk_pdf(["各位代表：现在，我代表市人民政府向大会报告工作。"]))
    )
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert (
        read_pdf(PATH, buffer.getvalue()).text == "各位代表：现在，我代表市人民政府向大会报告工作。"
    )
