"""Reports as an earlier reading could have read them, added to a library to be read again."""

from __future__ import annotations

from pathlib import Path

from core.analysis import analyse_document
from core.import_pool import build_new_report
from core.ingest.dispatch import read_document
from core.model import Paragraph, ReportId
from core.store import ReportStore
from core.store.records import NewReport
from core.store.report_rows import prepare_report
from core.tokens import tokenize


def parsed(path: Path) -> NewReport:
    """The report at ``path`` as this version reads it."""
    document = read_document(path)
    return build_new_report(document, analyse_document(document))


def as_one_paragraph(new: NewReport) -> NewReport:
    """``new`` read as one paragraph: its whole text."""
    text = new.text.strip()
    whole = Paragraph(0, 0, len(text), False)
    return new._replace(paragraphs=[whole], paragraph_tokens=[tokenize(text)])


def with_pairs_joined(new: NewReport, pairs: int) -> NewReport:
    """``new`` with its first ``pairs`` pairs of neighbouring paragraphs read as one each:
    ``pairs`` paragraphs fewer."""
    paragraphs = list(new.paragraphs)
    firsts, seconds = paragraphs[0 : 2 * pairs : 2], paragraphs[1 : 2 * pairs : 2]
    joined = [
        (first.start, second.end, first.is_noise and second.is_noise)
        for first, second in zip(firsts, seconds, strict=True)
    ]
    joined += [(p.start, p.end, p.is_noise) for p in paragraphs[2 * pairs :]]
    read = [Paragraph(index, start, end, noise) for index, (start, end, noise) in enumerate(joined)]
    tokens = [tokenize(new.text[p.start : p.end]) for p in read]
    return new._replace(paragraphs=read, paragraph_tokens=tokens)


def add_as_read_before(store: ReportStore, new: NewReport) -> ReportId:
    """Add ``new`` (an earlier reading of its text) as reader version 0 left it."""
    report_id, created = store.add_report(new, prepare_report(new))
    assert created
    store._conn.execute("UPDATE reports SET reader = 0 WHERE id = ?", (report_id,))
    return report_id


def add_copies(
    store: ReportStore, reports: list[NewReport], count: int, first: int = 0
) -> list[ReportId]:
    """Add ``count`` reports, copies of ``reports`` in turn under other titles (each added as
    an import adds a report, without reading it again), numbered from ``first``."""
    prepared = [prepare_report(new) for new in reports]
    added = []
    for number in range(first, first + count):
        new = reports[number % len(reports)]
        copy = new._replace(
            content_hash=f"{new.content_hash}-{number}",
            meta=new.meta._replace(title=f"{new.meta.title}（{number}）"),
        )
        report_id, created = store.add_report(copy, prepared[number % len(reports)])
        assert created
        added.append(report_id)
    return added
