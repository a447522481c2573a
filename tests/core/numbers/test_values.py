"""Reading figures: numerals, multipliers, ranges, units and qualifiers."""

from __future__ import annotations

import pytest

from core.numbers.values import arabic_number, chinese_numeral, find_figures, format_value


def only(text: str) -> tuple[float | None, float | None, str, str | None]:
    figures = find_figures(text)
    assert len(figures) == 1, figures
    figure = figures[0]
    return figure.value, figure.value_max, figure.unit, figure.qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("增长6%左右", (6.0, None, "%", "左右")),
        ("增长4.5%—5%", (4.5, 5.0, "%", None)),
        ("增长4.5%-5%", (4.5, 5.0, "%", None)),
        ("增长4.5-5%", (4.5, 5.0, "%", None)),
        ("培育1至2个", (1.0, 2.0, "个", None)),
        ("提高1.15个百分点", (1.15, None, "个百分点", None)),
        ("收入3479.1亿元", (3479.1, None, "亿元", None)),
        ("人均5.2万元", (5.2, None, "万元", None)),
        ("就业4.3万人以上", (4.3, None, "万人", "以上")),
        ("高标准农田20万亩", (20.0, None, "万亩", None)),
        ("原煤1.7亿吨左右", (1.7, None, "亿吨", "左右")),
        ("公路602公里", (602.0, None, "公里", None)),
        ("企业20家", (20.0, None, "家", None)),
        ("项目212个", (212.0, None, "个", None)),
        ("改造12.3万户", (12.3, None, "万户", None)),
        ("新增37户", (37.0, None, "户", None)),
        ("浓度30微克/立方米", (30.0, None, "微克/立方米", None)),
        ("失业率5.5%以内", (5.5, None, "%", "以内")),
        ("降至3%以下", (3.0, None, "%", "以下")),
        ("总额1.2万亿元", (12000.0, None, "亿元", None)),
        ("突破千亿元", (1000.0, None, "亿元", None)),
        ("增长一倍", (1.0, None, "倍", None)),
        ("一半以上", (50.0, None, "%", "以上")),
        ("七成以上", (70.0, None, "%", "以上")),
        ("外资规模翻一番", (1.0, None, "番", None)),
        ("企业100余家", (100.0, None, "家", "余")),
        ("人才1200多名", (1200.0, None, "名", "多")),
    ],
)
def test_each_figure_form(text: str, expected: tuple[object, ...]) -> None:
    assert only(text) == expected


def test_full_width_text_is_read_after_normalising() -> None:
    from core.text import normalise

    assert only(normalise("增长６％左右").text) == (6.0, None, "%", "左右")


@pytest.mark.parametrize(
    "text",
    ["2024年", "PM2.5浓度", "第3名", "5G基站", "创建5A级景区", "3个月内", "新中国成立75周年",
     "万元GDP用水量"],
)  # fmt: skip
def test_things_that_are_not_figures(text: str) -> None:
    units = [f.unit for f in find_figures(text) if f.unit]
    assert units == [], units


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("新增2家4A级景区", "2家"),
        ("新增8家A级景区", "8家"),
        ("新增2家AAAA级景区", "2家"),
        ("建成1000个5G基站", "1000个"),
        ("培育1至2个3D打印中心", "1至2个"),
    ],
)
def test_a_count_before_a_code_naming_what_it_counts_is_a_figure(text: str, count: str) -> None:
    """The count is read; the grade or name after it (``4A``, ``5G``) is not a figure."""
    assert [text[f.start : f.end] for f in find_figures(text)] == [count]


def test_unreadable_number_keeps_no_value() -> None:
    value, _, unit, _ = only("增长1O.5%")
    assert value is None and unit == "%"
    assert arabic_number("6..5") is None
    assert arabic_number("1,234.5") == 1234.5
    assert arabic_number("12,34") is None


def test_chinese_numerals() -> None:
    assert chinese_numeral("七") == 7
    assert chinese_numeral("十二") == 12
    assert chinese_numeral("两千") == 2000
    assert chinese_numeral("千") == 1000
    assert chinese_numeral("一百零五") == 105
    assert chinese_numeral("三万") == 30000
    assert chinese_numeral("一二") is None
    assert chinese_numeral("") is None


def test_format_value() -> None:
    assert format_value(6.0, None, "%", "左右") == "6%左右"
    assert format_value(4.5, 5.0, "%", None) == "4.5%—5%"
    assert format_value(4.3, None, "万人", "以上") == "4.3万人以上"
    assert format_value(None, None, "", "同步") == "同步"
    assert format_value(2593.4, None, "亿元", None) == "2593.4亿元"
    assert format_value(12000.0, None, "亿元", None) == "12000亿元"
    # An approximate figure reads as written, and a doubling as a doubling.
    assert format_value(70.0, None, "亿元", "多") == "70多亿元"
    assert format_value(1200.0, None, "名", "余") == "1200余名"
    assert format_value(1.0, None, "番", None) == "翻一番"
    assert format_value(2.0, None, "番", None) == "翻两番"
    assert format_value(1.0, None, "番", "力争") == "力争翻一番"
    assert format_value(1000.0, None, "亿元", "突破") == "突破1000亿元"


def test_a_multiplied_figure_is_not_read_as_its_parts() -> None:
    # ``2×66万千瓦`` is two generating units of 660 MW each: neither 2 nor 66万千瓦.
    assert find_figures("推动赵庄2×66万千瓦发电机组复工") == []
    assert [f.value for f in find_figures("“7×24小时”服务超市覆盖70%以上")] == [70.0]


def test_a_volume_named_first_and_a_multiplier_before_an_approximation() -> None:
    assert only("降至每立方米36微克") == (36.0, None, "微克/立方米", None)
    assert only("降至每立方米34微克以下") == (34.0, None, "微克/立方米", "以下")
    assert only("演出2.9万余场") == (2.9, None, "万场", "余")
    assert only("惠及1.2万余人") == (1.2, None, "万人", "余")
    assert only("修复3万余条") == (30000.0, None, "条", "余")  # no unit 万条: multiplied out
    assert format_value(2.9, None, "万场", "余") == "2.9万余场"
    assert format_value(20.0, None, "万人", "余") == "20余万人"
