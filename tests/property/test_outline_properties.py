"""Properties of the text parsers on arbitrary text and on mutated samples.

The section tree (``parse_outline``), the paragraph splitter, noise detection and the
normalised copy never raise, and every offset they give points inside the text at what the
record says: a heading's title at its offset, paragraphs covering every visible character,
noise spans on noise, sections nested and in order.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from core.errors import UnreadableFileError
from core.ingest import read_document
from core.ingest.text import normalise_line_endings
from core.line_space import LINE_SPACE
from core.model import Outline, Paragraph, Section
from core.noise import (
    CREDITS,
    PAGE_HEADER,
    PAGE_JUMP,
    PAGE_JUMP_MARKER,
    PAGE_NUMBER,
    line_noise_kind,
    noise_spans,
)
from core.outline import parse_outline
from core.paragraphs import split_paragraphs
from core.text import normalise
from tests.property.mutations import (
    PROPERTY_SETTINGS,
    SAMPLE_SETTINGS,
    mutated_sample,
    report_like_text,
    spans_inside,
)


def check_sections(text: str, sections: tuple[Section, ...], parent: Section | None) -> None:
    """Sections inside their parent, in order, not overlapping, each heading at its offset."""
    low = 0 if parent is None else parent.start
    high = len(text) if parent is None else parent.end
    previous_end = low
    for section in sections:
        assert low <= section.start <= section.heading_end <= section.end <= high, section
        assert previous_end <= section.start, (section, "overlaps its previous sibling")
        previous_end = section.end
        assert section.title, section
        assert section.title in text[section.start : section.heading_end], section
        assert not text[section.start].isspace(), section
        if parent is not None:
            assert section.level == parent.level + 1, section
        assert section.level >= 1
        check_sections(text, section.children, section)


def check_outline(text: str) -> Outline:
    """Parse ``text`` and check every property of its tree."""
    outline = parse_outline(text)
    check_sections(text, outline.sections, None)
    starts = [s.start for s in outline.walk()]
    assert starts == sorted(starts), "sections are not in text order"
    for section in outline.walk():
        path = outline.path_at(section.start)
        assert path and path[-1].start == section.start
    return outline


def check_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs indexed in order, trimmed, disjoint, and covering every visible character;
    the paragraphs checked."""
    paragraphs = split_paragraphs(text)
    covered = bytearray(len(text))
    previous_end = 0
    for index, paragraph in enumerate(paragraphs):
        assert paragraph.index == index
        assert previous_end <= paragraph.start < paragraph.end <= len(text), paragraph
        body = text[paragraph.start : paragraph.end]
        assert body == body.strip(), paragraph
        previous_end = paragraph.end
        covered[paragraph.start : paragraph.end] = b"\x01" * (paragraph.end - paragraph.start)
    # Characters that show nothing (spaces, and the zero-width ones a line may carry, such as
    # a byte order mark) belong to no paragraph when they stand alone.
    lost = [
        i
        for i, ch in enumerate(text)
        if not covered[i] and not ch.isspace() and ch not in LINE_SPACE
    ]
    assert not lost, f"characters in no paragraph: {[text[i] for i in lost[:10]]}"
    spans = noise_spans(text)
    for paragraph in paragraphs:
        if paragraph.is_noise:
            for i in range(paragraph.start, paragraph.end):
                assert text[i].isspace() or any(s <= i < e for s, e, _ in spans), paragraph
    return paragraphs


def check_noise(text: str) -> list[tuple[int, int]]:
    """Noise spans sorted, inside the text, each holding noise of its kind; the spans."""
    spans = noise_spans(text)
    assert spans == sorted(spans)
    for start, end, kind in spans:
        assert 0 <= start < end <= len(text), (start, end, kind)
        assert kind in {PAGE_JUMP, PAGE_HEADER, PAGE_NUMBER, CREDITS}
        piece = text[start:end]
        assert piece == piece.strip() and "\n" not in piece, (start, end, kind)
        if kind == PAGE_JUMP:
            assert PAGE_JUMP_MARKER.fullmatch(piece), piece
    for line in text.split("\n"):
        line_noise_kind(line)
    return [(start, end) for start, end, _kind in spans]


def check_normalised(text: str) -> None:
    """The normalised copy maps every character back, in order, inside the text."""
    norm = normalise(text)
    assert len(norm.origin) == len(norm.text) + 1
    assert norm.origin[-1] == len(text)
    assert list(norm.origin) == sorted(norm.origin)
    for i in range(len(norm.text)):
        assert 0 <= norm.origin[i] < len(text)
        start, end = norm.span_to_original(i, i + 1)
        assert 0 <= start < end <= len(text)


@PROPERTY_SETTINGS
@given(report_like_text)
def test_outline_of_arbitrary_text(text: str) -> None:
    outline = check_outline(text)
    assert spans_inside(text, ((s.start, s.end) for s in outline.walk()))


@PROPERTY_SETTINGS
@given(report_like_text)
def test_paragraphs_and_noise_of_arbitrary_text(text: str) -> None:
    paragraphs = check_paragraphs(text)
    assert spans_inside(text, ((p.start, p.end) for p in paragraphs))
    assert spans_inside(text, check_noise(text))
    check_normalised(text)


@PROPERTY_SETTINGS
@given(st.text(max_size=200))
def test_outline_and_paragraphs_of_any_unicode(text: str) -> None:
    outline = check_outline(text)
    assert spans_inside(text, ((s.start, s.end) for s in outline.walk()))
    assert spans_inside(text, ((p.start, p.end) for p in check_paragraphs(text)))
    assert spans_inside(text, check_noise(text))


@SAMPLE_SETTINGS
@given(mutated_sample())
def test_outline_of_mutated_samples(text: str) -> None:
    outline = check_outline(text)
    assert spans_inside(text, ((s.start, s.end) for s in outline.walk()))


@SAMPLE_SETTINGS
@given(mutated_sample())
def test_paragraphs_and_noise_of_mutated_samples(text: str) -> None:
    assert spans_inside(text, ((p.start, p.end) for p in check_paragraphs(text)))
    assert spans_inside(text, check_noise(text))


@SAMPLE_SETTINGS
@given(
    mutated_sample(),
    st.sampled_from(["gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"]),
    st.booleans(),
)
def test_a_mutated_sample_saved_in_another_encoding_reads_back_the_same(
    text: str, encoding: str, crlf: bool
) -> None:
    expected = normalise_line_endings(text).removeprefix("\ufeff")
    data = (expected.replace("\n", "\r\n") if crlf else expected).encode(encoding)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_bytes(data)
        try:
            document = read_document(path)
        except UnreadableFileError:
            # Refused, never misread: only a fragment too short to tell its encoding by.
            assert len(expected.strip()) < 200 or not expected.strip()
            return
    assert document.text == expected
    check_outline(document.text)
