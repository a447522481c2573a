"""A stretch's bigrams joined from its paragraphs' are those found in the stretch itself."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.compare.similarity import bigrams
from core.compare.text_bigrams import TextBigrams
from core.model import Paragraph
from core.paragraphs import split_paragraphs
from tests.property.mutations import PROPERTY_SETTINGS

# Ideographs, a supplementary-plane one, punctuation, digits, and the line breaks and spaces
# that separate paragraphs: a cut can fall between two ideographs or beside anything else.
_CHARACTER = st.sampled_from("能源煤炭转型𠮷，。1 \n")


@st.composite
def _text_with_paragraphs(draw: st.DrawFn) -> tuple[str, list[Paragraph]]:
    """A text and paragraphs of it: apart, adjacent, empty or none, with gaps of any text."""
    pieces = draw(st.lists(st.tuples(st.text(_CHARACTER, max_size=6), st.booleans()), max_size=8))
    text = ""
    paragraphs = []
    for piece, is_paragraph in pieces:
        if is_paragraph:
            paragraphs.append(Paragraph(len(paragraphs), len(text), len(text) + len(piece)))
        text += piece
    return text, paragraphs


@PROPERTY_SETTINGS
@given(_text_with_paragraphs(), st.data())
def test_a_stretch_has_the_bigrams_of_its_text(
    text_and_paragraphs: tuple[str, list[Paragraph]], data: st.DataObject
) -> None:
    text, paragraphs = text_and_paragraphs
    found = TextBigrams(text, paragraphs)
    for _ in range(4):  # again, once paragraphs' bigrams are kept
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert found.of(start, end) == bigrams(text[start:end]), (start, end)


def test_paragraphs_of_a_report_and_the_stretches_across_them() -> None:
    text = "一、回顾\n\n能源转型取得成效。\n煤炭产能稳定\n增长。\n"
    paragraphs = split_paragraphs(text)
    found = TextBigrams(text, paragraphs)
    whole = found.of(0, len(text))
    assert whole == bigrams(text) and "能源" in whole
    assert found.of(text.index("转型"), text.index("稳定")) == bigrams("转型取得成效。\n煤炭产能")
    assert found.of(2, 2) == []
