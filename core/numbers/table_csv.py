"""A region's scorecard and a report's numbers as CSV, for a spreadsheet.

The files start with a UTF-8 byte-order mark, so that Excel opens Chinese text correctly; a
text cell is never read as a formula (``core.notes.spreadsheet_cells``). Numbers a spreadsheet
can count with (a gap, a figure) have cells of their own beside the text as the report writes
it (``6%左右``). The headings and the table's own words are in the language asked for
(``core.numbers.table_words``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from core.model import Outline
from core.notes.export import BOM
from core.notes.spreadsheet_cells import cell_as_text
from core.numbers.indicators import indicator_table
from core.numbers.scorecard import POINTS, ReportNumbers, Scorecard, ScoreLine
from core.numbers.statements import NumericStatement
from core.numbers.table_words import TableWords, table_words
from core.numbers.target_compare import target_value_text
from core.plain_passage import passage_on_one_line, plain_phrase

SECTION_SEPARATOR = " › "
"""Between the titles of a section path, as the window and the Markdown export write it."""


def _number(value: float | None) -> str:
    """A number as a spreadsheet reads it (``6``, ``-3.4``); empty for none."""
    return "" if value is None else f"{value:g}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return BOM + buffer.getvalue()


def _source(statement: NumericStatement | None, reports: Sequence[ReportNumbers]) -> str:
    """The title of the report ``statement`` stands in (empty when none of ``reports``)."""
    if statement is None:
        return ""
    return next((r.meta.title for r in reports if statement in r.statements), "")


def scorecard_line_cells(line: ScoreLine, words: TableWords) -> tuple[str, str, str, str]:
    """A score line's target, result, verdict and gap as the table writes them: ``6%左右``,
    ``2.6%``, ``未完成``, ``-3.4``; a result judged against GDP growth with it in brackets
    (``3.7%（GDP 2.6%）``), a result not reported ``—``.

    Args:
        line: the score line.
        words: the table's words in the language wanted.
    """
    verdict = words.near_miss if line.near else words.verdicts[str(line.verdict)]
    result = target_value_text(line.result) if line.result is not None else "—"
    if line.reference is not None and line.result is not None:
        result += words.reference.format(value=target_value_text(line.reference))
    return target_value_text(line.target), result, verdict, _number(line.gap)


SCORECARD_NUMBER_COLUMNS = frozenset({0, 5})
"""The scorecard's columns of numbers (year, gap): a spreadsheet counts with them as they are."""


def scorecard_rows(
    card: Scorecard, reports: Sequence[ReportNumbers], *, chinese: bool
) -> list[list[str]]:
    """The scorecard as a table: its headings, then one row per target of each year, oldest
    year first, in the order the report names its targets.

    Args:
        card: the scorecard (``build_scorecard``).
        reports: the reports it was built from, to name where each target and result stands.
        chinese: headings and verdicts in Chinese (else in English).
    """
    words = table_words(chinese)
    rows = [list(words.scorecard_columns)]
    for year in card.years:
        for line in year.lines:
            target, result, verdict, gap = scorecard_line_cells(line, words)
            rows.append(
                [
                    str(year.year),
                    line.label,
                    target,
                    result,
                    verdict,
                    gap,
                    _gap_unit(line, words),
                    plain_phrase(line.target.text),
                    plain_phrase(line.result.text) if line.result is not None else "",
                    _source(line.target, reports) or year.target_report,
                    _source(line.result, reports),
                ]
            )
    return rows


def _gap_unit(line: ScoreLine, words: TableWords) -> str:
    """The unit of ``line``'s gap: percentage points in the table's words, else the report's."""
    if line.gap is None:
        return ""
    return words.points if line.gap_unit == POINTS else line.gap_unit


def scorecard_csv(card: Scorecard, reports: Sequence[ReportNumbers], *, chinese: bool) -> str:
    """The scorecard as CSV (``scorecard_rows``), its text cells never read as formulas.

    Args:
        card: the scorecard (``build_scorecard``).
        reports: the reports it was built from, to name where each target and result stands.
        chinese: headings and verdicts in Chinese (else in English).
    """
    header, *rows = scorecard_rows(card, reports, chinese=chinese)
    guarded = [
        [
            cell if i in SCORECARD_NUMBER_COLUMNS else cell_as_text(cell)
            for i, cell in enumerate(row)
        ]
        for row in rows
    ]
    return _table(header, guarded)


def tab_separated(rows: Sequence[Sequence[str]]) -> str:
    """Rows as tab-separated text, as a spreadsheet pastes it: one line a row, a tab or a line
    break inside a cell read as a space.

    Args:
        rows: the cells of each row.
    """
    return "".join("\t".join(re.sub(r"[\t\r\n]+", " ", c) for c in row) + "\n" for row in rows)


def numbers_csv(
    statements: Sequence[NumericStatement], text: str, outline: Outline, *, chinese: bool
) -> str:
    """A report's figures as CSV: one row per figure, in text order, each with its passage on
    one line as the reader shows it.

    Args:
        statements: the figures (a report's ``statements()``, or those of one kind).
        text: the report's text, to read each passage in.
        outline: the report's section tree, to name each figure's section.
        chinese: headings and kinds in Chinese (else in English).
    """
    words = table_words(chinese)
    labels = indicator_table()
    rows = []
    for statement in sorted(statements, key=lambda s: (s.start, s.end)):
        section = SECTION_SEPARATOR.join(s.title for s in outline.path_at(statement.start))
        kind = str(statement.kind)
        cells = [
            words.kinds.get(kind, kind),
            target_value_text(statement),
            statement.unit,
            plain_phrase(statement.indicator or ""),
            labels.label(statement.canonical) if statement.canonical else "",
        ]
        kind_word, value, unit, indicator, counted = map(cell_as_text, cells)
        passage = passage_on_one_line(text, statement.start, statement.end)
        rows.append(
            [
                kind_word,
                value,
                _number(statement.value),
                unit,
                indicator,
                counted,
                str(statement.year or ""),
                cell_as_text(section),
                cell_as_text(passage),
            ]
        )
    return _table(words.numbers_columns, rows)
