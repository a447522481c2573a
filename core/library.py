"""The user's library as commands and views meet it: open it, name a report, fill it first."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import NoLibraryError, ReportNotFoundError, StoreError
from core.library_location import library_named, library_path, make_library_folder
from core.model import Outline, Paragraph, ReportId, ReportKind, ReportMeta
from core.numbers.statements import NumericStatement
from core.resources import resource_path
from core.store import ReportStore

if TYPE_CHECKING:
    from core.importer import ImportOutcome

# The file readers, the parser and jieba are imported where they are used, not here: the app
# imports this module before its first paint, and start-up must not pay for them.


@dataclass(frozen=True)
class LoadedReport:
    """A report ready for any view or command: from the library, or parsed from a file.

    ``paragraph_tokens`` is None when the tokens were not loaded; ``tokens()`` gives them,
    running jieba only for a file that is not in the library.
    """

    report_id: ReportId | None
    meta: ReportMeta
    text: str
    outline: Outline
    paragraphs: tuple[Paragraph, ...]
    source_name: str = ""
    paragraph_tokens: tuple[tuple[str, ...], ...] | None = field(default=None, compare=False)
    numbers: tuple[NumericStatement, ...] | None = field(default=None, compare=False)

    def statements(self) -> tuple[NumericStatement, ...]:
        """The numeric statements in text order: as stored at import, else extracted now."""
        if self.numbers is not None:
            return self.numbers
        from core.numbers import extract_numbers

        found = extract_numbers(self.text, self.outline, self.meta.year, kind=self.meta.kind)
        return tuple(sorted(found, key=lambda s: (s.start, s.end)))

    def tokens(self) -> tuple[tuple[str, ...], ...]:
        """jieba tokens of each paragraph ("".join of a paragraph's tokens is its text)."""
        if self.paragraph_tokens is not None:
            return self.paragraph_tokens
        from core.tokens import tokenize

        return tuple(tuple(tokenize(self.text[p.start : p.end])) for p in self.paragraphs)


def open_library(
    db: str | None = None, *, read_only: bool = False, reread: bool = True, create: bool = True
) -> ReportStore:
    """Open (creating if needed) the library at ``db``, ``$REPORTLENS_DB`` or the data folder.

    With ``create`` False (a command that reads the library or changes what is in it, but
    adds nothing), a library missing at a path the user named (``db`` or ``$REPORTLENS_DB``)
    is refused, not made: a mistyped path must not leave an empty library behind. The
    default library, in the data folder, is made on first use whatever ``create`` says, as
    the app makes it. Opened ``read_only``, a missing library is always refused.

    Opened for writing, a library that changed since its last backup gets the day's backup
    (``core.store.backup``); a backup that fails does not stop the library from opening.
    Then the reports an earlier reading made are read again from their stored text
    (``core.reading_upgrade``), unless ``reread`` is False (the window does it in its writer
    thread, where it can be stopped).

    Opened for writing, a library whose file or folder cannot be written (a read-only share)
    is opened read-only: it reads, and every change is refused as read-only.

    Opened read-only (a command that only reads), a library an earlier version made (an older
    schema, or reports of an earlier reading) is first brought up to date as a writing
    opening would, so every command reads it alike whichever runs first; when it cannot be
    written (locked, or on a medium that cannot be), it is read as it is stored.

    Raises:
        NoLibraryError: no library is there to read (``read_only``), or none at the path the
            user named (``create`` False).
    """
    path = library_path(db)
    if not create and library_named(db) and not path.exists():
        raise NoLibraryError(path)
    if not read_only:
        make_library_folder(path)
    elif reread:
        _bring_up_to_date(path)
    store = ReportStore.open(path, read_only=read_only)
    if not store.read_only and store.report_count() > 0:  # read-only too when it cannot be written
        from core.errors import StoreError
        from core.store.backup import ensure_daily_backup

        # At most daily, only if the library changed. A failed backup leaves the library as
        # it is; the next opening tries again.
        with contextlib.suppress(StoreError):
            ensure_daily_backup(path)
        if reread:
            from core.reading_upgrade import reread_stale_reports

            # A library that cannot be written to keeps the old readings, which still read.
            try:
                reread_stale_reports(store)
            except StoreError:
                pass
            except BaseException:
                store.close()
                raise
    return store


_TRIED_TO_BRING_UP: set[Path] = set()
"""The libraries this process has tried to bring up to date for a command that only reads:
once is enough (a command such as ``compare`` opens the library several times, and a
library that cannot be written would make each opening wait for it)."""


def _bring_up_to_date(path: Path) -> None:
    """Migrate and read again the library at ``path`` if an earlier version made it (see
    ``open_library``), once per process; nothing when there is no library there or it is up
    to date. A library that cannot be written (on read-only media, or locked) is read as it
    is stored."""
    from core.store.migrations import LATEST_VERSION
    from core.store.stored_reading import reports_read_before

    if not path.exists() or path.resolve() in _TRIED_TO_BRING_UP:
        return  # the read-only opening names the missing file
    with ReportStore.open(path, read_only=True) as store:
        if store.schema_version >= LATEST_VERSION and not reports_read_before(store):
            return
    _TRIED_TO_BRING_UP.add(path.resolve())
    with contextlib.suppress(StoreError):
        open_library(str(path)).close()


def load_report(
    store: ReportStore, report_id: ReportId, *, with_tokens: bool = True
) -> LoadedReport:
    """A library report with its tree, paragraphs and (unless told not to) stored tokens."""
    stored = store.report(report_id)
    tokens = None
    if with_tokens:
        tokens = tuple(tuple(t) for t in store.paragraph_tokens(report_id))
    stored_numbers = store.numbers(report_id)
    numbers = None
    if stored_numbers is not None:
        numbers = tuple(sorted(stored_numbers, key=lambda s: (s.start, s.end)))
    report = LoadedReport(
        report_id=report_id,
        meta=stored.meta,
        text=stored.text,
        outline=store.outline(report_id),
        paragraphs=tuple(store.paragraphs(report_id)),
        source_name=stored.source_name,
        paragraph_tokens=tokens,
        numbers=numbers,
    )
    if numbers is None and not store.read_only:
        # None stored (the year or kind was corrected) or found by an earlier extractor:
        # extract once now and keep them, so that the next opening reads them. A library
        # that cannot be written to (disk full, locked) still opens the report.
        fresh = report.statements()
        with contextlib.suppress(StoreError):
            store.save_numbers(report_id, fresh)
        report = replace(report, numbers=fresh)
    return report


def load_file(path: Path, *, require_report: bool = True) -> LoadedReport:
    """Parse a file without adding it to the library.

    Args:
        path: the file.
        require_report: refuse a text that does not read as a report (NotAReportError).
    """
    from core.analysis import analyse_document, analyse_text
    from core.ingest import read_document

    document = read_document(path)
    if require_report:
        analysed = analyse_document(document)
    else:
        analysed = analyse_text(document.text, path.name)
    return LoadedReport(
        None, analysed.meta, analysed.text, analysed.outline, analysed.paragraphs, path.name
    )


def find_report(store: ReportStore, spec: str) -> ReportId:
    """The report a user named: by id, exact title, source file name, or unique part of a title.

    A number is an id and nothing else: ``remove 3`` run twice must not remove, the second
    time, a report whose file name holds a 3.

    Raises:
        ReportNotFoundError: nothing matches, or the name (a title, a file name, or a part of
            a title) is that of several reports.
    """
    summaries = store.list_reports()
    if spec.isascii() and spec.isdigit():
        for summary in summaries:
            if summary.id == int(spec):
                return summary.id
        raise ReportNotFoundError(
            f"no library report has the id {spec} (see `reportlens list` for what is there)"
        )
    exact = [s for s in summaries if spec in (s.meta.title, s.source_name)]
    partial = exact or [s for s in summaries if spec in s.meta.title or spec in s.source_name]
    if len(partial) == 1:
        return partial[0].id
    if partial:
        names = "; ".join(f"{s.id}: {s.meta.title}, from {s.source_name}" for s in partial[:8])
        raise ReportNotFoundError(f"'{spec}' matches several reports ({names}); name one by its id")
    raise ReportNotFoundError(
        f"no file or library report called '{spec}' (see `reportlens list` for what is there)"
    )


def load_input(spec: str, db: str | None = None, *, with_tokens: bool = True) -> LoadedReport:
    """A file (parsed, not stored) or a library report, as named on the command line."""
    path = Path(spec).expanduser()
    if path.exists():
        return load_file(path)
    with open_library(db, read_only=True) as store:
        return load_report(store, find_report(store, spec), with_tokens=with_tokens)


def reports_of_region(store: ReportStore, region: str) -> list[LoadedReport]:
    """Every report of a region (``长治`` matches ``长治市``), oldest first, without tokens."""
    wanted = region.removesuffix("市").removesuffix("省")
    ids = [
        s.id
        for s in sorted(store.list_reports(), key=lambda s: (s.meta.year or 0, s.id))
        if s.meta.region and s.meta.region.removesuffix("市").removesuffix("省") == wanted
    ]
    return [load_report(store, report_id, with_tokens=False) for report_id in ids]


def sample_catalog() -> list[tuple[Path, ReportMeta]]:
    """The bundled sample reports with the metadata a user would give them."""
    catalog = json.loads(resource_path("samples", "catalog.json").read_text(encoding="utf-8"))
    return [
        (
            resource_path("samples", entry["file"]),
            ReportMeta(
                title=entry["title"],
                region=entry["region"],
                year=entry["year"],
                kind=ReportKind(entry["kind"]),
                edition=entry.get("edition", ""),
            ),
        )
        for entry in catalog["samples"]
    ]


def import_samples(
    store: ReportStore, progress: Callable[[int, int, Path], None] | None = None
) -> list[ImportOutcome]:
    """Import the bundled samples; those already in the library are reported as duplicates."""
    from core.importer import import_file

    catalog = sample_catalog()
    outcomes = []
    for done, (path, meta) in enumerate(catalog, start=1):
        outcomes.append(import_file(store, path, meta))
        if progress is not None:
            progress(done, len(catalog), path)
    return outcomes


def import_samples_if_new(
    store: ReportStore, progress: Callable[[int, int, Path], None] | None = None
) -> list[ImportOutcome]:
    """Fill a new library with the bundled samples, so a new user sees a real library at once.

    A library that ever held a report is left as it is, also when the user has removed every
    report: the samples do not come back uninvited (``import_samples`` adds them on request).
    """
    if store.ever_held_reports():
        return []
    return import_samples(store, progress)
