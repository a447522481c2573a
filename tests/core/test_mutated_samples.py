"""Property tests on mutated samples: cut, shuffled, hard-wrapped, re-encoded, then read whole.

Real files are seldom as clean as the samples: a newspaper edition starts mid-part, a PDF
extraction breaks lines every N characters, a page is missing, a file comes in GB18030 or
UTF-16. Whatever hypothesis makes of the samples, reading, the section tree, paragraphs, noise,
numbers and comparing must not raise, and every offset must lie inside the text and point at
what it claims.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.analysis import AnalysedText, analyse_text
from core.compare.comparison import compare_reports
from core.compare.records import CompareInput, CompareSettings, Granularity
from core.errors import ReportLensError
from core.ingest import read_document
from core.library import load_file
from core.model import ReportKind, ReportMeta, Section
from core.noise import noise_spans
from core.numbers import extract_numbers

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in SAMPLES]
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16")
# A fragment of at least a paragraph: a file of a few characters is ambiguous in any legacy
# encoding (two GB18030 bytes may be valid UTF-8), and no report is that short.
MIN_FRAGMENT = 200
PROPERTIES = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    """A sample changed as real files are: (the text, the encoding to write it in)."""
    text = draw(st.sampled_from(TEXTS))
    start = draw(st.integers(0, len(text) // 2))
    end = draw(st.integers(start + MIN_FRAGMENT, len(text)))
    text = text[start:end]  # a fragment, cut anywhere (even inside a heading)
    if draw(st.booleans()):  # paragraphs shuffled
        paragraphs = text.split("\n\n")
        random.Random(draw(st.integers(0, 2**32))).shuffle(paragraphs)
        text = "\n\n".join(paragraphs)
    width = draw(st.one_of(st.none(), st.integers(8, 60)))
    if width is not None:  # hard line breaks every ``width`` characters, as PDF extraction
        text = "\n".join(
            "\n".join(line[i : i + width] for i in range(0, max(len(line), 1), width))
            for line in text.split("\n")
        )
    text += draw(st.sampled_from(["", "\n", "𠮷", "（", "——", "一、", " 3.5%"]))
    return text, draw(st.sampled_from(ENCODINGS))


def _read(text: str, encoding: str) -> AnalysedText:
    """The file as read from disk, parsed. Reading gives the text exactly; the importer
    takes it or refuses it in one sentence naming the file (a fragment may not read as a
    report)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_bytes(text.encode(encoding))
        document = read_document(path)  # decoded exactly, whatever the encoding
        assert document.text == text and document.encoding
        try:
            load_file(path)
        except ReportLensError as error:
            assert str(error).startswith("report.txt: "), error
    return analyse_text(text, "report.txt")


def _input(analysed: AnalysedText) -> CompareInput:
    meta = ReportMeta("t", None, None, ReportKind.REPORT)
    return CompareInput(analysed.text, analysed.outline, analysed.paragraphs, meta)


def _check_sections(sections: tuple[Section, ...], start: int, end: int, text: str) -> None:
    previous_end = start
    for section in sections:
        assert previous_end <= section.start <= section.heading_end <= section.end <= end
        assert section.title.strip(), section
        assert text[section.start : section.heading_end].strip()
        _check_sections(section.children, section.heading_end, section.end, text)
        previous_end = section.end


@PROPERTIES
@given(mutated())
def test_reading_and_parsing_a_mutated_sample(case: tuple[str, str]) -> None:
    report = _read(*case)
    length = len(report.text)
    _check_sections(report.outline.sections, 0, length, report.text)
    previous = 0
    for paragraph in report.paragraphs:
        assert previous <= paragraph.start < paragraph.end <= length
        previous = paragraph.end
    for start, end, _kind in noise_spans(report.text):
        assert 0 <= start <= end <= length
    for statement in extract_numbers(
        report.text, report.outline, report.meta.year, kind=report.meta.kind
    ):
        assert 0 <= statement.start <= statement.end <= length
        assert statement.text == report.text[statement.start : statement.end]


@PROPERTIES
@given(mutated(), st.sampled_from(TEXTS), st.booleans())
def test_comparing_a_mutated_sample(case: tuple[str, str], other: str, by_character: bool) -> None:
    report = _read(*case)
    original = _read(other, "utf-8")
    settings_ = CompareSettings(
        granularity=Granularity.CHARACTER if by_character else Granularity.WORD
    )
    itself = compare_reports(_input(report), _input(report), settings_)
    assert itself.changes == ()  # a text compared with itself has no changes
    comparison = compare_reports(_input(original), _input(report), settings_)
    for change in comparison.changes:
        assert 0 <= change.left_start <= change.left_end <= len(original.text)
        assert 0 <= change.right_start <= change.right_end <= len(report.text)
