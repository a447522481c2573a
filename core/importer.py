"""Importing files into the library: each file lands whole or not at all, others go on."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from core.analysis import AnalysedText, analyse_document, content_hash, paragraph_tokens
from core.errors import ReportLensError, UnreadableFileError
from core.ingest import SUPPORTED_SUFFIXES, read_document
from core.model import Document, ReportId, ReportMeta
from core.store import NewReport, ReportStore

ProgressCallback = Callable[[int, int, Path], None]


class ImportStatus(StrEnum):
    """How the import of one file ended."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file: imported, already there, or refused with a reason."""

    path: Path
    status: ImportStatus
    report_id: ReportId | None = None
    title: str = ""
    message: str = ""


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to import: each file as given, and the report files inside each folder (sorted)."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            if not found:
                yield path  # read_document names the problem: a folder with no reports
            yield from found
        else:
            yield path


def build_new_report(
    document: Document, analysed: AnalysedText, meta: ReportMeta | None = None
) -> NewReport:
    """What the store keeps of a parsed document: tokens (slow: runs jieba) and numbers.

    Args:
        document: the file as read.
        analysed: its parse.
        meta: metadata to keep instead of the detected one (e.g. the samples' catalogue).
    """
    from core.numbers import extract_numbers

    final_meta = meta or analysed.meta
    numbers = extract_numbers(
        analysed.text, analysed.outline, final_meta.year, kind=final_meta.kind
    )
    return NewReport(
        meta=final_meta,
        text=analysed.text,
        source_name=document.source.name,
        encoding=document.encoding,
        format=document.format,
        content_hash=analysed.content_hash,
        outline=analysed.outline,
        paragraphs=analysed.paragraphs,
        paragraph_tokens=paragraph_tokens(analysed),
        numbers=numbers,
    )


def import_file(store: ReportStore, path: Path, meta: ReportMeta | None = None) -> ImportOutcome:
    """Import one file in one transaction; a failure leaves the library as it was.

    Args:
        store: the library to add to.
        path: the file.
        meta: metadata to keep instead of the detected one.
    """
    try:
        document = read_document(path)
        existing = store.report_id_by_hash(content_hash(document.text))
        if existing is not None:
            return ImportOutcome(
                path,
                ImportStatus.DUPLICATE,
                existing,
                store.report(existing).meta.title,
                f"{path.name}: already in the library, nothing changed",
            )
        analysed = analyse_document(document)
        new = build_new_report(document, analysed, meta)
        report_id, _created = store.add_report(new)
    except UnreadableFileError as error:
        return ImportOutcome(path, ImportStatus.FAILED, message=str(error))
    except ReportLensError as error:
        return ImportOutcome(path, ImportStatus.FAILED, message=f"{path.name}: {error}")
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else str(error)
        return ImportOutcome(path, ImportStatus.FAILED, message=f"{path.name}: {reason}")
    return ImportOutcome(path, ImportStatus.IMPORTED, report_id, new.meta.title)


def import_paths(
    store: ReportStore,
    paths: Sequence[Path],
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    """Import files and folders; each file independently, in the order given.

    Args:
        store: the library to add to.
        paths: files, or folders whose report files are all imported.
        progress: called as ``progress(done, total, path)`` after each file.
        should_cancel: polled between files; when it returns True the import stops, keeping
            what was already imported.
    """
    files = list(expand_paths(paths))
    outcomes: list[ImportOutcome] = []
    for done, path in enumerate(files, start=1):
        if should_cancel is not None and should_cancel():
            break
        outcomes.append(import_file(store, path))
        if progress is not None:
            progress(done, len(files), path)
    return outcomes
