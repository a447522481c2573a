"""The level a change starts from (``由34%提高到92%``): read with its result, no figure itself."""

from __future__ import annotations

import pytest

from core.numbers.extract import extract_numbers
from core.numbers.statements import Measure, StatementKind
from core.outline import parse_outline


def review(sentence: str) -> str:
    """A minimal report around one sentence of last year's review."""
    return (
        f"各位代表：\n\n一、2023年工作回顾\n\n{sentence}\n\n"
        "二、2024年工作安排\n\n坚持稳中求进。\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )


def results_of(sentence: str) -> list[tuple[object, ...]]:
    text = review(sentence)
    return [
        (s.text, s.indicator, s.measure, s.value, s.unit)
        for s in extract_numbers(text, parse_outline(text), 2024)
        if s.kind is StatementKind.RESULT
    ]


def test_a_rate_raised_from_a_base_is_one_result(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2026np"]
    statements = extract_numbers(text, parse_outline(text), 2026)
    schools = [s for s in statements if "达标率" in s.text]
    assert [(s.text, s.indicator, s.measure, s.value, s.unit, s.kind) for s in schools] == [
        (
            "职业学校办学条件达标率由34%提高到92%",
            "职业学校办学条件达标率",
            Measure.LEVEL,
            92.0,
            "%",
            StatementKind.RESULT,
        )
    ]
    assert schools[0].start == text.index("职业学校办学条件达标率由34%")
    assert not [s for s in statements if s.value == 34.0 and s.unit == "%"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "优良天数从280天增加到312天。",
            ("优良天数从280天增加到312天", "优良天数", Measure.LEVEL, 312.0, "天"),
        ),
        (
            "PM2.5浓度由45微克/立方米降至30微克/立方米。",
            (
                "PM2.5浓度由45微克/立方米降至30微克/立方米",
                "PM2.5浓度",
                Measure.LEVEL,
                30.0,
                "微克/立方米",
            ),
        ),
        (
            "森林覆盖率由“十三五”末的25%提高到27.97%。",
            ("森林覆盖率由“十三五”末的25%提高到27.97%", "森林覆盖率", Measure.LEVEL, 27.97, "%"),
        ),
        (
            "城镇化率由2020年的55%提升至60.65%。",
            ("城镇化率由2020年的55%提升至60.65%", "城镇化率", Measure.LEVEL, 60.65, "%"),
        ),
    ],
)
def test_a_change_from_a_base_is_the_level_reached(
    sentence: str, expected: tuple[object, ...]
) -> None:
    assert results_of(sentence) == [expected]


def test_figures_that_are_no_base_stay_figures() -> None:
    # A change without a base, and shares after 由 that reach no later figure.
    assert results_of("森林覆盖率较“十三五”末提高1.15个百分点。") == [
        ("森林覆盖率较“十三五”末提高1.15个百分点", "森林覆盖率", Measure.GROWTH, 1.15, "个百分点")
    ]
    assert [row[3] for row in results_of("建设资金由市级承担60%、县区承担40%。")] == [60.0, 40.0]
