"""Reading the value of a figure: numerals, multipliers, ranges, units and qualifiers.

Works on normalised text (NFKC: ``％`` is ``%``, full-width digits are ASCII). A figure is a
number with a unit (``6%``, ``4.3万人``, ``1.2万亿元``, ``七成``, ``千亿元``), optionally a range
(``4.5%—5%``) and a qualifier after it (``左右``, ``以上``, ``以内``, ``以下``). A concentration
may name its volume first (``每立方米36微克`` is 36 微克/立方米). A number that
cannot be read (``1O.5%``, ``6..5%``) keeps its text and gets no value, never a wrong one.
A fraction (``2/3``) and a place in a ranking (``第30位``, ``后50名``) are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Units, longest first so that ``个百分点`` wins over ``个`` and ``万亿元`` over ``亿元``.
_UNITS = [
    "个百分点",
    "百分点",
    "微克/立方米",
    "毫克/立方米",
    "吨标准煤",
    "万吨标准煤",
    "亿千瓦时",
    "万千瓦时",
    "千瓦时",
    "万平方米",
    "平方米",
    "平方公里",
    "亿立方米",
    "万立方米",
    "立方米",
    "万千瓦",
    "千瓦",
    "兆瓦",
    "万亿元",
    "亿元",
    "万元",
    "元",
    "亿美元",
    "万美元",
    "美元",
    "亿斤",
    "万亿斤",
    "斤",
    "亿吨",
    "万吨",
    "吨",
    "万亩",
    "亩",
    "公顷",
    "亿人次",
    "万人次",
    "人次",
    "万人",
    "人",
    "万户",
    "户",
    "万个",
    "个",
    "万家",
    "家",
    "万座",
    "座",
    "万套",
    "套",
    "万张",
    "张",
    "亿只",
    "万只",
    "万头",
    "公里",
    "千米",
    "米",
    "项",
    "所",
    "件",
    "条",
    "台",
    "辆",
    "名",
    "位",
    "处",
    "批",
    "部",
    "例",
    "只",
    "头",
    "次",
    "万场",
    "场",
    "天",
    "倍",
    "%",
]
# Units after which a following noun names the thing counted (``110个省重点工程``).
COUNT_UNITS = frozenset(
    [
        "个",
        "家",
        "户",
        "座",
        "项",
        "所",
        "件",
        "条",
        "台",
        "辆",
        "名",
        "位",
        "处",
        "批",
        "部",
        "例",
        "只",
        "头",
        "套",
        "张",
        "场",
        "万场",
        "万户",
        "万个",
    ]
)
# A Chinese multiplier folded into the unit: ``1.2万亿元`` is 12000 亿元.
_FOLDED_UNITS = {
    "万亿元": ("亿元", 10000.0),
    "万亿斤": ("亿斤", 10000.0),
    "百分点": ("个百分点", 1.0),
}
# Units a bare Chinese amount may carry (``千亿元``, ``两万亩``); ``十一个方面`` is not a figure.
_CHINESE_AMOUNT_UNITS = (
    "亿元 万元 亿美元 万人 万亩 万吨 亿吨 公里 万户 亿人次 万人次 万千瓦 亿斤 元 人 亩 吨 户"
)

QUALIFIERS_AFTER = ("左右", "以上", "以内", "以下", "上下")
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}  # fmt: skip
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_LARGE = {"万": 10_000, "亿": 100_000_000}

_KNOWN_UNITS = frozenset(_UNITS)
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_CN_AMOUNT_UNIT_ALT = "|".join(sorted(_CHINESE_AMOUNT_UNITS.split(), key=len, reverse=True))
# A run of digits that may hold OCR confusions (``1O.5``) or stray dots: read it, or give up.
_ARABIC = r"\d(?:[\d.,]|[OolI](?=[\d.]))*"
_CN_NUM = r"[零一二两三四五六七八九十百千万亿]+"
_RANGE_SEP = r"(?:—{1,2}|–|-|~|至|到)"
_QUALIFIER_ALT = "|".join(QUALIFIERS_AFTER)

FIGURE = re.compile(
    rf"""
    (?<![A-Za-z_\d.第×*/])
    (?:
        (?P<num>{_ARABIC})(?:(?P<multiplier>[万亿])(?=[余多]))?(?P<approx>余|多)?(?P<unit>{_UNIT_ALT})?
        (?:{_RANGE_SEP}(?P<num2>{_ARABIC})(?P<unit2>{_UNIT_ALT})?)?
      | 每立方米(?P<per_volume>{_ARABIC})(?P<mass>微克|毫克)
      | 翻(?P<fan>{_CN_NUM})番
      | (?P<half>一半)
      | (?<![零一二两三四五六七八九十百千万亿])(?P<cnratio>{_CN_NUM})(?P<ratio>成|倍)
      | (?<![零一二两三四五六七八九十百千万亿\d每])(?P<cnamount>[一二两三四五六七八九]?[十百千万]+)
        (?P<cnunit>{_CN_AMOUNT_UNIT_ALT})
    )
    (?P<qualifier>{_QUALIFIER_ALT})?
    """,
    re.VERBOSE,
)
# Every figure holds a digit or a Chinese numeral: a clause without one is skipped quickly.
_MAY_HOLD_FIGURE = re.compile(r"[\d零一二两三四五六七八九十百千万亿]")
# What must not follow a figure: more digits or letters (``4A级``, ``5G``), a date or a year.
# ``2/3`` is a fraction, not the figures 2 and 3 (a number after a slash is never read).
_BAD_AFTER = re.compile(r"[A-Za-z\d×*]|/\d|年|月|日|号|时|周年|级|届|\+")
# A place in a ranking (``后50名``, ``前10位``; ``第30位`` is never read) is not a figure.
_RANK_UNITS = frozenset(["名", "位"])
_RANK_BEFORE = frozenset("前后")
# What must not follow a whole figure: ``3个月`` is a duration, ``5G`` a name.
_BAD_TAIL = re.compile(r"[A-Za-z\d]|月")
# A count may be followed by a Latin code that begins the name of what it counts, a grade or a
# kind: ``2家4A级景区``, ``8家A级景区``, ``1000个5G基站`` (the ``4A`` or ``5G`` itself is no
# figure). Other figures stay unread before one: ``万元GDP`` is a ratio's ``per 10,000 yuan``.
_COUNTED_CODE = re.compile(r"\d{0,2}[A-Za-z]{1,5}(?=[\u3400-\u9fff])")
# A count may be followed by the size of each thing it counts: ``5个10亿元以上优质项目``.
EACH_SIZE = r"\d[\d.]*[万亿千]*(?:元|美元|吨|千瓦|立方米|平方米|亩|公里)(?:及?以[上下])"
_EACH_SIZE = re.compile(EACH_SIZE)


@dataclass(frozen=True)
class Figure:
    """A figure found in normalised text, by offsets into that text.

    Attributes:
        start, end: the span of the figure, qualifier included.
        value: the number in ``unit``, or None if it could not be read.
        value_max: the upper end of a range, else None.
        unit: ``%``, ``个百分点``, ``亿元``… (multipliers folded: ``1.2万亿元`` is 12000 亿元);
            empty for a bare number.
        qualifier: ``左右``, ``以上``, ``以内``, ``以下``, ``上下``, ``余``, ``多`` or None.
    """

    start: int
    end: int
    value: float | None
    value_max: float | None
    unit: str
    qualifier: str | None


def chinese_numeral(text: str) -> float | None:
    """The value of a Chinese numeral (``七`` 7, ``十二`` 12, ``两千`` 2000), or None."""
    if not text:
        return None
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch == "零":
            digit = None
        elif ch in _CN_DIGITS:
            if digit is not None:
                return None  # two digits in a row (``一二``) is not a numeral
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
        elif ch in _CN_LARGE:
            section += digit or 0
            total = (total + (section or 1)) * _CN_LARGE[ch]
            section = 0
            digit = None
        else:
            return None
    return float(total + section + (digit or 0))


def arabic_number(token: str) -> float | None:
    """The value of ``1,234.5``-style digits, or None when the token is garbled (``1O.5``)."""
    cleaned = token.replace(",", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return None
    if "," in token and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", token):
        return None
    return float(cleaned)


def _fold_unit(value: float | None, unit: str) -> tuple[float | None, str]:
    if unit in _FOLDED_UNITS:
        base, factor = _FOLDED_UNITS[unit]
        return (None if value is None else round(value * factor, 6)), base
    return value, unit


def without_multiplier(value: float, unit: str) -> tuple[float, str]:
    """``value`` in ``unit`` with the unit's leading 万 or 亿 folded into the value:
    4.3 万人 is 43000 人, 1.2 亿元 is 120000000 元; a unit without one as it is."""
    factor = _CN_LARGE.get(unit[:1])
    if factor is None or len(unit) < 2:
        return value, unit
    return round(value * factor, 6), unit[1:]


def _with_multiplier(value: float | None, multiplier: str, unit: str) -> tuple[float | None, str]:
    """A number with its multiplier written before ``余``: ``2.9万余场`` is 2.9 万场, and
    ``3万余条`` (no unit 万条) is 30000 条."""
    if multiplier + unit in _KNOWN_UNITS:
        return value, multiplier + unit
    factor = _CN_LARGE[multiplier]
    return (None if value is None else round(value * factor, 6)), unit


def _read(match: re.Match[str]) -> tuple[float | None, float | None, str, str | None]:
    """(value, value_max, unit, qualifier before the trailing one) of a FIGURE match."""
    if match.group("per_volume") is not None:
        return arabic_number(match.group("per_volume")), None, match.group("mass") + "/立方米", None
    if match.group("num") is not None:
        unit = match.group("unit") or match.group("unit2") or ""
        number = arabic_number(match.group("num"))
        if match.group("multiplier"):
            number, unit = _with_multiplier(number, match.group("multiplier"), unit)
        value, unit_out = _fold_unit(number, unit)
        value_max = None
        if match.group("num2") is not None:
            value_max, _ = _fold_unit(arabic_number(match.group("num2")), unit)
            if value_max is None:
                value = None
            elif value is not None and value_max < value:
                # A range written high to low (``5%—4.5%``): ``value_max`` is its upper end.
                value, value_max = value_max, value
        return value, value_max, unit_out, match.group("approx")
    if match.group("fan") is not None:
        return chinese_numeral(match.group("fan")), None, "番", None
    if match.group("half") is not None:
        return 50.0, None, "%", None
    if match.group("cnratio") is not None:
        number = chinese_numeral(match.group("cnratio"))
        if match.group("ratio") == "成":
            return (None if number is None else number * 10), None, "%", None
        return number, None, "倍", None
    amount = match.group("cnamount")
    unit = match.group("cnunit")
    return chinese_numeral(amount), None, unit, None


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]``, in order.

    Args:
        text: normalised text.
        start: where to begin looking.
        end: where to stop (default: the end of the text).

    Returns:
        Figures with offsets into ``text``. A bare number without a unit is returned with an
        empty unit; the caller decides whether it is a figure at all.
    """
    stop = len(text) if end is None else end
    figures: list[Figure] = []
    if not _MAY_HOLD_FIGURE.search(text, start, stop):
        return figures  # most clauses: no digit, no numeral, so no figure
    for match in FIGURE.finditer(text, start, stop):
        if match.group("num") is not None and _BAD_AFTER.match(text, match.end("num")):
            continue
        value, value_max, unit, approx = _read(match)
        each_size = _EACH_SIZE.match(text, match.end()) is not None
        named_by_code = unit in COUNT_UNITS and _COUNTED_CODE.match(text, match.end())
        if _BAD_TAIL.match(text, match.end()) and not each_size and not named_by_code:
            continue
        if each_size and unit not in COUNT_UNITS:
            continue
        if unit in _RANK_UNITS and match.start() > 0 and text[match.start() - 1] in _RANK_BEFORE:
            continue
        qualifier = match.group("qualifier") or approx
        figures.append(Figure(match.start(), match.end(), value, value_max, unit, qualifier))
    return figures


