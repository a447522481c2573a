"""The words around a figure: the verb before it, the indicator phrase before that (fillers
and comparisons cut), and the noun after it (``110个省重点工程``, ``10万吨己二腈``)."""

from __future__ import annotations

import re

from core.numbers.values import EACH_SIZE

_LEAD = r"分别|均|都|年均|累计|同比|力争|预计|已|再|要|将|确保|比上年|较上年|全年"
_VERB = (
    r"增长|增加|增至|提高到|提高至|提高|提升到|提升至|提升|上涨|上升|下降到|下降至|下降|"
    r"降低到|降低|降至|降到|减少|压减|压降|压缩|达到|达|完成|突破|赶超|超过|超|实现|保持在|保持|稳定在|"
    r"控制在|占比|占到|占|为|是|至|新增|净增|增|扩大|缩小|不低于|不少于|不超过|高于|低于"
)
_MOD = r"分别|均|年均|累计|约|近|达|超|为|到"
BEFORE_FIGURE = re.compile(rf"(?P<lead>(?:{_LEAD})*)(?P<verb>{_VERB})?(?P<mod>(?:{_MOD})*)$")
# ``比上年``, ``较2023年``: a comparison, not the indicator (``存贷比`` ends in 比 and is one).
_COMPARISON = re.compile(r"(?:较|比)(?!重|例|率)[^，,、]{1,12}$")
# Adverbs and time phrases that name no indicator, before or after it: ``年内规上服务业企业
# 达到200家``, ``规上工业营收全力赶超300亿元``.
_ADVERB_OR_TIME = r"全年|今年|年内|全力|努力|力争|确保|预计|要|将"
# Verbs of pushing the work on, which say how hard the city works at a figure, not what it
# measures: ``持续推进总投资130亿元`` is a figure of 总投资. Verbs that name what is counted stay
# (``新增城镇就业``, ``新建智能化矿井``, ``开工建设总投资``), and so does one that begins a word
# (``完成率``: two characters at least must follow).
_PUSHING_ON = (
    r"(?:持续|深入|纵深|加快|推进|实施|完成|开展|全面|统筹|抓好|抓紧|紧盯|争取)(?=[^，,、\s]{2})"
)
# ``…总投资113亿元的襄垣…``: a phrase after a figure may open with the 的 that tied them; a
# 在 standing alone before a figure opens a phrase of place (``在7个…项目全面投产基础上``).
_FILLER = (
    r"全市|全省|全县|全区|全国|其中|同时|带动|推动|实现|使|并|和|与|的|在$|"
    r"到20\d\d年|20\d\d年|(?:近|过去|连续)?[一二三四五六七八九十\d]+年(?:来|间)?|[(（][^)）]{0,8}[)）]|[、\s]"
)
_FILLER_START = re.compile(rf"^(?:{_ADVERB_OR_TIME}|{_PUSHING_ON}|{_FILLER})+")
# Before a figure whose noun follows it, the words say what is done to that noun, and the verbs
# of pushing it on are part of them: ``加快推进10万吨己二腈``.
_FILLER_START_OF_AN_ACTION = re.compile(rf"^(?:{_ADVERB_OR_TIME}|{_FILLER})+")
_FILLER_END = re.compile(rf"(?:{_ADVERB_OR_TIME}|实现|的|由|从|[、\s])+$")
# The counted thing after a figure (``773家民营企业``, ``10条重点产业链实现产值…``, one
# character before the next count of a list: ``3个县、13个乡镇``): up to a break, a figure or
# the verb of the next statement; a size in between is passed over
# (``100个投资10亿元以上重大工程项目``, ``2座年产90万吨煤矿``, ``5个10亿元以上优质项目``).
_NEXT_VERB = "|".join(verb for verb in _VERB.split("|") if len(verb) > 1)
# An adverb and the verb it goes with end a noun: ``310个村整体提升``, ``断面全部为优良水体``,
# also a verb of what became of the things counted (``7个…升级改造项目全面投产``, ``11个乡村e镇
# 全面建成``), and the 中 of ``项目中全面投产`` before them (not the 中 of 高中 or 初中).
_DONE_VERB = r"投产|建成|竣工|完工|开工|落地|达产"
_ADVERB_THEN_VERB = rf"(?:(?<![高初])中)?(?:整体|全部|全面|均|都)(?:{_VERB}|{_DONE_VERB})"
_NOUN_CHARS = r"[\u3400-\u9fff“”\"A-Za-z]"
# The kinds a noun stands for, in brackets after it: the （市） of ``县（市）``, ``（市、区）``.
_ALTERNATIVES = r"[(（][\u3400-\u9fff、]{1,6}[)）]"
FOLLOWING_NOUN = re.compile(
    r"(?:(?:总?投资|年产能?|年处理)[0-9.]+[亿万千]*(?:元|吨|千瓦|立方米)?(?:及?以上)?的?"
    rf"|{EACH_SIZE}的?)?"
    # the digits of a code that begins the noun: ``2家4A级景区``, ``1000个5G基站``
    rf"(?P<noun>(?:\d{{1,2}}(?=[A-Za-z]))?"
    rf"(?:[\u3400-\u9fff](?=、\d|{_ADVERB_THEN_VERB})"
    # a noun with the kinds it stands for in brackets: ``4个县（市）``, ``10个乡镇（街道）``
    rf"|{_NOUN_CHARS}{{1,6}}?{_ALTERNATIVES}"
    # one character sharing the next item's noun: ``9个国、省考断面`` (国考 and 省考断面)
    rf"|[\u3400-\u9fff]、{_NOUN_CHARS}{{2,16}}?"
    rf"|{_NOUN_CHARS}{{2,16}}?))"
    rf"(?=[、，,。；;：:）)\s的和与等0-9]|{_NEXT_VERB}|{_ADVERB_THEN_VERB}|$|(?<=[)）]))"
)
# What a count is counted by, after its noun: ``8项增速高于全省平均水平`` (8 of the indicators
# grew faster than the province), ``5项位列全省前两位``; the comparison belongs to the noun.
COUNTED_BY = re.compile(
    r"(?:高于|低于|快于|慢于)(?:(?![且并和及与])[\u3400-\u9fff]){2,12}"
    r"(?=[、，,。；;：:）)\s且并和及与]|$)"
)
# What follows a figure without being the thing it sizes: ``总投资113亿元的襄垣…``,
# ``20公里范围内``, ``120万吨及以上煤矿``.
NOT_A_SIZED_NOUN = re.compile(r"的|范围|及以上|及以下|以内")
_LONGEST_PHRASE = 24
CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def clean_phrase(
    text: str, start: int, end: int, *, names_the_figure: bool = True
) -> tuple[int, int]:
    """The span of the indicator words in ``text[start:end]``, fillers and comparisons removed.

    Args:
        text: the scanning copy of a report.
        start: where the words before a figure's verb begin.
        end: where they end (at the verb, or at the figure).
        names_the_figure: whether the words name what the figure is of (``持续推进总投资``
            reads 总投资); False when they say what is done to a noun after the figure, and
            keep the verbs of pushing it on (``加快推进10万吨己二腈``).
    """
    window = text[start:end]
    comparison = _COMPARISON.search(window)
    if comparison:
        window = window[: comparison.start()]
    head = (_FILLER_START if names_the_figure else _FILLER_START_OF_AN_ACTION).match(window)
    skip = head.end() if head else 0
    tail = _FILLER_END.search(window, skip)
    stop = tail.start() if tail else len(window)
    if stop - skip > _LONGEST_PHRASE:
        skip = _cut_at_list_item(window, stop - _LONGEST_PHRASE, stop)
    return start + skip, start + max(skip, stop)


