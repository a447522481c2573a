"""What a reader sees of the samples' figures: units, indicators and measures as written."""

from __future__ import annotations

from core.model import Outline, ReportKind
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


def test_energy_industry_is_not_the_city_s_industry(sample_texts: dict[str, str]) -> None:
    statements = figures_of(sample_texts["cz2025i"], 2025)
    energy = next(s for s in statements if s.value == 6.6)
    assert (energy.indicator, energy.canonical, energy.text) == (
        "能源工业增加值",
        None,
        "能源工业增加值增长6.6%",
    )
    assert [s.value for s in statements if s.canonical == "industrial_value_added"] == []


def test_a_figure_under_a_lead_about_development_zones_is_theirs(
    sample_texts: dict[str, str],
) -> None:
    """``提升开发区发展能级。…规上工业增加值增长15%以上``: the zones' figure (the review has
    ``开发区规上工业增加值增长15.9%``), not the city's, which grew 6.1%."""
    for name in ("cz2024", "cz2024np"):
        statements = figures_of(sample_texts[name], 2024)
        zones = next(s for s in statements if s.text == "规上工业增加值增长15%以上")
        assert zones.section[-1] == "提升开发区发展能级"
        assert zones.canonical is None, name
    city = [(s.kind, s.value) for s in figures_of(sample_texts["cz2024"], 2024)
            if s.canonical == "industrial_value_added"]  # fmt: skip
    assert city == [(StatementKind.RESULT, 6.1)]


