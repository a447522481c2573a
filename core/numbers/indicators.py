"""The canonical indicator table: which names stand for the same indicator across years and cities.

The table is ``resources/indicators.tsv``, a data file a user can extend (one row per indicator:
canonical key, English label, Chinese label, aliases, and for a joint name such as
``城乡居民人均可支配收入`` the indicators it stands for).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from core.resources import read_resource_text

# Words that may stand between an indicator's name and its verb without changing the indicator:
# ``居民消费价格涨幅``, ``能耗强度“十四五”已累计``, ``城镇居民人均可支配收入增速``.
_TAIL_WORDS = [
    "增速",
    "增幅",
    "涨幅",
    "增长率",
    "总量",
    "规模",
    "年均",
    "累计",
    "已",
    "同比",
    "较",
    "比",
    "分别",
    "均",
    "继续",
    "保持",
    "持续",
    "稳定",
    "进一步",
    "力争",
    "预计",
    "要",
    "全年",
    "实际",
    "总体",
    "水平",
    "指数",
]
_CJK = re.compile(r"[\u3400-\u9fff]")
# A short alias (``经济``) only counts after a boundary or a place word (``全市经济``).
_SHORT_ALIAS_PREFIX = set("市省国县区年")
# What may stand right before a name in the phrase before a verb and leave it the same
# indicator: a place or a time (``全市``, ``长治市``, ``2023年``, ``全社会``), a verb or a
# conjunction. Any other word is a modifier that makes another indicator: ``能源工业增加值`` is
# not 规上工业增加值, ``潞州区地区生产总值`` not the city's.
_PLAIN_BEFORE_NAME = re.compile(
    r"(?:全|全区|(?<!城)[市省县国]|年|完成|实现|带动|推动|其中|同时|以及|和|与|及|并)$"
)
# A modifier is a word or two (``能源``, ``工业类开发区``); a longer run of words before a name
# is a phrase that ran on into it (a panel's line above), not a modifier.
_LONGEST_MODIFIER = 6
_CJK_RUN_END = re.compile(r"[㐀-鿿]+$")


@dataclass(frozen=True)
class Indicator:
    """One row of the indicator table.

    Attributes:
        canonical: the key that makes years and cities comparable (``gdp``, ``cpi``).
        english: an English label.
        chinese: the usual Chinese name.
        aliases: every name it is written under, the usual one included.
        parts: for a joint name, the canonical keys it stands for (``urban_income``,
            ``rural_income``); empty otherwise.
        lower_is_better: a figure of this indicator is a ceiling (prices, unemployment,
            energy intensity): a target for it is met by a lower result.
    """

    canonical: str
    english: str
    chinese: str
    aliases: tuple[str, ...]
    parts: tuple[str, ...] = ()
    lower_is_better: bool = False


@dataclass(frozen=True)
class IndicatorMatch:
    """An indicator name found in a text, by offsets into that text."""

    indicator: Indicator
    start: int
    end: int


class IndicatorTable:
    """The indicators with one compiled pattern over all their names (longest name first)."""

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        self.indicators = tuple(indicators)
        self._by_alias: dict[str, Indicator] = {}
        self._by_key = {indicator.canonical: indicator for indicator in self.indicators}
        for indicator in self.indicators:
            for alias in indicator.aliases:
                self._by_alias.setdefault(alias.casefold(), indicator)
        names = sorted(self._by_alias, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(n) for n in names) or r"(?!)", re.IGNORECASE)
        tails = "|".join(re.escape(w) for w in _TAIL_WORDS)
        self._tail = re.compile(rf"(?:{tails}|“[^”]{{0,10}}”|[^\u3400-\u9fff])*")

    def get(self, canonical: str) -> Indicator | None:
        """The indicator with key ``canonical``, or None."""
        return self._by_key.get(canonical)

    def label(self, canonical: str) -> str:
        """The Chinese name of ``canonical`` (the key itself if it is not in the table)."""
        indicator = self._by_key.get(canonical)
        return indicator.chinese if indicator is not None else canonical

    def find_all(self, text: str, start: int = 0, end: int | None = None) -> list[IndicatorMatch]:
        """Every indicator name in ``text[start:end]``, left to right, longest first at a place."""
        stop = len(text) if end is None else end
        found = []
        for match in self._pattern.finditer(text, start, stop):
            if self._acceptable_start(text, match.start(), match.end()):
                indicator = self._by_alias[match.group().casefold()]
                found.append(IndicatorMatch(indicator, match.start(), match.end()))
        return found

    def subject_of(self, phrase: str) -> IndicatorMatch | None:
        """The indicator a phrase before a verb names, or None.

        ``全市地区生产总值`` names GDP and ``能耗强度“十四五”已累计`` names energy intensity,
        but ``万元GDP用水量`` does not name GDP: a name counts only when nothing but tail
        words (``增速``, ``累计``…) or punctuation follow it in the phrase, and ``能源工业增加值``
        does not name 规上工业增加值: a word before a name must be a place, a time or a verb.

        Args:
            phrase: the words before a verb or a figure.
        """
        best: IndicatorMatch | None = None
        for match in self.find_all(phrase):
            tail = self._tail.match(phrase, match.end)
            if tail is not None and tail.end() == len(phrase) and _plain_before(phrase, match):
                best = match
        return best

    @staticmethod
    def _acceptable_start(text: str, start: int, end: int) -> bool:
        if end - start > 2 or not _CJK.match(text, start):
            return True
        return (
            start == 0 or not _CJK.match(text, start - 1) or text[start - 1] in _SHORT_ALIAS_PREFIX
        )


def _plain_before(phrase: str, match: IndicatorMatch) -> bool:
    """Whether the words before ``match`` leave it the indicator it names (see
    ``_PLAIN_BEFORE_NAME``): nothing, a break, a plain word or a run too long to be a
    modifier."""
    run = _CJK_RUN_END.search(phrase, 0, match.start)
    if run is None or run.end() - run.start() > _LONGEST_MODIFIER:
        return True
    return _PLAIN_BEFORE_NAME.search(phrase, 0, match.start) is not None


def parse_indicator_table(tsv: str) -> IndicatorTable:
    """An indicator table from TSV text (``#`` lines are comments; see resources/indicators.tsv).

    Args:
        tsv: the table's text: canonical, English, Chinese, aliases (``|``-separated),
            optionally parts (``|``-separated canonical keys) and direction (``lower``
            for a ceiling indicator).
    """
    rows = []
    for line in tsv.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 3 or not cells[0]:
            continue
        aliases = [a.strip() for a in (cells[3] if len(cells) > 3 else "").split("|")]
        names = tuple(dict.fromkeys([cells[2], *[a for a in aliases if a]]))
        parts = tuple(
            p.strip() for p in (cells[4] if len(cells) > 4 else "").split("|") if p.strip()
        )
        lower = len(cells) > 5 and cells[5].casefold() == "lower"
        rows.append(Indicator(cells[0], cells[1], cells[2], names, parts, lower))
    return IndicatorTable(rows)


@lru_cache(maxsize=1)
def indicator_table() -> IndicatorTable:
    """The bundled indicator table (read once)."""
    return parse_indicator_table(read_resource_text("indicators.tsv"))
