"""What a reader sees of the samples' figures: units, indicators and measures as written."""

from __future__ import annotations

from core.numbers.extract import extract_numbers
from core.numbers.statements import Measure, NumericStatement, StatementKind
from core.outline import parse_outline


def figures_of(text: str, year: int) -> list[NumericStatement]:
    return extract_numbers(text, parse_outline(text), year)


def test_a_concentration_per_cubic_metre_is_comparable(sample_texts: dict[str, str]) -> None:
    """``每立方米36微克`` is 36 微克/立方米, as the 晋城 report's ``34.7微克/立方米``."""
    statements = figures_of(sample_texts["cz2024"], 2024)
    pm25 = [(s.kind, s.measure, s.value, s.unit, s.qualifier) for s in statements
            if s.canonical == "pm25"]  # fmt: skip
    assert pm25 == [
        (StatementKind.RESULT, Measure.LEVEL, 36.0, "微克/立方米", None),
        (StatementKind.RESULT, Measure.DECLINE, 7.7, "%", None),
        (StatementKind.COMMITMENT, Measure.CAP, 34.0, "微克/立方米", "以下"),
    ]
    jincheng = figures_of(sample_texts["jc2024"], 2024)
    assert [s.unit for s in jincheng if s.canonical == "pm25" and s.value == 34.7] == [
        "微克/立方米"
    ]


def test_a_count_of_events_keeps_its_multiplier_and_qualifier(
    sample_texts: dict[str, str],
) -> None:
    statements = figures_of(sample_texts["cz2024"], 2024)
    shows = next(s for s in statements if s.indicator == "文化惠民演出")
    assert (shows.value, shows.unit, shows.qualifier, shows.text) == (
        2.9,
        "万场",
        "余",
        "文化惠民演出2.9万余场",
    )
