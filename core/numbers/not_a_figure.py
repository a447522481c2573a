"""The checks that decide a number found in a clause is no figure of the city's.

A number is read as a figure unless it picks out a kind of thing (``产能120万吨以上煤矿``), counts
the group a ranking is taken in (``在168个重点城市中排名第30位``), moves a ranking
(``排名提升20位``), counts rates in a slogan (``实现3个100%``), is part of a quoted name
(``持续推广“10种模式”和“6项机制”``, ``quoted_names``), or stands without a unit where no
verb makes a bare number a level (``1.5亿只``).
"""

from __future__ import annotations

import re

from core.numbers.figure_words import CJK_CHAR
from core.numbers.quoted_names import in_quoted_name
from core.numbers.values import COUNT_UNITS, Figure

# Verbs after which a number without a unit is a level (``达到90``, ``控制在3以内``).
UNITLESS_VERBS = frozenset(
    ["达到", "达", "为", "降至", "降到", "提高到", "提高至", "控制在", "保持在", "稳定在"]
)
RATE_UNITS = frozenset(["%", "个百分点", "倍", "番", ""])
# What makes a size with 以上/以下 a kind of thing (``产能120万吨以上煤矿``): a word naming a size
# before it, or a count of the things (``5个10亿元以上``).
_SIZE_WORD_BEFORE = re.compile(r"(?:产能|年产能?|年处理|总?投资)$")
_COUNT_BEFORE = re.compile(r"\d+[个座家所项条](?:产能|年产能?|年处理|总?投资)?$")
_OR_MORE = re.compile(r"及以[上下]")
# The count of a group a ranking is taken in (``在168个重点城市中排名第30位``, ``进入全国20个
# 革命老区重点城市前列``): it measures nothing of the city. Things that rank themselves are
# counted (``5项位列全省前列``).
_RANK_VERB = r"排名|排位|排在|排|位列|位居|居于|稳居|居|名列|进入|跻身|退出|走在"
_RANKED_AMONG = re.compile(
    rf"(?:(?!{_RANK_VERB})[^，,。；;、\d]){{1,16}}?(?:中(?:的)?(?:{_RANK_VERB})|前列|前茅)"
)
# A move in a ranking (``排名提升20位``, ``位次前移5名``) is no figure either.
_RANKING = re.compile(r"(?:排名|排位|位次|名次)[^，,。；;]{0,6}$")
_RANK_UNITS = frozenset(["名", "位"])
# A count just before a rate counts rates (``实现3个100%``, ``“三个100%”``): a slogan.
_COUNT_OF_RATES = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个[“\"]?$")


def sizes_a_kind(text: str, figure: Figure) -> bool:
    """Whether ``figure`` picks out a kind of thing rather than counting or measuring one:
    ``产能120万吨及以上煤矿``, ``4.3米以下焦炉``, or the size of each thing a count counts
    (``100个投资10亿元以上重大工程项目``, ``2座年产90万吨煤矿``, ``5个10亿元以上优质项目``).

    Args:
        text: the scanning copy of the text.
        figure: a figure found in it.
    """
    if figure.unit in COUNT_UNITS or figure.unit in RATE_UNITS:
        return False
    before = text[max(0, figure.start - 8) : figure.start]
    if _COUNT_BEFORE.search(before):
        return True  # the size of each thing counted: ``2座年产90万吨煤矿``
    more = _OR_MORE.match(text, figure.end)
    if figure.qualifier not in ("以上", "以下") and more is None:
        return False
    after = more.end() if more else figure.end
    names_a_thing = CJK_CHAR.match(text, after) is not None
    return names_a_thing and (figure.unit == "米" or _SIZE_WORD_BEFORE.search(before) is not None)


def is_not_a_figure(text: str, figure: Figure, window: str, verb: str) -> bool:
    """Whether the number ``figure`` is no figure of the city's, so no statement is read from it.

    Args:
        text: the scanning copy of the text.
        figure: a figure found in it.
        window: the words of its clause just before it (up to ``figure.start``).
        verb: the verb read just before it (``增长``, ``达到``), or an empty string.
    """
    if in_quoted_name(text, figure.start, figure.end):
        return True  # ``“6项机制”``: the name of a set of measures, not a count of the city's
    if not figure.unit and figure.value is not None:
        if verb not in UNITLESS_VERBS and not window.endswith("指数"):
            return True
        if CJK_CHAR.match(text, figure.end):
            return True  # ``1.5亿只``: a unit this table does not know; not a bare number
    if not verb and sizes_a_kind(text, figure):
        return True
    if figure.unit in COUNT_UNITS and _RANKED_AMONG.match(text, figure.end):
        return True  # the group ranked in, not a count of the city's
    if figure.unit in _RANK_UNITS and _RANKING.search(window):
        return True
    # ``实现3个100%``: a slogan counting rates, no rate of the city's
    return figure.unit == "%" and _COUNT_OF_RATES.search(window) is not None
