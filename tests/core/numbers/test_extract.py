"""Extraction of targets, plan targets, commitments and results: literal texts and samples."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path

import pytest

from core.model import Outline, ReportKind
from core.numbers.extract import extract_numbers
from core.numbers.statements import Measure, NumericStatement, StatementKind
from core.outline import parse_outline
from core.paragraphs import split_paragraphs

DATA = Path(__file__).resolve().parents[2] / "data" / "unseen_targets"
ROOT = Path(__file__).resolve().parents[3]


def plan(sentence: str, year: int = 2024) -> str:
    """A minimal report around one sentence of this year's plan."""
    return (
        "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长5%。\n\n"
        f"二、{year}年工作安排\n\n{sentence}\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )


def targets_of(text: str, year: int | None = 2024) -> list[NumericStatement]:
    return [
        s
        for s in extract_numbers(text, parse_outline(text), year)
        if s.kind is StatementKind.TARGET
    ]


def rows(statements: list[NumericStatement]) -> list[tuple[object, ...]]:
    return [(s.canonical, s.measure, s.value, s.value_max, s.unit, s.qualifier) for s in statements]


def test_main_targets_sentence_of_a_city() -> None:
    found = targets_of(
        plan(
            "今年经济社会发展的主要预期目标是：GDP增长6%左右，在实际工作中争取更好结果；"
            "城镇新增就业4.3万人；居民消费价格指数控制在3%左右。"
        )
    )
    assert rows(found) == [
        ("gdp", Measure.GROWTH, 6.0, None, "%", "左右"),
        ("urban_new_jobs", Measure.LEVEL, 4.3, None, "万人", None),
        ("cpi", Measure.CAP, 3.0, None, "%", "左右"),
    ]
    assert [s.indicator for s in found] == ["GDP", "城镇新增就业", "居民消费价格指数"]
    assert all(s.year == 2024 and s.section == ("2024年工作安排",) for s in found)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "一般公共预算收入增长4.5%—5%",
            ("public_budget_revenue", Measure.GROWTH, 4.5, 5.0, "%", None),
        ),
        (
            "一般公共预算收入增长4.5%-5%",
            ("public_budget_revenue", Measure.GROWTH, 4.5, 5.0, "%", None),
        ),
        ("城镇调查失业率5.5%以内", ("surveyed_unemployment", Measure.CAP, 5.5, None, "%", "以内")),
        (
            "城镇登记失业率控制在4.5%以下",
            ("registered_unemployment", Measure.CAP, 4.5, None, "%", "以下"),
        ),
        (
            "固定资产投资增长6%以上",
            ("fixed_asset_investment", Measure.GROWTH, 6.0, None, "%", "以上"),
        ),
        (
            "力争规上工业增加值增长8%",
            ("industrial_value_added", Measure.GROWTH, 8.0, None, "%", "力争"),
        ),
        ("进出口总额突破千亿元", ("foreign_trade", Measure.LEVEL, 1000.0, None, "亿元", "以上")),
        ("地区生产总值达到1.2万亿元", ("gdp", Measure.LEVEL, 12000.0, None, "亿元", None)),
        ("粮食产量稳定在25亿斤以上", ("grain_output", Measure.LEVEL, 25.0, None, "亿斤", "以上")),
        ("单位GDP能耗下降3%", ("energy_intensity", Measure.DECLINE, 3.0, None, "%", None)),
        (
            "实际利用外资增长一倍",
            ("utilised_foreign_capital", Measure.GROWTH, 1.0, None, "倍", None),
        ),
        (
            "PM2.5浓度控制在35微克/立方米以内",
            ("pm25", Measure.CAP, 35.0, None, "微克/立方米", "以内"),
        ),
        ("城乡居民收入增长与经济增长同步", None),
    ],
)
def test_each_target_form(clause: str, expected: tuple[object, ...] | None) -> None:
    found = targets_of(plan(f"今年主要预期目标是：{clause}。"))
    if expected is None:
        assert rows(found) == [
            ("urban_income", Measure.GROWTH, None, None, "", "同步"),
            ("rural_income", Measure.GROWTH, None, None, "", "同步"),
        ]
    else:
        assert rows(found) == [expected]