def _cut_at_list_item(window: str, cut: int, stop: int) -> int:
    """Where a phrase too long to keep whole starts: after the first ``、`` behind ``cut``
    (``产业加快推进…零部件、壶关航天工业园等63个项目`` keeps the last items listed), or at
    ``cut`` when no list follows (then a word may be cut)."""
    if cut == 0 or not CJK_CHAR.match(window, cut - 1):
        return cut
    comma = window.find("、", cut, stop - 2)
    return cut if comma < 0 else comma + 1


_SIZE_THEN_NEXT_ITEM = re.compile(rf"({EACH_SIZE})、")
_COUNT_NUMBER = re.compile(r"\d+")


def shared_noun(text: str, at: int, unit: str) -> tuple[re.Match[str], int] | None:
    """The noun a count shares with the items of its list after it, and where its own words
    end: in ``引进2个50亿元以上、5个10亿元以上优质项目`` the 2个 are 优质项目 of 50亿元以上.

    Args:
        text: the scanning copy of a report.
        at: where the count (``2个``) ends.
        unit: the count's unit; the next item counts in the same one.

    Returns:
        The FOLLOWING_NOUN match of the item that names the noun and the end of the count's
        own size, or None when the count is not followed by a size and such an item.
    """
    own = _SIZE_THEN_NEXT_ITEM.match(text, at)
    if own is None:
        return None
    number = _COUNT_NUMBER.match(text, own.end())
    if number is None or not text.startswith(unit, number.end()):
        return None
    item = number.end() + len(unit)
    named = FOLLOWING_NOUN.match(text, item)
    if named is None:
        after = shared_noun(text, item, unit)
        return None if after is None else (after[0], own.end(1))
    return named, own.end(1)


