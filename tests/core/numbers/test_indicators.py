"""The canonical indicator table and how indicator names are recognised."""

from __future__ import annotations

from core.numbers.indicators import indicator_table, parse_indicator_table


def test_bundled_table_maps_the_names_of_one_indicator_together() -> None:
    table = indicator_table()
    for name in ("地区生产总值", "国内生产总值", "GDP", "gdp"):
        match = table.subject_of(name)
        assert match is not None and match.indicator.canonical == "gdp", name
    for name in ("居民消费价格", "CPI", "居民消费价格指数", "居民消费价格涨幅"):
        match = table.subject_of(name)
        assert match is not None and match.indicator.canonical == "cpi", name
    assert table.get("urban_rural_income") is not None
    assert table.get("urban_rural_income").parts == ("urban_income", "rural_income")  # type: ignore[union-attr]
    assert table.get("cpi").lower_is_better  # type: ignore[union-attr]
    assert table.label("retail_sales") == "社会消费品零售总额"
    assert table.label("unknown_key") == "unknown_key"


def test_a_name_counts_only_at_the_end_of_the_phrase() -> None:
    table = indicator_table()

    def key(phrase: str) -> str | None:
        match = table.subject_of(phrase)
        return match.indicator.canonical if match else None

    assert key("全市地区生产总值") == "gdp"
    assert key("能耗强度“十四五”已累计") == "energy_intensity"
    assert key("城镇居民人均可支配收入增速") == "urban_income"
    assert key("万元GDP用水量") == "water_intensity"
    assert key("占GDP比重") is None
    assert key("人均地区生产总值") == "gdp_per_capita"
    assert key("数字经济") is None  # ``经济`` alone is GDP only after a place word
    assert key("全市经济") == "gdp"


def test_a_name_inside_a_longer_word_is_another_indicator() -> None:
    table = indicator_table()

    def key(phrase: str) -> str | None:
        match = table.subject_of(phrase)
        return match.indicator.canonical if match else None

    # A modifier makes another indicator: not the city's 规上工业增加值, GDP or investment.
    assert key("能源工业增加值") is None
    assert key("潞州区地区生产总值") is None
    assert key("民间固定资产投资") is None
    assert key("城市居民收入") is None
    # Names of other indicators are not filed with these: all industry, the digital core.
    assert key("全部工业增加值") is None
    assert key("数字经济规模") == "digital_economy"
    assert key("数字经济核心产业增加值") == "digital_core_value_added"
    # A place, a time or a verb before the name leaves it the same indicator.
    assert key("长治市地区生产总值") == "gdp"
    assert key("2023年地区生产总值") == "gdp"
    assert key("全社会消费品零售总额") == "retail_sales"
    assert key("完成固定资产投资") == "fixed_asset_investment"
    # A long run of words before the name ran on into it (a panel's line above): not a modifier.
    assert key("构筑起全域旅游公路网一般公共预算支出") == "public_budget_expenditure"


def test_a_user_can_extend_the_table() -> None:
    table = parse_indicator_table(
        "# comment\n"
        "gdp\tGDP\t地区生产总值\t地区生产总值|GDP\n"
        "tourism\tTourist arrivals\t接待游客\t接待游客|游客接待量\t\t\n"
        "bad line\n"
    )
    match = table.subject_of("全年游客接待量")
    assert match is not None and match.indicator.canonical == "tourism"
    assert [i.canonical for i in table.indicators] == ["gdp", "tourism"]
