"""Names in pinyin order from the bundled table, without ICU (the window's order is checked
against Qt's collation in tests/gui/test_pinyin_table.py)."""

from __future__ import annotations

from core.pinyin_order import pinyin_key, region_order
from core.resources import read_resource_text


def test_regions_sort_by_pinyin_as_the_places_are_read_and_no_known_region_last() -> None:
    names = ["郑州市", "北京市", "", "鞍山市", "重庆市", "安阳市", "晋城市", "长治市", "厦门市"]
    names += ["西安市", "六安市", "六盘水市"]
    assert sorted(names, key=region_order) == [
        *["安阳市", "鞍山市", "北京市", "长治市", "重庆市", "晋城市", "六盘水市", "六安市"],
        *["西安市", "厦门市", "郑州市", ""],
    ]


def test_digits_come_before_the_ideographs_and_latin_letters_after() -> None:
    names = ["Xian", "阿坝州", "2号区", "周口市", "anshan"]
    assert sorted(names, key=pinyin_key) == ["2号区", "阿坝州", "周口市", "anshan", "Xian"]


def test_widths_and_cases_sort_alike() -> None:
    assert pinyin_key("１号区") == pinyin_key("1号区")
    assert pinyin_key("A市") == pinyin_key("a市") == pinyin_key("Ａ市")


def test_the_table_holds_each_ideograph_of_its_blocks_once() -> None:
    table = read_resource_text("collation", "pinyin_order.txt").strip()
    expected = {chr(c) for c in (*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000))}
    assert len(table) == len(expected) and set(table) == expected
    assert table.index("阿") < table.index("安") < table.index("北") < table.index("郑")
