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