_FAN_NUMERALS = {1.0: "一", 2.0: "两", 3.0: "三", 4.0: "四", 5.0: "五"}


def _number_text(value: float) -> str:
    return f"{value:.12g}" if abs(value) < 1e12 else f"{value:.0f}"


def format_value(
    value: float | None, value_max: float | None, unit: str, qualifier: str | None
) -> str:
    """A figure as a reader writes it: ``6%左右``, ``4.5%—5%``, ``4.3万人以上``, ``同步``;
    a qualifier written before a figure stands before it (``控制在3%``, ``突破1000亿元``).

    Args:
        value: the number, or None for a target without one.
        value_max: the upper end of a range, or None.
        unit: the unit.
        qualifier: the qualifier, or None.
    """
    if value is None:
        return qualifier or "—"
    if unit == "番" and value in _FAN_NUMERALS and value_max is None:
        text = f"翻{_FAN_NUMERALS[value]}番"
    elif qualifier in ("多", "余") and value_max is None:
        if unit[:1] in _CN_LARGE and len(unit) > 1 and value % 10:
            # ``2.9余万场`` is not written: after a number not ending in 0, 余 follows 万.
            return _number_text(value) + unit[0] + qualifier + unit[1:]
        return _number_text(value) + qualifier + unit  # ``70多亿元``, ``1200余名``
    else:
        text = _number_text(value) + unit
        if value_max is not None:
            text += "—" + _number_text(value_max) + unit
    if qualifier in ("控制在", "力争", "高于", "低于", "不低于", "不少于", "突破", "超过", "超"):
        return qualifier + text
    return text + (qualifier or "")
