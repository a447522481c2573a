"""Exporting annotations: Markdown for reading, CSV for spreadsheets and QDA tools, tag counts.

An export speaks the user's language (``core.notes.export_words``): its title, column headings,
colour names and how sure a place is; its times are the user's local time.

CSV files start with a UTF-8 byte-order mark, so that Excel opens Chinese text correctly; their
cells are never read as formulas, and their tag lists split back exactly
(``core.notes.spreadsheet_cells``).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from core.local_time import local_time
from core.model import ReportId
from core.notes.export_words import (
    ENGLISH_EXPORT_WORDS,
    ExportWords,
    colour_called,
    colour_name,
    section_shown,
)
from core.notes.markdown_text import block_quote, markdown_literal
from core.notes.palette import colour_of
from core.notes.records import Annotation, PaletteColour
from core.notes.shown_quote import shown_quote, texts_of_reports
from core.notes.spreadsheet_cells import cell_as_text, tags_cell
from core.whole_file import write_whole

if TYPE_CHECKING:
    from core.store.report_store import ReportStore

BOM = "\ufeff"
# The English CSV's headings, in order (each names a field of ``CSV_FIELDS``, in its order).
CSV_COLUMNS = tuple(heading for _field, heading in ENGLISH_EXPORT_WORDS.columns)


def _ordered(annotations: Sequence[Annotation], titles: Mapping[ReportId, str]) -> list[Annotation]:
    return sorted(annotations, key=lambda a: (a.report_id, a.anchor.start, a.anchor.end))


def _one_line(text: str) -> str:
    """A title or a line of facts: shown as written, on one line."""
    return markdown_literal(" ".join(text.split()))


def annotations_markdown(
    annotations: Sequence[Annotation],
    titles: Mapping[ReportId, str],
    palette: Sequence[PaletteColour],
    texts: Mapping[ReportId, str] | None = None,
    words: ExportWords = ENGLISH_EXPORT_WORDS,
) -> str:
    """The annotations as Markdown: a heading per report, then per section, each passage quoted
    as the reader shows it (``block_quote`` of ``shown_quote``), under it its colour as the
    user knows it and its tags; titles, tags and the rest are shown as written, the note as the
    Markdown it is.

    Args:
        annotations: the annotations to export (any order).
        titles: report id → report title.
        palette: the palette, for the colours' meanings.
        texts: report id → the report's text, to read each quote's marks on its whole line
            (a report not given: on the annotation's own context).
        words: the export's own words, in the user's language.
    """
    out = [f"# {words.title}", ""]
    ordered = _ordered(annotations, titles)
    for report_id, in_report in groupby(ordered, key=lambda a: a.report_id):
        title = titles.get(report_id) or words.untitled_report.format(id=report_id)
        out += [f"## {_one_line(title)}", ""]
        for path, in_section in groupby(in_report, key=lambda a: a.anchor.section_path):
            # The section heading says where each passage under it stands.
            out += [f"### {_one_line(section_shown(path, words))}", ""]
            for annotation in in_section:
                quote = shown_quote(annotation.anchor, (texts or {}).get(report_id))
                out.append(block_quote(quote))
                out.append("")
                facts = [colour_called(colour_of(palette, annotation.colour), words)]
                if annotation.is_orphaned:
                    facts.append(words.statuses[annotation.status])
                if annotation.tags:
                    facts.append(" ".join(f"#{tag}" for tag in annotation.tags))
                out.append(f"*{_one_line(' · '.join(facts))}*")
                if annotation.note.strip():
                    out += ["", annotation.note.strip()]
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def annotations_csv(
    annotations: Sequence[Annotation],
    titles: Mapping[ReportId, str],
    palette: Sequence[PaletteColour],
    texts: Mapping[ReportId, str] | None = None,
    words: ExportWords = ENGLISH_EXPORT_WORDS,
) -> str:
    """One row per annotation (the columns ``words.columns`` names), starting with a
    byte-order mark. A text cell a spreadsheet would run as a formula starts with an apostrophe
    (``cell_as_text``); the tags are one cell, joined with ``; `` (``tags_cell``); times are
    local, to the minute (``local_time``).

    Args:
        annotations: the annotations to export (any order).
        titles: report id → report title.
        palette: the palette, for the colours' meanings.
        texts: report id → the report's text, to read each quote as ``annotations_markdown``
            does.
        words: the export's own words, in the user's language.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([heading for _field, heading in words.columns])
    for a in _ordered(annotations, titles):
        text_cells = {
            "report": titles.get(a.report_id, ""),
            "section": section_shown(a.anchor.section_path, words),
            "quote": shown_quote(a.anchor, (texts or {}).get(a.report_id)),
            "colour": colour_name(a.colour, words),
            "meaning": colour_of(palette, a.colour).meaning,
            "note": a.note,
            "tags": tags_cell(a.tags),
            "status": words.statuses[a.status],
        }
        row: dict[str, str | int] = {name: cell_as_text(text) for name, text in text_cells.items()}
        row |= {
            "id": a.id,
            "report_id": a.report_id,
            "start": a.anchor.start,
            "end": a.anchor.end,
            "created_at": local_time(a.created_at),
            "updated_at": local_time(a.updated_at),
            "origin_id": "" if a.origin_id is None else a.origin_id,
        }
        writer.writerow([row[field] for field, _heading in words.columns])
    return BOM + buffer.getvalue()


def tag_table_csv(
    annotations: Sequence[Annotation],
    titles: Mapping[ReportId, str],
    words: ExportWords = ENGLISH_EXPORT_WORDS,
) -> str:
    """How many annotations of each report carry each tag: tags as rows, reports as columns.

    Args:
        annotations: the annotations to count.
        titles: report id → report title (column headings).
        words: the table's own words (its first and last headings), in the user's language.
    """
    counts: Counter[tuple[str, int]] = Counter()
    for annotation in annotations:
        for tag in annotation.tags:
            counts[(tag, annotation.report_id)] += 1
    reports = sorted({a.report_id for a in annotations})
    tags = sorted({tag for tag, _ in counts})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    headings = (cell_as_text(titles.get(r, str(r))) for r in reports)
    writer.writerow([words.tag, *headings, words.total])
    for tag in tags:
        row = [counts[(tag, r)] for r in reports]
        writer.writerow([cell_as_text(tag), *row, sum(row)])
    return BOM + buffer.getvalue()


def export_all(
    store: ReportStore,
    path: Path,
    annotations: Sequence[Annotation] | None = None,
    as_csv: bool | None = None,
    words: ExportWords = ENGLISH_EXPORT_WORDS,
) -> int:
    """Write annotations of the library to ``path`` as Markdown or CSV.

    The file is written whole or not at all (``core.whole_file``): an export that fails
    leaves any earlier file as it was.

    Args:
        store: the library.
        path: the file to write.
        annotations: which to write (None: every annotation of the library).
        as_csv: CSV or Markdown (None: CSV for a ``.csv`` name, else Markdown).
        words: the export's own words, in the user's language (``export_words``).

    Returns:
        How many annotations were written.

    Raises:
        OSError: the file cannot be written.
    """
    from core.store.annotations import annotations_of

    notes = annotations_of(store)
    found = notes.search() if annotations is None else annotations
    titles = store.titles()
    palette = notes.palette()
    if as_csv is None:
        as_csv = path.suffix.lower() == ".csv"
    texts = texts_of_reports(store, found)
    if as_csv:
        text = annotations_csv(found, titles, palette, texts, words)
    else:
        text = annotations_markdown(found, titles, palette, texts, words)
    write_whole(path, text)
    return len(found)