def test_several_values_in_one_phrase_become_several_statements() -> None:
    found = targets_of(plan("今年主要预期目标是：城乡居民人均可支配收入分别增长7%和8%左右。"))
    assert rows(found) == [
        ("urban_income", Measure.GROWTH, 7.0, None, "%", "左右"),
        ("rural_income", Measure.GROWTH, 8.0, None, "%", "左右"),
    ]
    assert found[0].text == found[1].text == "城乡居民人均可支配收入分别增长7%和8%左右"


def test_targets_without_a_number() -> None:
    found = targets_of(
        plan(
            "今年主要预期目标是：城镇居民可支配收入与经济增长基本同步，农村居民可支配收入高于经济增长水平；"
            "居民收入增长和经济增长同步；各项约束性指标不折不扣完成省下达任务。"
        )
    )
    assert rows(found) == [
        ("urban_income", Measure.GROWTH, None, None, "", "同步"),
        ("rural_income", Measure.GROWTH, None, None, "", "高于"),
        ("resident_income", Measure.GROWTH, None, None, "", "同步"),
        ("binding_indicators", Measure.LEVEL, None, None, "", None),
    ]
    assert found[-1].text == "各项约束性指标不折不扣完成省下达任务"


def test_provincial_level_or_above_is_not_a_qualifier() -> None:
    text = plan(
        "今年主要预期目标是：GDP增长6%。新培育省级以上创新平台20家，市级以上专精特新企业30户。"
    )
    statements = extract_numbers(text, parse_outline(text), 2024)
    platforms = [s for s in statements if s.value == 20.0]
    assert len(platforms) == 1
    assert platforms[0].qualifier is None
    assert platforms[0].kind is StatementKind.COMMITMENT
    assert all(s.qualifier != "以上" for s in statements)


def test_targets_sentence_after_comprehensive_consideration_runs_over_sentences() -> None:
    found = targets_of(
        plan(
            "综合考虑各方面因素，今年地区生产总值增长6％左右，在实际工作中尽可能争取更好结果。"
            "固定资产投资增长10％，城镇新增就业3.9万人。约束性指标按照省定要求全面完成。"
            "围绕上述目标，重点抓好以下工作，新建学校10所。"
        )
    )
    assert [s.canonical for s in found] == [
        "gdp",
        "fixed_asset_investment",
        "urban_new_jobs",
        "binding_indicators",
    ]


def test_no_target_sentence_means_no_targets() -> None:
    assert targets_of(plan("全年新建学校10所，GDP增长6%左右。")) == []
    assert targets_of("今年经济社会发展的主要预期目标是：GDP增长6%左右。") == []


