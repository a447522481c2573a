"""The bundled pinyin table is ICU's Chinese collation, as Qt has it: the command line and the
window sort regions as a Chinese collation would."""

from __future__ import annotations

import importlib.util
from functools import cmp_to_key
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCollator, QLocale

from core.pinyin_order import region_order
from core.place_readings import collation_name
from core.resources import read_resource_text, resource_path

ROOT = Path(__file__).resolve().parents[2]


def _module(path: Path) -> ModuleType:
    """A script of the repository (not a package module), loaded from its file."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_is_the_order_of_qt_s_chinese_collation() -> None:
    generator = _module(resource_path("collation", "update_pinyin_order.py"))
    assert read_resource_text("collation", "pinyin_order.txt").strip() == generator.icu_order()


def test_real_city_names_sort_as_icu_sorts_them() -> None:
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    by_icu = cmp_to_key(collator.compare)
    cities = _module(ROOT / "benchmarks" / "synthetic_corpus.py").CITIES  # 292 real cities
    names = [*sorted(set(cities)), "重庆市", "长沙市", "厦门市", "六安市", "蚌埠市", "Lhasa"]
    expected = sorted(names, key=lambda name: by_icu(collation_name(name)))
    assert sorted(names, key=region_order) == expected
