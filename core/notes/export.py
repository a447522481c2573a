"""Exporting annotations: Markdown for reading, CSV for spreadsheets and QDA tools, tag counts.

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

from core.model import ReportId
from core.notes.markdown_text import block_quote, markdown_literal
from core.notes.palette import colour_of
from core.notes.records import Annotation, PaletteColour
from core.notes.shown_quote import shown_quote, texts_of_reports
from core.notes.spreadsheet_cells import cell_as_text, tags_cell
from core.whole_file import write_whole

if TYPE_CHECKING:
    from core.store.report_store import ReportStore

BOM = "\ufeff"
CSV_COLUMNS = (
    "id",
    "report_id",
    "report",
    "section",
    "start",
    "end",
    "quote",
    "colour",
    "meaning",
    "note",
    "tags",
    "status",
    "created_at",
    "updated_at",
    "origin_id",
)


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
) -> str:
    """The annotations as Markdown: a heading per report, then per section, each passage quoted
    as the reader shows it (``block_quote`` of ``shown_quote``); titles, tags and the rest are
    shown as written, the note as the Markdown it is.

    Args:
        annotations: the annotations to export (any order).
        titles: report id → report title.
        palette: the palette, for the colours' meanings.
        texts: report id → the report's text, to read each quote's marks on its whole line
            (a report not given: on the annotation's own context).
    """
    out = ["# 批注 Annotations", ""]
    ordered = _ordered(annotations, titles)
    for report_id, in_report in groupby(ordered, key=lambda a: a.report_id):
        out += [f"## {_one_line(titles.get(report_id, f'report {report_id}'))}", ""]
        for path, in_section in groupby(in_report, key=lambda a: a.anchor.section_path):
            out += [f"### {_one_line(' › '.join(path) if path else '（正文）')}", ""]
            for annotation in in_section:
                colour = colour_of(palette, annotation.colour)
                quote = shown_quote(annotation.anchor, (texts or {}).get(report_id))
                out.append(block_quote(quote))
                out.append("")
                where = f"{annotation.anchor.start}–{annotation.anchor.end}"
                facts = [f"{colour.meaning or colour.key}", f"位置 {where}"]
                if annotation.is_orphaned:
                    facts.append("未定位 orphaned")
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
) -> str:
    """One row per annotation (columns ``CSV_COLUMNS``), starting with a byte-order mark. A
    text cell a spreadsheet would run as a formula starts with an apostrophe (``cell_as_text``);
    the tags are one cell, joined with ``; `` (``tags_cell``).

    Args:
        annotations: the annotations to export (any order).
        titles: report id → report title.
        palette: the palette, for the colours' meanings.
        texts: report id → the report's text, to read each quote as ``annotations_markdown``
            does.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for a in _ordered(annotations, titles):
        cells = [
            titles.get(a.report_id, ""),
            " > ".join(a.anchor.section_path),
            shown_quote(a.anchor, (texts or {}).get(a.report_id)),
            a.colour,
            colour_of(palette, a.colour).meaning,
            a.note,
            tags_cell(a.tags),
        ]
        report, section, quote, colour, meaning, note, tags = map(cell_as_text, cells)
        writer.writerow(
            [
                a.id,
                a.report_id,
                report,
                section,
                a.anchor.start,
                a.anchor.end,
                quote,
                colour,
                meaning,
                note,
                tags,
                a.status.value,
                a.created_at,
                a.updated_at,
                "" if a.origin_id is None else a.origin_id,
            ]
        )
    return BOM + buffer.getvalue()


def tag_table_csv(annotations: Sequence[Annotation], titles: Mapping[ReportId, str]) -> str:
    """How many annotations of each report carry each tag: tags as rows, reports as columns.

    Args:
        annotations: the annotations to count.
        titles: report id → report title (column headings).
    """
    counts: Counter[tuple[str, int]] = Counter()
    for annotation in annotations:
        for tag in annotation.tags:
            counts[(tag, annotation.report_id)] += 1
    reports = sorted({a.report_id for a in annotations})
    tags = sorted({tag for tag, _ in counts})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["tag", *(cell_as_text(titles.get(r, str(r))) for r in reports), "total"])
    for tag in tags:
        row = [counts[(tag, r)] for r in reports]
        writer.writerow([cell_as_text(tag), *row, sum(row)])
    return BOM + buffer.getvalue()


def export_all(
    store: ReportStore,
    path: Path,
    annotations: Sequence[Annotation] | None = None,
    as_csv: bool | None = None,
) -> int:
    """Write annotations of the library to ``path`` as Markdown or CSV.

    The file is written whole or not at all (``core.whole_file``): an export that fails
    leaves any earlier file as it was.

    Args:
        store: the library.
        path: the file to write.
        annotations: which to write (None: every annotation of the library).
        as_csv: CSV or Markdown (None: CSV for a ``.csv`` name, else Markdown).

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
        text = annotations_csv(found, titles, palette, texts)
    else:
        text = annotations_markdown(found, titles, palette, texts)
    write_whole(path, text)
    return len(found)
