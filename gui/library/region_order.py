"""The order of regions in the library: by pinyin, as a Chinese reader looks a city up."""

from __future__ import annotations

from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import QCollator, QLocale

from core.place_readings import collation_name

# Chinese names in any language of the interface: 安阳市, 鞍山市, 北京市, 长治市, 重庆市, 郑州市.
_COLLATOR = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
_BY_PINYIN = cmp_to_key(_COLLATOR.compare)


def region_order(region: str) -> tuple[bool, Any]:
    """The sort key of a region's name: by pinyin, read as the place is (长治 is Chángzhì),
    "" (no known region) last."""
    return (region == "", _BY_PINYIN(collation_name(region)))
