"""A count inside quotation marks names a slogan or a set of measures: it is no figure."""

from __future__ import annotations

import pytest

from core.numbers.extract import extract_numbers
from core.numbers.statements import NumericStatement, StatementKind
from core.outline import parse_outline

QUOTES = '“”"「」『』‘’'


def plan(sentence: str) -> str:
    """A minimal report around one sentence of this year's plan."""
    return (
        "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长5%。\n\n"
        f"二、2024年工作安排\n\n{sentence}\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )


def commitments(sentence: str) -> list[tuple[str, float | None, str]]:
    text = plan(sentence)
    return [
        (s.indicator, s.value, s.unit)
        for s in extract_numbers(text, parse_outline(text), 2024)
        if s.kind is StatementKind.COMMITMENT
    ]


def balanced(indicator: str) -> bool:
    """Whether every quotation mark of ``indicator`` belongs to a name quoted whole in it."""
    pairs = ("“”", "「」", "『』", "‘’")
    return indicator.count('"') % 2 == 0 and all(
        indicator.count(a) == indicator.count(b) for a, b in pairs
    )


@pytest.mark.parametrize(
    "sentence",
    [
        '持续推广"10种模式"和"6项机制"。',
        "持续推广“10种模式”和“6项机制”。",
        "持续推广「10种模式」和「6项机制」。",
        "持续推广『10种模式』和『6项机制』。",
        "用好“人才新政20条”。",
        "锚定“5年1000亿”产值目标。",
    ],
)
def test_a_count_in_a_quoted_name_is_no_figure(sentence: str) -> None:
    assert commitments(sentence) == []


def test_a_figure_after_a_quoted_name_is_read() -> None:
    assert commitments("持续推广“10种模式”和“6项机制”，建成5个产业园。") == [("产业园", 5.0, "个")]
    assert commitments('实施216个"三个一批"项目。进出口总额较"十三五"增长84%。') == [
        ('"三个一批"项目', 216.0, "个"),
        ("进出口总额", 84.0, "%"),
    ]


def jincheng(sample_texts: dict[str, str]) -> list[NumericStatement]:
    text = sample_texts["jc2024"]
    return extract_numbers(text, parse_outline(text), 2024)


def test_the_samples_quoted_counts_are_no_figures(sample_texts: dict[str, str]) -> None:
    statements = jincheng(sample_texts)
    # ``联农带农利益联结“6项机制”``, ``持续推广“10种模式”和“6项机制”``, ``用好“人才新政20条”``
    assert not [s.text for s in statements if s.unit in ("项", "条") and s.value in (6, 20)]
    assert [s for s in statements if not balanced(s.indicator)] == []
    # a count of things of a quoted kind stays
    assert ("“三个一批”项目", 216.0) in [(s.indicator, s.value) for s in statements]


def test_no_sample_indicator_holds_half_a_quotation(sample_texts: dict[str, str]) -> None:
    years = {"cz2024": 2024, "cz2025i": 2025, "jc2024": 2024, "cz2024np": 2024, "cz2026np": 2026}
    for name, text in sample_texts.items():
        statements = extract_numbers(text, parse_outline(text), years[name])
        assert [s.indicator for s in statements if not balanced(s.indicator)] == [], name
