"""Extraction of numeric statements: targets, plan targets, commitments and results of a report.

Figures are read clause by clause from the scanning copy of the text (normalised, broken lines
joined). Each figure gets the indicator named before its verb (``GDP增长6%左右``), carried over
to a figure that names none (``完成2593.4亿元、增长2.6%``); figures listed after one verb
(``分别增长7%和8%左右``) share it, and each item of a list reads its own words
(``list_items``). A number that is no figure of the city's (a size naming a kind of thing, a
ranking, a slogan counting rates) is left out (``not_a_figure``), and so are amounts that only
say which things a figure is of: ``30万元、50万元以上的村分别达到75%、55%`` are the shares of
two kinds of village (``thresholds``). The main-targets passage
(``主要预期目标是…``, found by ``target_passage``) also yields targets without a figure
(``…与经济增长基本同步``). The kind follows from the report part.

Stored numbers are kept until ``core.numbers.extractor_version.EXTRACTOR_VERSION`` changes:
raise it with any change to what this module finds, and libraries read their reports again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from core.model import Outline, ReportKind
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
from core.numbers.indicators import Indicator, IndicatorTable, indicator_table
from core.numbers.list_items import LIST_GAP, counts_some_of, item_words_start
from core.numbers.not_a_figure import RATE_UNITS, is_not_a_figure
from core.numbers.report_parts import PartSpan, ReportPart, part_at, report_parts
from core.numbers.scan_text import ScanText, scan_text
from core.numbers.statements import Measure, NumericStatement, StatementKind
from core.numbers.target_passage import CLAUSE, SENTENCE_END, figureless_target, target_passages
from core.numbers.thresholds import ThresholdList, threshold_lists
from core.numbers.values import COUNT_UNITS, Figure, find_figures

_PERIOD = re.compile(r"累计|年均|十[一二三四五六七八九]五|五年")
# A figure of part of the city (``开发区规上工业增加值``, ``工业类开发区…``, ``县域…``) is not the
# city's own: it keeps its words but is not filed under the indicator, so no scorecard reads it.
_PART_OF_THE_CITY = re.compile(r"开发区|园区|高新区|经开区|示范区|产业园|县域|各县|乡镇")
# Under a lead sentence about part of the city (``提升开发区发展能级。…规上工业增加值增长15%以上``)
# an indicator is that part's, unless its words name the whole (``全市``).
_THE_WHOLE = re.compile(r"全市|全省|全县|全区|全国")
_RATE_WORD = re.compile(r"(?:涨幅|增速|增幅|增长率)$")
_FIVE_YEAR_YEAR = re.compile(r"^(?:(20\d\d)年|去年)")
_FUTURE_YEAR = re.compile(r"到(20\d\d)年")


@dataclass
class _Statement:
    """A statement while it is being built (a list of figures shares its indicator and span)."""

    indicator: str
    subject: Indicator | None
    measure: Measure
    figure: Figure | None
    qualifier: str | None
    start: int
    end: int
    spread: bool = False  # 分别: the figures go to the parts of a joint indicator in order
    among: bool = False  # ``9项主要经济指标中``: the next figure counts some of these


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in CLAUSE.finditer(text, start, end):
        yield match.start(), match.end()


class _Extractor:
    """One pass over one text; holds the text, its parts and the indicator table."""

    def __init__(self, text: str, outline: Outline, year: int | None, kind: ReportKind | None):
        self.original = text
        self.outline = outline
        self.year = year
        self.scan: ScanText = scan_text(text)
        self.parts = report_parts(text, outline, year, kind)
        self.table: IndicatorTable = indicator_table()
        self.out: list[NumericStatement] = []

    # -- statements ---------------------------------------------------------------------------

    def run(self) -> list[NumericStatement]:
        text = self.scan.text
        passages = target_passages(self.scan, self.parts, self.table)
        for passage_start, passage_end in passages:
            self.read_span(passage_start, passage_end, in_targets=True)
        position = 0
        for passage_start, passage_end in [*passages, (len(text), len(text))]:
            self.read_span(position, passage_start, in_targets=False)
            position = passage_end
        self.out.sort(key=lambda s: (s.start, s.end))
        return self.out

    def read_span(self, start: int, end: int, *, in_targets: bool) -> None:
        text = self.scan.text
        carried: _Statement | None = None
        for clause_start, clause_end in _clauses(text, start, end):
            if clause_start > 0 and SENTENCE_END.match(text, clause_start - 1):
                carried = None
            figures = find_figures(text, clause_start, clause_end)
            if not figures:
                carried = None  # a clause of words only has a subject of its own
                if in_targets:
                    self.read_figureless_target(clause_start, clause_end)
                continue
            group: list[_Statement] = []
            previous_end = clause_start
            read_up_to = clause_start  # where the words of the statement before end
            kinds_at = {
                kinds.thresholds[0].start: kinds for kinds in threshold_lists(text, figures)
            }
            for figure in figures:
                if figure.start < previous_end:
                    continue  # a threshold or the figure of a kind, read with its list
                if (kinds := kinds_at.get(figure.start)) is not None:
                    self.emit(group, in_targets)
                    words_start = item_words_start(
                        text, previous_end, read_up_to, figure,
                        after_statement=carried is not None, after_a_whole=False,
                    )  # fmt: skip
                    group = self.read_kinds(words_start, kinds)
                    carried, read_up_to = group[-1], group[-1].end
                    previous_end = kinds.figures[-1].end
                    continue
                gap = text[previous_end : figure.start]
                # A figure inside the words of the one before (``5个10亿元以上优质项目``) is
                # the size of what it counts, not the next item of a list.
                if group and figure.start >= read_up_to and LIST_GAP.fullmatch(gap):
                    group.append(self.continue_list(group[-1], figure))
                    previous_end = figure.end
                    continue
                self.emit(group, in_targets)
                window_start = item_words_start(
                    text,
                    previous_end,
                    read_up_to,
                    figure,
                    after_statement=carried is not None,
                    after_a_whole=carried is not None and carried.among,
                )
                statement = self.read_figure(window_start, figure, carried)
                group = [] if statement is None else [statement]
                if statement is not None:
                    carried = statement
                    read_up_to = statement.end
                previous_end = figure.end
            self.emit(group, in_targets)

    def read_figure(
        self, window_start: int, figure: Figure, carried: _Statement | None
    ) -> _Statement | None:
        text = self.scan.text
        window_start = max(window_start, figure.start - 40)
        window = text[window_start : figure.start]
        before = BEFORE_FIGURE.search(window)
        assert before is not None  # every part of the pattern is optional
        verb = before.group("verb") or ""
        lead = before.group("lead") or ""
        if is_not_a_figure(text, figure, window, verb):
            return None
        phrase_start, phrase_end = clean_phrase(text, window_start, window_start + before.start())
        phrase = text[phrase_start:phrase_end]
        match = self.table.subject_of(phrase)
        subject = match.indicator if match else None
        part = _PART_OF_THE_CITY.search(phrase, 0, match.start) if match else None
        first = part.start() if part else match.start if match else 0
        indicator = text[first + phrase_start : match.end + phrase_start] if match else phrase
        span_start = phrase_start if phrase else window_start + before.start()
        if match:
            span_start = phrase_start + first
        the_whole = _THE_WHOLE.search(window, 0, before.start()) is not None
        if part or (subject and not the_whole and self.under_part_of_the_city(figure.start)):
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
            and self.on_one_line(figure.end - 1, noun.end())  # not a panel's next label
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
            if counts_things and (
                qualified := noun_qualified_like_the_next(text, noun, figure.unit)
            ):
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
        if counts_things and measure is Measure.GROWTH:
            # ``巩固提升11个乡村e镇`` counts the towns it upgrades; ``企业净增1.3万户`` grows.
            measure = Measure.LEVEL
        qualifier = figure.qualifier or leading_qualifier(
            lead, verb, before.group("mod"), window[: before.start()]
        )
        spread = "分别" in lead or "分别" in before.group("mod") or "分别" in phrase[-3:]
        return _Statement(
            indicator, subject, measure, figure, qualifier, span_start, span_end, spread, among
        )

    def read_kinds(self, words_start: int, kinds: ThresholdList) -> list[_Statement]:
        """One statement per kind of thing a list of thresholds names, each named with its
        threshold (``集体经济年收入30万元以上的村``) and of the figure it reaches (``75%``)."""
        text = self.scan.text
        named_from = kinds.thresholds[0].start - len(kinds.floor_before)
        start, end = clean_phrase(text, words_start, named_from)
        window = text[max(words_start, named_from - 40) : named_from]
        statements = []
        for index, figure in enumerate(kinds.figures):
            # ``…的村达到75%``: a share of the villages
            share = figure.unit == "%"
            statements.append(
                _Statement(
                    text[start:end] + kinds.kind_name(text, index),
                    None,
                    Measure.SHARE if share else measure_of(kinds.verb, "", figure),
                    figure,
                    figure.qualifier or leading_qualifier("", kinds.verb, "", window),
                    start if end > start else named_from,
                    figure.end,
                )
            )
        return statements

    def on_one_line(self, start: int, end: int) -> bool:
        """Whether the scan-text span ``[start, end)`` lies on one line of the text as read."""
        first, last = self.scan.span_to_original(start, end)
        return "\n" not in self.original[first:last]

    def under_part_of_the_city(self, at: int) -> bool:
        """Whether the scan-text offset ``at`` lies under a lead sentence about part of the
        city (``提升开发区发展能级。``, ``促进县域城乡融合发展。``)."""
        path = self.outline.path_at(self.scan.to_original(at))
        lead = path[-1] if path else None
        return (
            lead is not None and lead.style == "lead" and bool(_PART_OF_THE_CITY.search(lead.title))
        )

    def continue_list(self, head: _Statement, figure: Figure) -> _Statement:
        return _Statement(
            head.indicator, head.subject, head.measure, figure,
            figure.qualifier, head.start, figure.end, head.spread,
        )  # fmt: skip

    def read_figureless_target(self, start: int, end: int) -> None:
        """A target without a figure: ``城镇居民可支配收入与经济增长基本同步``."""
        target = figureless_target(self.scan.text, self.table, start, end)
        if target is None:
            return
        statement = _Statement(
            target.indicator, target.subject, target.measure, None, target.qualifier, start, end
        )
        self.emit([statement], in_targets=True)

    # -- output -------------------------------------------------------------------------------

    def emit(self, group: list[_Statement], in_targets: bool) -> None:
        if not group:
            return
        # ``分别增长7%和8%左右``: a qualifier after the last figure holds for them all.
        last_qualifier = group[-1].qualifier
        group_end = max(s.end for s in group)
        group_start = min(s.start for s in group)
        parts = self.parts_of(group[0].subject)
        for index, statement in enumerate(group):
            qualifier = statement.qualifier or (last_qualifier if len(group) > 1 else None)
            if len(group) > 1 and parts and statement.spread and len(group) == len(parts):
                canonicals: list[str | None] = [parts[index]]
            elif parts and len(group) == 1:
                canonicals = list(parts)
            elif parts:
                canonicals = [None]
            else:
                canonicals = [statement.subject.canonical if statement.subject else None]
            start, end = (
                (group_start, group_end) if len(group) > 1 else (statement.start, statement.end)
            )
            for canonical in canonicals:
                self.out.append(
                    self.finish(statement, canonical, qualifier, start, end, in_targets)
                )

    def parts_of(self, subject: Indicator | None) -> tuple[str, ...]:
        return subject.parts if subject is not None else ()

    def finish(
        self,
        statement: _Statement,
        canonical: str | None,
        qualifier: str | None,
        start: int,
        end: int,
        in_targets: bool,
    ) -> NumericStatement:
        original_start, original_end = self.scan.span_to_original(start, end)
        part = part_at(self.parts, original_start)
        kind, year = self.kind_and_year(part, start, end, in_targets)
        figure = statement.figure
        section = tuple(s.title for s in self.outline.path_at(original_start))
        return NumericStatement(
            kind=kind,
            indicator=statement.indicator,
            canonical=canonical,
            measure=statement.measure,
            text=self.as_read(start, end),
            value=figure.value if figure else None,
            value_max=figure.value_max if figure else None,
            unit=figure.unit if figure else "",
            qualifier=qualifier,
            year=year,
            section=section,
            start=original_start,
            end=original_end,
        )

    def as_read(self, start: int, end: int) -> str:
        """The text as read over the scanning copy's ``[start, end)``, without the line breaks
        and bold marks the copy left out: a word broken across lines (``地`` / ``区生产总值``)
        reads whole, and ``完成**2593.4亿元**`` reads ``完成2593.4亿元``."""
        first, last = self.scan.span_to_original(start, end)
        kept = set(self.scan.origin[start:end])
        return "".join(
            ch
            for i, ch in enumerate(self.original[first:last], first)
            if i in kept or not (ch.isspace() or ch == "*")
        )

    def kind_and_year(
        self, part: PartSpan | None, start: int, end: int, in_targets: bool
    ) -> tuple[StatementKind, int | None]:
        if in_targets:
            return StatementKind.TARGET, self.year
        if part is None:
            return StatementKind.OTHER, None
        text = self.scan.text
        sentence_start = (
            max(text.rfind("。", 0, start), text.rfind("\n", 0, start), text.rfind("；", 0, start))
            + 1
        )
        sentence = text[sentence_start:start]
        if part.part is ReportPart.REVIEW:
            if _PERIOD.search(text, sentence_start, end):
                return StatementKind.RESULT, None  # a cumulative or five-year figure
            if part.year is None and self.year is not None:
                stated = _FIVE_YEAR_YEAR.match(sentence.lstrip())
                if stated:
                    said = int(stated.group(1)) if stated.group(1) else self.year - 1
                    return StatementKind.RESULT, said if said < self.year else None
            return StatementKind.RESULT, part.year
        if part.part is ReportPart.FIVE_YEAR:
            return StatementKind.PLAN_TARGET, part.year
        if part.part is ReportPart.PLAN:
            future = _FUTURE_YEAR.search(sentence)
            if future and self.year is not None and int(future.group(1)) > self.year:
                return StatementKind.PLAN_TARGET, int(future.group(1))
            return StatementKind.COMMITMENT, part.year
        return StatementKind.OTHER, part.year if part.part is ReportPart.SELF_BUILDING else None


def extract_numbers(
    text: str, outline: Outline, year: int | None, *, kind: ReportKind | None = None
) -> list[NumericStatement]:
    """Every numeric statement of a report, in text order.

    Args:
        text: the text as read (offsets of the result point into it).
        outline: its section tree (gives the parts and each statement's section path); an
            empty outline is allowed, the parts are then found from the text's own titles.
        year: the year the report was delivered; targets and commitments refer to it,
            results of an annual review to the year before. None leaves years unknown.
        kind: what the text is, if known (an interpretation holds results, not plans);
            None detects an interpretation from its title.

    Returns:
        The statements; a text without a main-targets passage in a plan part has no targets.
    """
    return _Extractor(text, outline, year, kind).run()
