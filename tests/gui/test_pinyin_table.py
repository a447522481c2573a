"""The bundled pinyin table is ICU's Chinese collation, as Qt has it: the command line and the
window sort regions as a Chinese collation would."""

from __future__ import annotations

import sys
from functools import cmp_to_key
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale

from core.pinyin_order import region_order
from core.place_readings import collation_name
from core.resources import read_resource_text, resource_path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from synthetic_corpus import CITIES  # about 300 real city names


def test_the_table_is_the_order_of_qt_s_chinese_collation() -> None:
    sys.path.insert(0, str(resource_path("collation")))
    from update_pinyin_order import icu_order

    assert read_resource_text("collation", "pinyin_order.txt").strip() == icu_order()


def test_real_city_names_sort_as_icu_sorts_them() -> None:
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    by_icu = cmp_to_key(collator.compare)
    names = [*sorted(set(CITIES)), "重庆市", "长沙市", "厦门市", "六安市", "蚌埠市", "Lhasa"]
    expected = sorted(names, key=lambda name: by_icu(collation_name(name)))
    assert sorted(names, key=region_order) == expected
