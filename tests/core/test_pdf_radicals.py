"""A PDF whose text table reads a glyph as a radical (⻓ for 长) reads it as the ideograph
after ``ideographs_for_radicals``; a radical that stands for itself is kept, and nothing else
in the file changes."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from core.pdf_radicals import ideographs_for_radicals, ideographs_in_cmap

_CMAP = """/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
{sections}
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def _cmap(sections: str) -> bytes:
    return _CMAP.format(sections=sections).encode("ascii")


def _pdf(sections: str, shown: str = "AB") -> bytes:
    """A one-page PDF that shows the codes of ``shown`` in a font read by the given CMap."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 100)
    table = DecodedStreamObject()
    table.set_data(_cmap(sections))
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/ToUnicode"): writer._add_object(table),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 12 Tf 10 50 Td ({shown}) Tj ET".encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_glyph_read_as_the_radical_long_reads_as_the_ideograph() -> None:
    pdf = _pdf("2 beginbfchar\n<41> <2ED3>\n<42> <6CBB>\nendbfchar")
    assert _text(pdf) == "⻓治"
    mended = ideographs_for_radicals(pdf, "长治市")
    assert _text(mended) == "长治"
    assert mended.startswith(b"%PDF-") and len(PdfReader(io.BytesIO(mended)).pages) == 1


def test_ranges_read_as_ideographs_and_a_counted_range_is_written_out() -> None:
    sections = "2 beginbfrange\n<41> <42> [<2F00> <4E8C>]\n<43> <45> <2ED2>\nendbfrange"
    pdf = _pdf(sections, shown="ABCDE")
    assert _text(pdf) == "⼀二⻒⻓⻔"
    assert _text(ideographs_for_radicals(pdf, "")) == "一二镸长门"
    mended = ideographs_in_cmap(_cmap(sections), "")
    assert mended is not None
    assert b"<41> <42> [<4E00> <4E8C>]\n<43> <45> [<9578> <957F> <95E8>]" in mended


def test_a_radical_the_font_draws_apart_from_its_ideograph_is_kept() -> None:
    # The font has a glyph of its own for 长: the glyph read as ⻓ is the radical.
    cmap = _cmap("2 beginbfchar\n<41> <2ED3>\n<42> <957F>\nendbfchar")
    assert ideographs_in_cmap(cmap, "长") is None


def test_a_radical_in_the_printed_text_without_its_ideograph_is_kept() -> None:
    cmap = _cmap("1 beginbfchar\n<41> <2ED3>\nendbfchar")
    assert ideographs_in_cmap(cmap, "部首⻓") is None
    # Beside its ideograph, the glyph the two share mostly stands for the ideograph.
    assert ideographs_in_cmap(cmap, "部首⻓，长治") == _cmap(
        "1 beginbfchar\n<41> <957F>\nendbfchar"
    )


def test_everything_else_is_left_as_written() -> None:
    sections = "3 beginbfchar\n<41>   <0041>\n<42> /space\n<43> <2EE2>\nendbfchar"
    mended = ideographs_in_cmap(_cmap(sections), "")
    expected = sections.replace("<2EE2>", "<9A6C>")
    assert mended == _cmap(expected)


def test_a_pdf_with_nothing_to_change_or_that_cannot_be_read_is_given_back_as_it_is() -> None:
    pdf = _pdf("2 beginbfchar\n<41> <957F>\n<42> <6CBB>\nendbfchar")
    assert ideographs_for_radicals(pdf, "长治") is pdf
    assert ideographs_for_radicals(b"%PDF-1.4 not really", "") == b"%PDF-1.4 not really"