# A word that only qualifies a noun: a level (``省级``, ``国家级``) or a trade (``焦化``).
_QUALIFIER_WORD = (
    r"(?:[\u3400-\u9fff]{1,3}级|钢铁|焦化|水泥|化工|煤炭|电力|火电|建材|铸造|陶瓷|玻璃|制药)"
)
_QUALIFIER_ONLY = re.compile(_QUALIFIER_WORD)
_QUALIFIED_NOUN = re.compile(rf"{_QUALIFIER_WORD}(?P<head>[\u3400-\u9fff]+)")
_NEXT_COUNT = re.compile(r"、(\d+)")


def noun_qualified_like_the_next(text: str, noun: re.Match[str], unit: str) -> str | None:
    """The noun a count names by a qualifier alone, taking the head of the next item's noun:
    ``1个省级、5个市级专业镇`` counts 省级专业镇, ``8家焦化、11家水泥企业`` 焦化企业.

    Args:
        text: the scanning copy of a report.
        noun: the FOLLOWING_NOUN match after the count.
        unit: the count's unit; the next item counts in the same one.

    Returns:
        The qualifier with the next item's head noun, or None when the count's noun is not a
        qualifier alone or the next item is not a count of the same unit with a qualified noun.
    """
    if not _QUALIFIER_ONLY.fullmatch(noun.group("noun")):
        return None
    number = _NEXT_COUNT.match(text, noun.end())
    if number is None or not text.startswith(unit, number.end()):
        return None
    named = FOLLOWING_NOUN.match(text, number.end() + len(unit))
    qualified = _QUALIFIED_NOUN.fullmatch(named.group("noun")) if named else None
    return None if qualified is None else noun.group("noun") + qualified.group("head")


# The words describing what a count counts, before its 的: ``在全省乃至周边地区有影响力的``.
_DESCRIPTION_THEN_DE = re.compile(r"[^，,。；;：:！？!?\d\s的]{4,24}的")


def noun_after_its_description(text: str, at: int) -> re.Match[str] | None:
    """The noun a range of things is counted in when a description stands before it:
    ``培育1至2个在全省乃至周边地区有影响力的核心商圈`` counts 核心商圈, and ``1至2个带动能力强、
    就业容量大的特色产业`` 特色产业.

    Args:
        text: the scanning copy of a report.
        at: where the count (``1至2个``) ends.

    Returns:
        The FOLLOWING_NOUN match of the noun after the description's 的, or None when no
        description of at least four characters and a 的 follows the count.
    """
    description = _DESCRIPTION_THEN_DE.match(text, at)
    return None if description is None else FOLLOWING_NOUN.match(text, description.end())
