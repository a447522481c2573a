"""Rankings and fractions are not figures: the group ranked in, a place, a share written 2/3,
or a slogan counting rates (``3个100%``)."""

from __future__ import annotations

import pytest

from core.numbers.extract import extract_numbers
from core.numbers.statements import NumericStatement, StatementKind
from core.outline import parse_outline


def plan(sentence: str) -> str:
    """A minimal report around one sentence of this year's plan."""
    return (
        "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长5%。\n\n"
        f"二、2024年工作安排\n\n{sentence}\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )


def figures_of(text: str, year: int = 2024) -> list[NumericStatement]:
    return extract_numbers(text, parse_outline(text), year)


def commitments(sentence: str) -> list[tuple[str, float | None, str]]:
    return [
        (s.text, s.value, s.unit)
        for s in figures_of(plan(sentence))
        if s.kind is StatementKind.COMMITMENT
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "空气质量在168个重点城市中排名第30位。",
        "空气质量在168个重点城市中排名提升20位。",
        "全市经济总量进入全国20个革命老区重点城市前列。",
        "环境空气质量综合指数在168个重点城市中退出后50名。",
        "支持有实力的县冲刺全国县域经济百强县。",
        "三分之二的村达到集体经济强村标准。",
        "全市2/3的村建成美丽乡村。",
        "确保实现3个100%。",
        "全面实现“三个100%”目标。",
    ],
)
def test_a_ranking_or_a_fraction_is_no_figure(sentence: str) -> None:
    assert commitments(sentence) == []


def test_a_fraction_stays_with_the_words_of_its_figure() -> None:
    assert commitments("全市2/3的村集体经济收入达到30万元、1/2的村达到50万元。") == [
        ("2/3的村集体经济收入达到30万元", 30.0, "万元"),
        ("1/2的村达到50万元", 50.0, "万元"),
    ]


def test_things_that_rank_themselves_are_counted() -> None:
    assert commitments("力争2个县进入全国百强县，9项主要经济指标中5项位列全省前列。") == [
        ("力争2个县进入全国百强县", 2.0, "个"),
        ("9项主要经济指标中", 9.0, "项"),
        ("5项位列全省前列", 5.0, "项"),
    ]
    assert commitments("培训技能人才3000名，排名靠前。") == [("培训技能人才3000名", 3000.0, "名")]


def test_a_rate_after_a_count_of_rates_is_the_only_one_left_out() -> None:
    """``实现3个100%`` is a slogan (three things at 100%), not a rate of 100% of ``3个``; a
    rate after the words of a count is still read."""
    assert commitments("确保实现3个100%，10个国控断面水质优良率100%。") == [
        ("10个国控断面水质优良率", 10.0, "个"),
        ("国控断面水质优良率100%", 100.0, "%"),
    ]


def test_the_samples_rankings_and_fractions(sample_texts: dict[str, str]) -> None:
    jincheng = figures_of(sample_texts["jc2024"])
    ranked = [s.text for s in jincheng if "168个" in s.text or "50名" in s.text]
    assert ranked == []
    assert [s.text for s in jincheng if s.value == 1 and not s.unit] == []
    assert [s.text for s in jincheng if "的村" in s.text] == [
        "2/3的村集体经济收入达到30万元",
        "1/2的村达到50万元",
        "近1/3的村达到100万元",
        # the shares of villages over each income (the incomes are no figures): three figures
        *["集体经济年收入30万元、50万元、100万元以上的村分别达到75％、55％、35％"] * 3,
    ]
    plan_2030 = figures_of(sample_texts["cz2026np"], 2026)
    assert [s.text for s in plan_2030 if "革命老区" in s.text] == []
