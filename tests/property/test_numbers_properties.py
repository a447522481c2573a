"""Properties of the number extractor on arbitrary text and on mutated samples.

``extract_numbers`` never raises; each statement's span lies inside the text and holds the
phrase it reports, a figure with a value has a numeral in its span, statements come in text
order with the section path of where they stand, and each survives the JSON the library stores.
"""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from core.model import ReportKind
from core.numbers.extract import extract_numbers
from core.numbers.statements import NumericStatement
from core.outline import parse_outline
from core.text import normalise
from tests.property.mutations import (
    PROPERTY_SETTINGS,
    SAMPLE_SETTINGS,
    mutated_sample,
    report_like_text,
    spans_inside,
)

# What a figure's value can be read from: digits, Chinese numerals, 半 (half), 倍/番 (-fold).
_NUMERAL = re.compile(r"[\d一二两三四五六七八九十百千万亿半倍番]")
years = st.one_of(st.none(), st.integers(1949, 2100))
kinds = st.one_of(st.none(), st.sampled_from(list(ReportKind)))


def check_numbers(text: str, year: int | None, kind: ReportKind | None) -> list[NumericStatement]:
    """Extract the statements of ``text`` and check each one against the text; the statements."""
    outline = parse_outline(text)
    statements = extract_numbers(text, outline, year, kind=kind)
    starts = [s.start for s in statements]
    assert starts == sorted(starts), "statements are not in text order"
    for statement in statements:
        assert 0 <= statement.start < statement.end <= len(text), statement
        # The words as read; only line breaks extraction put inside them and bold marks go.
        as_read = "".join(text[statement.start : statement.end].split()).replace("**", "")
        assert as_read == "".join(statement.text.split()), statement
        if statement.value is not None:
            assert _NUMERAL.search(normalise(statement.text).text), statement
            if statement.value_max is not None:
                assert statement.value <= statement.value_max, statement
        path = tuple(section.title for section in outline.path_at(statement.start))
        assert statement.section == path, statement
        stored = json.loads(json.dumps(statement.as_json(), ensure_ascii=False))
        assert NumericStatement.from_json(stored) == statement
    return statements


@PROPERTY_SETTINGS
@given(report_like_text, years, kinds)
def test_numbers_of_arbitrary_text(text: str, year: int | None, kind: ReportKind | None) -> None:
    statements = check_numbers(text, year, kind)
    assert spans_inside(text, ((s.start, s.end) for s in statements))


@PROPERTY_SETTINGS
@given(st.text(max_size=200), years)
def test_numbers_of_any_unicode(text: str, year: int | None) -> None:
    statements = check_numbers(text, year, None)
    assert spans_inside(text, ((s.start, s.end) for s in statements))


@SAMPLE_SETTINGS
@given(mutated_sample(), years, kinds)
def test_numbers_of_mutated_samples(text: str, year: int | None, kind: ReportKind | None) -> None:
    statements = check_numbers(text, year, kind)
    assert spans_inside(text, ((s.start, s.end) for s in statements))


def test_a_range_written_high_to_low_keeps_its_upper_end_as_value_max() -> None:
    # Found by test_numbers_of_arbitrary_text ("20234.5%—5%"): value 20234.5, value_max 5.
    (statement,) = extract_numbers("居民消费价格涨幅控制在3.5%—3%", parse_outline(""), 2024)
    assert (statement.value, statement.value_max, statement.unit) == (3.0, 3.5, "%")
    check_numbers("20234.5%—5%", None, None)
