"""Chinese names in pinyin order, as a Chinese reader looks a city up, without ICU.

``resources/collation/pinyin_order.txt`` holds every CJK ideograph of the basic block and of
Extension A in the order of Chinese collation (made with ICU by the script beside it). A name
sorts by its characters' places in that table: 安阳市, 鞍山市, 北京市, 长治市, 重庆市, 郑州市.
Other characters are ordered only roughly as ICU orders them: a name is width-folded and
case-folded first (``Ａ``, ``a`` and ``A`` sort alike), digits and punctuation come before the
ideographs, and letters (Latin, ideographs outside the table) after them. Region names are
Chinese. The command line and the window list regions by the same key.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from core.place_readings import collation_name
from core.resources import read_resource_text

_IDEOGRAPHS = 0x110000  # after every digit and punctuation mark
_OTHER_LETTERS = 2 * _IDEOGRAPHS  # after the ideographs of the table


@cache
def _table() -> str:
    """The ideographs in pinyin order (read once; 83 KB)."""
    return read_resource_text("collation", "pinyin_order.txt").strip()


@cache
def _place(char: str) -> int:
    """Where ``char`` sorts. Found by a search of the table and kept: names use a few hundred
    characters, and a search costs less than a map of all 28,000 would to build at start."""
    place = _table().find(char) if "\u3400" <= char <= "\u9fff" else -1
    if place >= 0:
        return _IDEOGRAPHS + place
    return _OTHER_LETTERS + ord(char) if char.isalpha() else ord(char)


def pinyin_key(name: str) -> tuple[int, ...]:
    """The sort key of ``name`` in pinyin order, character by character."""
    return tuple(map(_place, unicodedata.normalize("NFKC", name).casefold()))


def region_order(region: str) -> tuple[bool, tuple[int, ...]]:
    """The sort key of a region's name: by pinyin, read as the place is (长治 is Chángzhì),
    "" (no known region) last."""
    return (region == "", pinyin_key(collation_name(region)))