def test_the_whole_city_named_under_a_lead_about_part_of_it() -> None:
    text = (
        "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长5%。\n\n"
        "二、2024年工作安排\n\n（一）坚持抓项目，促进转型发展。\n\n持续发力上项目。新开工项目100个。\n\n"
        "提升开发区发展能级。加大开发区项目考核力度，规上工业增加值增长15%以上，"
        "全市规上工业增加值增长6%。\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )
    found = {s.text: s.canonical for s in figures_of(text, 2024) if s.unit == "%"}
    assert found == {
        "地区生产总值增长5%": "gdp",
        "规上工业增加值增长15%以上": None,
        "规上工业增加值增长6%": "industrial_value_added",
    }


def test_a_size_before_its_noun_sizes_that_noun(sample_texts: dict[str, str]) -> None:
    """``加快推进10万吨己二腈``: 10万吨 of 己二腈, not of 加快推进."""
    expected = {
        "cz2024": {
            "加快推进10万吨己二腈": "己二腈",
            "加快10万吨磷酸锰铁锂正极材料": "磷酸锰铁锂正极材料",
            "10万吨高性能锂电负极材料": "高性能锂电负极材料",
            "设立100亿元产业转型发展基金": "产业转型发展基金",
        },
        "jc2024": {
            "加快推进2000亩标准地": "标准地",
            "200万平方米标准厂房建设": "标准厂房建设",
            "晋钢50万吨光伏智能装备制造": "光伏智能装备制造",
        },
        # The list item before it stays out of its words, but not out of the text highlighted.
        "cz2026np": {"加快推动MLED新型显示面板扩产、4万吨动力电池负极材料": "动力电池负极材料"},
    }
    years = {"cz2024": 2024, "jc2024": 2024, "cz2026np": 2026}
    for name, readings in expected.items():
        read = {s.text: s.indicator for s in figures_of(sample_texts[name], years[name])}
        assert {text: read.get(text) for text in readings} == readings, name


def test_a_panel_s_next_label_is_not_what_a_figure_sizes(sample_texts: dict[str, str]) -> None:
    """``减税降费`` / ``**29.73亿元**`` / ``兑现产业发展资金``: the label above is the figure's.
    (In the whole interpretation the panels restate the body and are listed once: read alone.)"""
    text = sample_texts["cz2025i"]
    panels = text[text.index("全市地区生产总值完成  \n") : text.index("文字整理")]
    statements = extract_numbers(panels, Outline(()), 2025, kind=ReportKind.INTERPRETATION)
    assert [s.text for s in statements if s.value == 29.73] == ["减税降费29.73亿元"]


def test_a_size_that_picks_out_a_kind_of_thing_is_not_a_figure(
    sample_texts: dict[str, str],
) -> None:
    """``产能120万吨及以上煤矿`` names a kind of mine, ``4.3米以下焦炉`` a kind of coke oven, and
    ``100个投资10亿元以上重大工程项目`` the size of each project counted: none is a figure."""
    thresholds = {
        "cz2024": ["4.3米以下", "产能120万吨", "投资10亿元以上"],
        "jc2024": ["年产90万吨", "产能180万吨以上", "产能120万吨以上", "50亿元以上", "10亿元以上"],
    }
    for name, words in thresholds.items():
        # A count may end in the size of each thing it counts (``引进2个50亿元以上``).
        read = [s.text for s in figures_of(sample_texts[name], 2024) if s.unit != "个"]
        assert [w for w in words if any(t.endswith(w) for t in read)] == [], name
    # The count keeps its words, the size passed over inside them; an amount stays a figure.
    read = {s.text: s.value for s in figures_of(sample_texts["cz2024"], 2024)}
    assert read["长治学院新校区等100个投资10亿元以上重大工程项目"] == 100.0
    assert read["营造林13万亩"] == 13.0


def test_a_count_of_things_upgraded_is_a_count_not_growth(sample_texts: dict[str, str]) -> None:
    """``巩固提升11个乡村e镇`` upgrades 11 towns; ``企业净增1.3万户`` is a growth in number."""
    for name in ("cz2024", "cz2024np"):
        towns = next(s for s in figures_of(sample_texts[name], 2024) if s.indicator == "乡村e镇")
        assert (towns.measure, towns.value, towns.unit) == (Measure.LEVEL, 11.0, "个"), name
    jincheng = {s.text: s.measure for s in figures_of(sample_texts["jc2024"], 2024)}
    assert jincheng["巩固提升3个省级直播电商基地"] is Measure.LEVEL
    assert jincheng["改造提升34家特色酒店"] is Measure.LEVEL
    assert jincheng["市区新改扩建及优化提升27个公园"] is Measure.LEVEL
    changzhi = {s.text: s.measure for s in figures_of(sample_texts["cz2024"], 2024)}
    assert changzhi["企业净增1.3万户"] is Measure.GROWTH
    assert changzhi["存贷比提高3.54个百分点"] is Measure.GROWTH


def test_each_count_of_a_list_keeps_its_own_noun(sample_texts: dict[str, str]) -> None:
    """``引进2个50亿元以上、5个10亿元以上优质项目``: both counts are of 优质项目, each of its own
    size, which names them (two 优质项目 would be one indicator read twice); ``3个县、13个乡镇``:
    a one-character noun is its count's, not the next item's words."""
    jincheng = [
        (s.text, s.value, s.unit, s.indicator) for s in figures_of(sample_texts["jc2024"], 2024)
    ]
    assert ("引进2个50亿元以上", 2.0, "个", "50亿元以上优质项目") in jincheng
    assert ("5个10亿元以上优质项目", 5.0, "个", "10亿元以上优质项目") in jincheng
    assert [row for row in jincheng if row[1] in (50.0, 10.0) and row[2] == "亿元"] == []
    assert ("辐射带动3个县", 3.0, "个", "县") in jincheng
    assert ("13个乡镇", 13.0, "个", "乡镇") in jincheng
    assert ("辐射带动739个村", 739.0, "个", "村") in jincheng
    assert ("8.1万人返乡就业创业", 8.1, "万人", "返乡就业创业") in jincheng


def test_a_count_of_things_of_a_size_names_the_size(sample_texts: dict[str, str]) -> None:
    """``100个投资10亿元以上重大工程项目`` counts projects of that size, not all major projects."""
    for name, year, count, indicator in (
        ("cz2024", 2024, "100个投资10亿元以上重大工程项目", "投资10亿元以上重大工程项目"),
        ("cz2024np", 2024, "100个投资10亿元以上重大工程项目", "投资10亿元以上重大工程项目"),
        ("cz2026np", 2026, "135个投资10亿元以上的重大项目", "投资10亿元以上的重大项目开工建设"),
    ):
        found = [s.indicator for s in figures_of(sample_texts[name], year) if count in s.text]
        assert found == [indicator], name


def test_a_list_of_sized_counts_shares_the_last_noun() -> None:
    text = (
        "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长5%。\n\n"
        "二、2024年工作安排\n\n引进1个100亿元以上、2个50亿元以上、5个10亿元以上优质项目。\n\n"
        "三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )
    commitments = [(s.text, s.value, s.indicator) for s in figures_of(text, 2024)
                   if s.kind is StatementKind.COMMITMENT]  # fmt: skip
    assert commitments == [
        ("引进1个100亿元以上", 1.0, "100亿元以上优质项目"),
        ("2个50亿元以上", 2.0, "50亿元以上优质项目"),
        ("5个10亿元以上优质项目", 5.0, "10亿元以上优质项目"),
    ]
