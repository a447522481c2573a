"""From drafts to the statements extraction returns: indicator parts, kind, year, section, text.

A group of drafts is one verb's list of figures. A joint indicator (``城乡居民收入``) files a
single figure under each of its parts, and a list after ``分别`` under its parts in order; a
qualifier after the last figure (``分别增长7%和8%左右``) holds for them all. Offsets go back from
the scanning copy to the text as read.
"""

from __future__ import annotations

from core.numbers.kind_and_year import kind_and_year
from core.numbers.report_parts import part_at
from core.numbers.report_reading import ReportReading
from core.numbers.statement_draft import StatementDraft
from core.numbers.statements import NumericStatement


def finished_statements(
    reading: ReportReading, group: list[StatementDraft], in_targets: bool
) -> list[NumericStatement]:
    """The statements of one group of drafts, in order (none for an empty group).

    Args:
        reading: the report.
        group: the drafts of one verb's figures.
        in_targets: whether they stand in the main-targets passage.
    """
    if not group:
        return []
    out = []
    last_qualifier = group[-1].qualifier
    group_end = max(s.end for s in group)
    group_start = min(s.start for s in group)
    subject = group[0].subject
    parts = subject.parts if subject is not None else ()
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
            out.append(_finish(reading, statement, canonical, qualifier, start, end, in_targets))
    return out


def _finish(
    reading: ReportReading,
    statement: StatementDraft,
    canonical: str | None,
    qualifier: str | None,
    start: int,
    end: int,
    in_targets: bool,
) -> NumericStatement:
    original_start, original_end = reading.scan.span_to_original(start, end)
    part = part_at(reading.parts, original_start)
    kind, year = kind_and_year(reading.scan.text, reading.year, part, start, end, in_targets)
    figure = statement.figure
    section = tuple(s.title for s in reading.outline.path_at(original_start))
    return NumericStatement(
        kind=kind,
        indicator=statement.indicator,
        canonical=canonical,
        measure=statement.measure,
        text=reading.as_read(start, end),
        value=figure.value if figure else None,
        value_max=figure.value_max if figure else None,
        unit=figure.unit if figure else "",
        qualifier=qualifier,
        year=year,
        section=section,
        start=original_start,
        end=original_end,
    )
