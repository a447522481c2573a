"""Extraction of numeric statements: targets, plan targets, commitments and results of a report.

Figures are read clause by clause from the scanning copy of the text (normalised, broken lines
joined). Each figure gets the indicator named before its verb (``GDP增长6%左右``), carried over
to a figure that names none (``完成2593.4亿元、增长2.6%``) (``figure_reading``); figures listed
after one verb (``分别增长7%和8%左右``) share it (``statement_draft``), and each item of a list
reads its own words (``list_items``). A number that is no figure of the city's (a size naming a
kind of thing, a ranking, a slogan counting rates) is left out (``not_a_figure``), and so are
amounts that only say which things a figure is of: ``30万元、50万元以上的村分别达到75%、55%``
are the shares of two kinds of village (``thresholds``, ``statements_of_kinds``). The
main-targets passage (``主要预期目标是…``, found by ``target_passage``) also yields targets
without a figure (``…与经济增长基本同步``). The kind follows from the report part
(``kind_and_year``); ``finished_statements`` turns drafts into the statements returned. The
level a change starts from (``由34%提高到92%``) is read with the figure it reaches
(``change_base``), and a figure stated again in nearly the same words, as an interpretation's
panels repeat its body, is listed once (``restatements``).

Stored numbers are kept until ``core.numbers.extractor_version.EXTRACTOR_VERSION`` changes:
raise it with any change to what this package finds, and libraries read their reports again.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.model import Outline, ReportKind
from core.numbers.change_base import is_a_base
from core.numbers.figure_reading import read_figure
from core.numbers.finished_statements import finished_statements
from core.numbers.list_items import LIST_GAP, item_words_start
from core.numbers.report_reading import ReportReading
from core.numbers.restatements import without_restatements
from core.numbers.statement_draft import StatementDraft, continue_list
from core.numbers.statements import NumericStatement
from core.numbers.statements_of_kinds import read_kinds
from core.numbers.target_passage import CLAUSE, SENTENCE_END, figureless_target, target_passages
from core.numbers.thresholds import threshold_lists
from core.numbers.values import Figure, find_figures


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in CLAUSE.finditer(text, start, end):
        yield match.start(), match.end()


class _Extractor:
    """One pass over one report; collects its statements."""

    def __init__(self, reading: ReportReading):
        self.reading = reading
        self.out: list[NumericStatement] = []

    def run(self) -> list[NumericStatement]:
        scan = self.reading.scan
        text = scan.text
        passages = target_passages(scan, self.reading.parts, self.reading.table)
        for passage_start, passage_end in passages:
            self.read_span(passage_start, passage_end, in_targets=True)
        position = 0
        for passage_start, passage_end in [*passages, (len(text), len(text))]:
            self.read_span(position, passage_start, in_targets=False)
            position = passage_end
        self.out.sort(key=lambda s: (s.start, s.end))
        return without_restatements(self.out)

    def read_span(self, start: int, end: int, *, in_targets: bool) -> None:
        text = self.reading.scan.text
        carried: StatementDraft | None = None
        for clause_start, clause_end in _clauses(text, start, end):
            if clause_start > 0 and SENTENCE_END.match(text, clause_start - 1):
                carried = None
            figures = find_figures(text, clause_start, clause_end)
            if not figures:
                carried = None  # a clause of words only has a subject of its own
                if in_targets:
                    self.read_figureless_target(clause_start, clause_end)
                continue
            group: list[StatementDraft] = []
            previous_end = clause_start
            read_up_to = clause_start  # where the words of the statement before end
            kinds_at = {
                kinds.thresholds[0].start: kinds for kinds in threshold_lists(text, figures)
            }
            base: Figure | None = None  # the level the next figure's change starts from
            for index, figure in enumerate(figures):
                if figure.start < previous_end:
                    continue  # a threshold or the figure of a kind, read with its list
                following = figures[index + 1] if index + 1 < len(figures) else None
                if is_a_base(text, figure, following):
                    base = figure  # ``由34%提高到92%``: read with the 92% it rose to
                    continue
                changed_from, base = base, None
                if (kinds := kinds_at.get(figure.start)) is not None:
                    self.emit(group, in_targets)
                    words_start = item_words_start(
                        text, previous_end, read_up_to, figure,
                        after_statement=carried is not None, after_a_whole=False,
                    )  # fmt: skip
                    group = read_kinds(text, words_start, kinds)
                    carried, read_up_to = group[-1], group[-1].end
                    previous_end = kinds.figures[-1].end
                    continue
                gap = text[previous_end : figure.start]
                # A figure inside the words of the one before (``5个10亿元以上优质项目``) is
                # the size of what it counts, not the next item of a list.
                if group and figure.start >= read_up_to and LIST_GAP.fullmatch(gap):
                    group.append(continue_list(group[-1], figure))
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
                statement = read_figure(self.reading, window_start, figure, carried, changed_from)
                group = [] if statement is None else [statement]
                if statement is not None:
                    carried = statement
                    read_up_to = statement.end
                previous_end = figure.end
            self.emit(group, in_targets)

    def read_figureless_target(self, start: int, end: int) -> None:
        """A target without a figure: ``城镇居民可支配收入与经济增长基本同步``."""
        target = figureless_target(self.reading.scan.text, self.reading.table, start, end)
        if target is None:
            return
        statement = StatementDraft(
            target.indicator, target.subject, target.measure, None, target.qualifier, start, end
        )
        self.emit([statement], in_targets=True)

    def emit(self, group: list[StatementDraft], in_targets: bool) -> None:
        self.out.extend(finished_statements(self.reading, group, in_targets))


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
    return _Extractor(ReportReading.of(text, outline, year, kind)).run()
