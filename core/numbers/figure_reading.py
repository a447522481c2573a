"""How one figure is read: the indicator it is of, its measure, qualifier and span.

The indicator is named in the words before the figure's verb (``GDP增长6%左右``); a figure
after a verb alone (``、增长2.6%``) takes the one carried from the figure before. A count or a
size reads the noun after it (``建成5个产业园``, ``加快推进10万吨己二腈``); a number that is no
figure of the city's is left out (``not_a_figure``), and a figure of part of the city keeps
its words but no indicator (``part_of_the_city``).
"""

from __future__ import annotations

import re

from core.numbers.change_base import base_words_start
from core.numbers.figure_measure import leading_qualifier, measure_of
from core.numbers.figure_words import (
    BEFORE_FIGURE,
    COUNTED_BY,
    FOLLOWING_NOUN,
    NOT_A_SIZED_NOUN,
    clean_phrase,
    noun_after_its_description,
    noun_qualified_like_the_next,
    shared_noun,
)
from core.numbers.list_items import counts_some_of
from core.numbers.not_a_figure import RATE_UNITS, is_not_a_figure
from core.numbers.part_of_the_city import PART_OF_THE_CITY, THE_WHOLE, under_part_of_the_city
from core.numbers.report_reading import ReportReading
from core.numbers.statement_draft import StatementDraft
from core.numbers.statements import Measure
from core.numbers.values import COUNT_UNITS, Figure

_RATE_WORD = re.compile(r"(?:涨幅|增速|增幅|增长率)$")


def read_figure(
    reading: ReportReading,
    window_start: int,
    figure: Figure,
    carried: StatementDraft | None,
    base: Figure | None = None,
) -> StatementDraft | None:
    """The statement ``figure`` makes, or None if it is no figure of the city's.

    Args:
        reading: the report.
        window_start: where the words of this figure may start in the scanning copy (after
            the statement before, or the item of a list before).
        figure: the figure.
        carried: the statement before in the sentence, whose indicator a figure naming none
            takes.
        base: the level the change to this figure starts from (the 34% of ``由34%提高到92%``),
            read as part of its statement; its indicator is named before it.
    """
    text = reading.scan.text
    window_start = max(window_start, figure.start - 40)
    window = text[window_start : figure.start]
    before = BEFORE_FIGURE.search(window)
    assert before is not None  # every part of the pattern is optional
    verb = before.group("verb") or ""
    lead = before.group("lead") or ""
    if is_not_a_figure(text, figure, window, verb):
        return None
    words_end = window_start + before.start()
    if base is not None:  # ``达标率由34%提高到``: the indicator ends before the base
        words_end = min(words_end, base_words_start(text, base))
    phrase_start, phrase_end = clean_phrase(text, window_start, words_end)
    phrase = text[phrase_start:phrase_end]
    match = reading.table.subject_of(phrase)
    subject = match.indicator if match else None
    part = PART_OF_THE_CITY.search(phrase, 0, match.start) if match else None
    first = part.start() if part else match.start if match else 0
    indicator = text[first + phrase_start : match.end + phrase_start] if match else phrase
    span_start = phrase_start if phrase else window_start + before.start()
    if match:
        span_start = phrase_start + first
    the_whole = THE_WHOLE.search(window, 0, before.start()) is not None
    if part or (subject and not the_whole and under_part_of_the_city(reading, figure.start)):
        subject = None  # the place's figure: ``开发区规上工业增加值``, or under its lead
    span_end = figure.end
    among = False
    noun = FOLLOWING_NOUN.match(text, figure.end) if subject is None else None
    if noun and figure.value_max is not None and figure.unit in COUNT_UNITS:
        # ``1至2个…有影响力的核心商圈``: one or two of a kind, described before its noun
        noun = noun_after_its_description(text, figure.end) or noun
    own_words_end: int | None = None  # a count that shares the noun of a later item
    if noun is None and subject is None and figure.unit in COUNT_UNITS:
        shared = shared_noun(text, figure.end, figure.unit)
        if shared is not None:
            noun, own_words_end = shared
    # A figure opening its clause names what follows it (``260公里环浊漳河旅游公路``); one
    # after a verb alone (``、增长2.6%``) is of the indicator carried over.
    opens_clause = not verb and not lead
    # A size before its noun (``加快推进10万吨己二腈``, ``设立100亿元产业转型发展基金``):
    # the words before it, naming no indicator, are what is done; the noun is what it sizes.
    sizes_a_noun = (
        noun is not None
        and match is None
        and opens_clause
        and figure.unit not in COUNT_UNITS | RATE_UNITS
        and figure.qualifier not in ("以上", "以下")  # a class: ``产能120万吨以上煤矿``
        and not NOT_A_SIZED_NOUN.match(noun.group("noun"))
        and reading.on_one_line(figure.end - 1, noun.end())  # not a panel's next label
    )
    counts_things = False  # a count with the noun of what it counts after it
    if noun and (
        figure.unit in COUNT_UNITS
        or sizes_a_noun
        or (not phrase and (carried is None or opens_clause))
    ):
        indicator = noun.group("noun")
        if figure.unit.endswith("人") and indicator.startswith("口"):
            indicator = "人" + indicator  # ``7万人口集聚``: the unit's 人 begins 人口
        span_end = own_words_end or noun.end()
        if phrase and span_start == phrase_start:  # the words of what is done to the noun
            span_start, _ = clean_phrase(
                text, window_start, window_start + before.start(), names_the_figure=False
            )
        counts_things = figure.unit in COUNT_UNITS
        if counts_things and (own_words_end or noun.start() == figure.end):
            # ``2个50亿元以上、5个10亿元以上优质项目``: two kinds of project, of their sizes
            indicator = text[figure.end : own_words_end or noun.start("noun")] + indicator
        if sizes_a_noun and (item := phrase.rfind("、")) >= 0:
            span_start = phrase_start + item + 1  # not the item before: ``扩产、4万吨…``
        if counts_things and (qualified := noun_qualified_like_the_next(text, noun, figure.unit)):
            indicator = qualified
        if indicator.endswith("中") and counts_some_of(text, span_end, figure):
            indicator, among = indicator[:-1], True
        elif figure.unit in COUNT_UNITS and (counted := COUNTED_BY.match(text, span_end)):
            indicator += counted.group()
            span_end = counted.end()
    elif not phrase and carried is not None:
        subject, indicator = carried.subject, carried.indicator
    share_of = window[: before.start()].endswith("的") and figure.unit == "%"
    measure = Measure.SHARE if share_of else measure_of(verb, phrase, figure)
    if not verb and figure.unit == "%" and _RATE_WORD.search(phrase):
        measure = Measure.GROWTH  # ``居民消费价格涨幅3%左右``
    if measure is Measure.GROWTH and before.group("mod").endswith("到"):
        measure = Measure.LEVEL  # ``从280天增加到312天``: the level reached, not the growth
    if counts_things and measure is Measure.GROWTH:
        # ``巩固提升11个乡村e镇`` counts the towns it upgrades; ``企业净增1.3万户`` grows.
        measure = Measure.LEVEL
    qualifier = figure.qualifier or leading_qualifier(
        lead, verb, before.group("mod"), window[: before.start()]
    )
    spread = "分别" in lead or "分别" in before.group("mod") or "分别" in phrase[-3:]
    return StatementDraft(
        indicator, subject, measure, figure, qualifier, span_start, span_end, spread, among
    )
