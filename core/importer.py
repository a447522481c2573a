"""Importing files into the library: each file lands whole or not at all, others go on."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from core.analysis import analyse_document, content_hash
from core.errors import ReportLensError
from core.import_pool import (
    ParsedFile,
    build_new_report,
    failure_message,
    parse_in_workers,
    worker_count,
)
from core.ingest import SUPPORTED_SUFFIXES, UNREAD_REPORT_SUFFIXES, read_document
from core.model import Document, ReportId, ReportMeta
from core.shared_title import told_apart
from core.store import ReportStore

ProgressCallback = Callable[[int, int, Path], None]
# What the command line says of a file whose line breaks were restored.
BREAKS_RESTORED_NOTE = (
    "the file has almost no line breaks: ReportLens restored them where it judged its "
    "headings and paragraphs to start"
)
# From this many files on, an import parses in worker processes: below it, starting them
# (about a second each, mostly loading jieba) costs more than it saves.
POOL_MIN_FILES = 8


class ImportStatus(StrEnum):
    """How the import of one file ended."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file: imported, already there, or refused with a reason.

    An imported file's ``message`` is empty, or says why it is listed under another title
    than the one detected (another report holds that one). ``breaks_restored`` says that the
    file had almost no line breaks, so its paragraphs and headings start where ReportLens
    judged they do (``core.run_on_text``).
    """

    path: Path
    status: ImportStatus
    report_id: ReportId | None = None
    title: str = ""
    message: str = ""
    breaks_restored: bool = False


# A folder's files of these formats are imported; .doc, .wps and .rtf files are not read, but
# listed so that the import names each with what to do (save it as .docx or .txt).
_FOLDER_SUFFIXES = SUPPORTED_SUFFIXES + UNREAD_REPORT_SUFFIXES


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to import: each file as given, and the report files inside each folder (sorted),
    with the folder's .doc, .wps and .rtf files, which the import refuses by name."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _FOLDER_SUFFIXES
            )
            if not found:
                yield path  # read_document names the problem: a folder with no reports
            yield from found
        else:
            yield path


def import_file(store: ReportStore, path: Path, meta: ReportMeta | None = None) -> ImportOutcome:
    """Import one file in one transaction; a failure leaves the library as it was.

    A detected title another report already holds is told apart by the file's name, and the
    outcome's message says so (``core.shared_title``); a title given in ``meta`` is kept.

    Args:
        store: the library to add to.
        path: the file.
        meta: metadata to keep instead of the detected one.
    """
    try:
        document = read_document(path)
    except (ReportLensError, OSError) as error:
        return ImportOutcome(path, ImportStatus.FAILED, message=failure_message(path, error))
    return import_document(store, path, document, meta)


def import_document(
    store: ReportStore, path: Path, document: Document, meta: ReportMeta | None = None
) -> ImportOutcome:
    """``import_file`` of a file already read (``document``, read from ``path``).

    Args:
        store: the library to add to.
        path: the file it was read from.
        document: the file as read.
        meta: metadata to keep instead of the detected one.
    """
    try:
        existing = store.report_id_by_hash(content_hash(document.text))
        if existing is not None:
            return _duplicate(store, path, existing)
        new = build_new_report(document, analyse_document(document), meta)
        note = ""
        if meta is None:
            new, note = told_apart(store, new)
        report_id, _created = store.add_report(new)
    except (ReportLensError, OSError) as error:
        return ImportOutcome(path, ImportStatus.FAILED, message=failure_message(path, error))
    return ImportOutcome(
        path, ImportStatus.IMPORTED, report_id, new.meta.title, note, document.breaks_restored
    )


def _duplicate(store: ReportStore, path: Path, existing: ReportId) -> ImportOutcome:
    """The file's text is a report's already: named, so the user knows which one it is."""
    title = store.report(existing).meta.title
    return ImportOutcome(
        path,
        ImportStatus.DUPLICATE,
        existing,
        title,
        f"{path.name}: already in the library as “{title}”, nothing changed",
    )


def write_parsed(store: ReportStore, parsed: ParsedFile) -> ImportOutcome:
    """Add a file parsed by the parallel stage, in one transaction, as ``import_file`` would.

    Args:
        store: the library to add to.
        parsed: the file's parse (or the reason it has none).
    """
    path = parsed.path
    try:
        if parsed.content_hash is not None:
            existing = store.report_id_by_hash(parsed.content_hash)
            if existing is not None:
                return _duplicate(store, path, existing)
        if parsed.report is None:
            return ImportOutcome(path, ImportStatus.FAILED, message=parsed.failure)
        new, note = told_apart(store, parsed.report)
        report_id, _created = store.add_report(new, parsed.prepared)
    except (ReportLensError, OSError) as error:
        return ImportOutcome(path, ImportStatus.FAILED, message=failure_message(path, error))
    return ImportOutcome(
        path, ImportStatus.IMPORTED, report_id, new.meta.title, note, parsed.breaks_restored
    )


def import_paths(
    store: ReportStore,
    paths: Sequence[Path],
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
    *,
    workers: int | None = None,
) -> list[ImportOutcome]:
    """Import files and folders; each file independently, written in the order given.

    From ``POOL_MIN_FILES`` files on, files are parsed in worker processes (one per core)
    while this process writes them; fewer are imported here, one by one. Either way each
    file lands whole or not at all, and the outcomes are the same.

    Args:
        store: the library to add to.
        paths: files, or folders whose report files are all imported.
        progress: called as ``progress(done, total, path)`` after each file.
        should_cancel: polled between files; when it returns True the import stops, keeping
            what was already imported.
        workers: how many worker processes to use (0: none, parse here; None: by the number
            of files and cores).
    """
    files = list(expand_paths(paths))
    if workers is None:
        workers = worker_count(len(files)) if len(files) >= POOL_MIN_FILES else 0
    outcomes: list[ImportOutcome] = []
    if workers > 0:
        parsed_files = parse_in_workers(files, workers=workers, should_cancel=should_cancel)
        try:
            for done, parsed in enumerate(parsed_files, start=1):
                outcomes.append(write_parsed(store, parsed))
                if progress is not None:
                    progress(done, len(files), parsed.path)
        finally:
            parsed_files.close()  # stops the workers at once when this loop is left early
        return outcomes
    for done, path in enumerate(files, start=1):
        if should_cancel is not None and should_cancel():
            break
        outcomes.append(import_file(store, path))
        if progress is not None:
            progress(done, len(files), path)
    return outcomes