def test_five_year_goals_are_plan_targets_never_targets(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2026np"]
    statements = extract_numbers(text, parse_outline(text), 2026)
    five_year_part = text.index("二、“十五五”时期")
    plan_part = text.index("三、2026年工作安排")
    in_five_year = [s for s in statements if five_year_part <= s.start < plan_part]
    assert in_five_year and all(s.kind is StatementKind.PLAN_TARGET for s in in_five_year)
    assert {s.year for s in in_five_year} == {2030}
    manufacturing = next(s for s in in_five_year if s.canonical == "manufacturing_value_added")
    assert (manufacturing.value, manufacturing.qualifier) == (8.0, "以上")
    assert all(s.start >= plan_part for s in statements if s.kind is StatementKind.TARGET)


def test_five_year_review_results_have_no_guessed_year(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2026np"]
    statements = extract_numbers(text, parse_outline(text), 2026)
    review = [s for s in statements if s.start < text.index("二、“十五五”时期")]
    assert review and all(s.kind is StatementKind.RESULT for s in review)
    assert all(s.year in (None, 2025) for s in review)
    trade = next(s for s in review if s.canonical == "foreign_trade")
    assert (trade.value, trade.year) == (84.0, None)


def test_results_of_the_interpretation(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2025i"]
    statements = extract_numbers(text, parse_outline(text), 2025)
    assert statements and all(s.kind is StatementKind.RESULT for s in statements)
    assert all(s.year == 2024 for s in statements)

    def first(canonical: str, measure: Measure) -> NumericStatement:
        return next(s for s in statements if s.canonical == canonical and s.measure is measure)

    assert first("gdp", Measure.GROWTH).value == 2.6
    assert first("gdp", Measure.LEVEL).value == 2593.4
    assert first("fixed_asset_investment", Measure.GROWTH).value == 6.1
    assert first("fixed_asset_investment", Measure.LEVEL).value == 1000.0
    assert first("retail_sales", Measure.GROWTH).value == 3.2  # only in the laid-out panel
    assert first("urban_new_jobs", Measure.LEVEL).value == 4.7
    assert first("urban_income", Measure.GROWTH).value == 3.7
    assert first("rural_income", Measure.GROWTH).value == 5.6
    assert first("public_budget_expenditure", Measure.SHARE).value == 77.7


def test_interpretation_figures_read_without_bold_marks_or_the_credits(
    sample_texts: dict[str, str],
) -> None:
    text = sample_texts["cz2025i"]
    statements = extract_numbers(text, parse_outline(text), 2025)
    assert not [s.text for s in statements if "*" in s.text]
    panels = text[text.index("全市地区生产总值完成  \n") : text.index("# 2024")]
    in_panels = extract_numbers(panels, Outline(()), 2025, kind=ReportKind.INTERPRETATION)
    chores = next(s for s in in_panels if s.start == panels.index("省政府安排的**15**件"))
    assert chores.text == "省政府安排的15件民生实事全部兑现落实"
    assert chores.indicator == "民生实事全部兑现落实"
    assert not [s.text for s in in_panels if "文字整理" in s.text or "桂滨" in s.text]


def test_a_figure_of_part_of_the_city_is_not_the_city_s(sample_texts: dict[str, str]) -> None:
    for name, words in (
        ("cz2024", "开发区规上工业增加值增长15.9%"),
        ("jc2024", "工业类开发区规上工业增加值增长15％"),
        ("cz2026np", "开发区工业投资、规模以上工业增加值增速均达到10%以上"),
    ):
        text = sample_texts[name]
        statement = next(
            s for s in extract_numbers(text, parse_outline(text), None) if s.text == words
        )
        assert statement.canonical is None, name  # no scorecard reads it as the city's
        assert statement.indicator.startswith(("开发区", "工业类开发区"))
    text = "全市规上工业增加值增长6%，开发区规上工业增加值增长15.9%。"
    found = {s.text: s.canonical for s in extract_numbers(text, Outline(()), 2024)}
    assert found == {
        "规上工业增加值增长6%": "industrial_value_added",
        "开发区规上工业增加值增长15.9%": None,
    }


def test_every_statement_lies_within_one_paragraph(sample_texts: dict[str, str]) -> None:
    for name, text in sample_texts.items():
        paragraphs = split_paragraphs(text)
        for statement in extract_numbers(text, parse_outline(text), None):
            assert any(p.start <= statement.start and statement.end <= p.end for p in paragraphs), (
                name,
                statement.text,
            )


def test_a_list_item_does_not_read_the_item_before_it(sample_texts: dict[str, str]) -> None:
    """``8个公园、44个游园``: 44个 reads 游园, not ``公园、游园``. Words two figures share
    with nothing between (``773家民营企业应急还贷202.8亿元``) stay with both, and a size
    passed over (``100个投资10亿元以上重大工程项目``) lies inside the count's words."""
    for name, text in sample_texts.items():
        statements = extract_numbers(text, parse_outline(text), None)
        for first, second in pairwise(statements):
            if second.end <= first.end or first.end <= second.start:
                continue  # nested, or apart
            # They share words: not across a list's break after the first one's words.
            assert not re.match(r"\s*[、，,；;]", text[first.end : second.end]), (
                name,
                first.text,
                second.text,
            )


@pytest.mark.parametrize(
    ("sentence", "passages"),
    [
        ("建成8个公园、44个游园。", ["建成8个公园", "44个游园"]),
        ("建成12个标准化考场和10个技能大师工作室。", ["建成12个标准化考场", "10个技能大师工作室"]),
        (
            "9项主要经济指标中8项增速高于全省平均水平。",
            ["9项主要经济指标中", "8项增速高于全省平均水平"],
        ),
        # Nothing between them: the words stay with both.
        (
            "帮助773家民营企业应急还贷202.8亿元。",
            ["帮助773家民营企业应急还贷", "民营企业应急还贷202.8亿元"],
        ),
    ],
)
def test_the_words_each_figure_of_a_clause_reads(sentence: str, passages: list[str]) -> None:
    text = review(sentence)
    found = extract_numbers(text, parse_outline(text), 2024)
    assert [s.text for s in found if s.section[0] == "2023年工作回顾"] == passages


def test_review_results_and_plan_commitments(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2024"]
    statements = extract_numbers(text, parse_outline(text), 2024)
    gdp = next(s for s in statements if s.canonical == "gdp" and s.kind is StatementKind.RESULT)
    assert (gdp.value, gdp.unit, gdp.year) == (2806.2, "亿元", 2023)
    assert gdp.section[0] == "2023年工作回顾"
    manufacturing = next(s for s in statements if s.canonical == "manufacturing_value_added")
    assert manufacturing.kind is StatementKind.COMMITMENT
    assert (manufacturing.value, manufacturing.qualifier, manufacturing.year) == (
        10.0,
        "以上",
        2024,
    )
    kinds = {s.kind for s in statements}
    assert kinds >= {StatementKind.RESULT, StatementKind.TARGET, StatementKind.COMMITMENT}


def test_offsets_point_into_the_text_as_read() -> None:
    text = "𠮷" * 3 + plan("今年主要预期目标是：地区生产总值增长６％左右，城镇新增就业４.３万人。")
    found = targets_of(text)
    assert [s.text for s in found] == ["地区生产总值增长６％左右", "城镇新增就业４.３万人"]
    for statement in found:
        assert text[statement.start : statement.end] == statement.text


def test_a_word_broken_across_a_blank_line_is_read_whole(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2026np"]
    gdp = targets_of(text, 2026)[0]
    assert gdp.canonical == "gdp" and gdp.indicator == "地区生产总值"
    assert text[gdp.start : gdp.end] == "地\n\n区生产总值增长6%左右"


def test_a_long_phrase_starts_at_an_item_of_its_list_and_not_on_a_tie(
    sample_texts: dict[str, str],
) -> None:
    text = sample_texts["cz2024"]
    read = [s.text for s in extract_numbers(text, parse_outline(text), 2024)]
    # Too long to keep whole, the phrase starts after a 、 rather than inside a word.
    assert "壶关航天工业园等63个项目" in read
    assert "专项债券、特别国债、政策性金融工具等各类资金100亿元" in read
    # After 总投资113亿元的…, the next figure's phrase does not open with that 的.
    assert "襄垣源网荷储一体化、总投资45亿元" in read
    # The villages over an income are named with it: the 30万元 is no figure of its own.
    assert "农村集体经济收入超30万元的行政村达到1800个以上" in read
    assert not [phrase for phrase in read if phrase.startswith(("的", "业", "金、"))]


def test_empty_outline_finds_the_parts_from_the_text(sample_texts: dict[str, str]) -> None:
    text = sample_texts["jc2024"]
    with_outline = targets_of(text)
    without = [
        s for s in extract_numbers(text, Outline(()), 2024) if s.kind is StatementKind.TARGET
    ]
    assert rows(with_outline) == rows(without)


def test_unknown_year_leaves_years_unknown(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2024"]
    statements = extract_numbers(text, parse_outline(text), None)
    targets = [s for s in statements if s.kind is StatementKind.TARGET]
    assert len(targets) == 9 and all(s.year is None for s in targets)
    assert {s.year for s in statements if s.kind is StatementKind.RESULT} == {2023, None}


EXPECTATIONS = json.loads((DATA / "expected_targets.json").read_text(encoding="utf-8"))["texts"]


@pytest.mark.parametrize("entry", EXPECTATIONS, ids=[e["name"] for e in EXPECTATIONS])
def test_every_target_of_every_sample_and_typed_report(entry: dict[str, object]) -> None:
    text = (ROOT / str(entry["path"])).read_text(encoding="utf-8")
    year = entry["year"]
    assert isinstance(year, int)
    found = [
        s
        for s in extract_numbers(
            text, parse_outline(text), year, kind=ReportKind(str(entry["kind"]))
        )
        if s.kind is StatementKind.TARGET
    ]
    expected = entry["targets"]
    assert isinstance(expected, list)
    assert [
        (s.canonical, str(s.measure), s.value, s.value_max, s.unit, s.qualifier) for s in found
    ] == [
        (c, m, None if v is None else float(v), None if w is None else float(w), u, q)
        for c, m, v, w, u, q in expected
    ]


def test_news_article_yields_no_targets_even_untold() -> None:
    text = (DATA / "news-article.txt").read_text(encoding="utf-8")
    statements = extract_numbers(text, parse_outline(text), 2025)
    assert statements and not [s for s in statements if s.kind is StatementKind.TARGET]


def review(sentence: str) -> str:
    """A minimal report around one sentence of last year's review."""
    return (
        f"各位代表：\n\n一、2023年工作回顾\n\n{sentence}\n\n"
        "二、2024年工作安排\n\n坚持稳中求进。\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )


@pytest.mark.parametrize(
    ("sentence", "value", "indicator", "measure"),
    [
        # The counted thing follows the figure, up to the next figure or verb.
        ("帮助773家民营企业应急还贷202.8亿元。", 773.0, "民营企业应急还贷", Measure.LEVEL),
        ("全市10条重点产业链实现产值1618亿元。", 10.0, "重点产业链", Measure.LEVEL),
        ("12个项目与金融机构现场签约102亿元。", 12.0, "项目", Measure.LEVEL),
        ("36家企业完成两化融合贯标认证。", 36.0, "企业", Measure.LEVEL),
        # A size between the figure and the thing is no figure, and names the things counted.
        (
            "实施100个投资10亿元以上重大工程项目。",
            100.0,
            "投资10亿元以上重大工程项目",
            Measure.LEVEL,
        ),
        ("推动2座年产90万吨煤矿竣工。", 2.0, "年产90万吨煤矿竣工", Measure.LEVEL),
        # 净增 is the verb, not part of the indicator; 存贷比 keeps its 比.
        ("全市经营主体净增1.8万户。", 1.8, "经营主体", Measure.GROWTH),
        ("存贷比提高3.54个百分点。", 3.54, "存贷比", Measure.GROWTH),
        # A comparison before the verb is still dropped.
        ("粮食产量比上年增长2%。", 2.0, "粮食产量", Measure.GROWTH),
        # A figure opening its clause names what follows it, not the previous item's road.
        (
            "1374公里太行一号旅游公路全线贯通，260公里环浊漳河旅游公路建成通车。",
            260.0,
            "环浊漳河旅游公路建成通车",
            Measure.LEVEL,
        ),
        ("发展林下经济140余万亩，带动6.8万人就业增收。", 6.8, "就业增收", Measure.LEVEL),
        # A count among others counts what follows it, with what it is counted by.
        ("9项主要经济指标中8项增速高于全省平均水平。", 9.0, "主要经济指标", Measure.LEVEL),
        (
            "9项主要经济指标中8项增速高于全省平均水平。",
            8.0,
            "增速高于全省平均水平",
            Measure.LEVEL,
        ),
        ("9项主要经济指标中5项位列全省前两位。", 5.0, "位列全省前两位", Measure.LEVEL),
        # Not a count among others: a word ending in 中, a larger count after it.
        ("新建2所高中3所初中。", 2.0, "高中", Measure.LEVEL),
        # The comparison a count is counted by ends at 且, 并, 和.
        ("5项指标增速低于全省平均水平且排名靠后。", 5.0, "指标增速低于全省平均水平", Measure.LEVEL),
    ],
)
def test_the_indicator_a_figure_counts(
    sentence: str, value: float, indicator: str, measure: Measure
) -> None:
    text = review(sentence)
    found = next(s for s in extract_numbers(text, parse_outline(text), 2024) if s.value == value)
    assert (found.indicator, found.measure) == (indicator, measure)
    assert found.kind is StatementKind.RESULT
    assert text[found.start : found.end].find(indicator) >= 0  # the span covers what it names
