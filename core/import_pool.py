"""The parallel stage of an import: files read, parsed and tokenised in worker processes.

jieba and the parser are pure Python, so threads would share one core; worker processes use
them all. Workers are started with "spawn" (never fork: the app has threads) and only read
files: every database write stays in the calling process, in file order, so each file still
lands whole or not at all. Results come back in the order given, at most a few files ahead
of the writer, so memory stays flat however many files there are.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from core.analysis import AnalysedText, analyse_document, content_hash, paragraph_tokens
from core.errors import ReportLensError, UnreadableFileError
from core.ingest import read_document
from core.model import Document, ReportMeta
from core.store import NewReport
from core.store.report_rows import PreparedReport, prepare_report

# Files parsed ahead of the writer, per worker: enough that no worker waits on a slow write.
AHEAD_PER_WORKER = 3
# How much lower than the app a worker runs (POSIX nice; "below normal" on Windows).
WORKER_NICENESS = 10
_BELOW_NORMAL_PRIORITY_CLASS = 0x00004000


@dataclass(frozen=True)
class ParsedFile:
    """One file after the parallel stage: ready to write, or the reason it cannot be.

    Attributes:
        path: the file.
        content_hash: the hash of its text, when it could be read (a duplicate is recognised
            by it even when the text would not parse).
        report: what the library keeps of it, when it parsed, without its tokens and numbers:
            ``prepared`` holds them encoded as stored (see ``parse_file``).
        prepared: the report's rows, ready for ``ReportStore.add_report``.
        failure: one sentence naming the file and the problem, when it cannot be imported.
        breaks_restored: the file had almost no line breaks; they were restored.
    """

    path: Path
    content_hash: str | None = None
    report: NewReport | None = None
    prepared: PreparedReport | None = None
    failure: str = ""
    breaks_restored: bool = False


def failure_message(path: Path, error: Exception) -> str:
    """The sentence an import shows for a file refused with ``error``.

    Args:
        path: the file.
        error: a ReportLensError (the file's problem) or an OSError (the system's).
    """
    if isinstance(error, UnreadableFileError):
        return str(error)
    if isinstance(error, OSError):
        reason = os.strerror(error.errno) if error.errno else str(error)
        return f"{path.name}: {reason}"
    return f"{path.name}: {error}"


def build_new_report(
    document: Document, analysed: AnalysedText, meta: ReportMeta | None = None
) -> NewReport:
    """What the store keeps of a parsed document: tokens (slow: runs jieba) and numbers.

    Args:
        document: the file as read.
        analysed: its parse.
        meta: metadata to keep instead of the detected one (e.g. the samples' catalogue).
    """
    return new_report(
        analysed,
        meta or analysed.meta,
        source_name=document.source.name,
        encoding=document.encoding,
        format=document.format,
    )


def new_report(
    analysed: AnalysedText, meta: ReportMeta, *, source_name: str, encoding: str, format: str
) -> NewReport:
    """What the store keeps of a parsed text under ``meta``: its tree and paragraphs, their
    tokens (slow: runs jieba) and its numbers; the file's name, encoding and format as given
    (a report read again from the library keeps those it was imported with)."""
    from core.numbers import extract_numbers

    return NewReport(
        meta=meta,
        text=analysed.text,
        source_name=source_name,
        encoding=encoding,
        format=format,
        content_hash=analysed.content_hash,
        outline=analysed.outline,
        paragraphs=analysed.paragraphs,
        paragraph_tokens=paragraph_tokens(analysed),
        numbers=extract_numbers(analysed.text, analysed.outline, meta.year, kind=meta.kind),
    )


def parse_file(path: Path, meta: ReportMeta | None = None) -> ParsedFile:
    """Read, parse, find the numbers of and tokenise one file (slow: runs jieba).

    Args:
        path: the file.
        meta: metadata to keep instead of the detected one.
    """
    try:
        document = read_document(path)
    except (ReportLensError, OSError) as error:
        return ParsedFile(path, failure=failure_message(path, error))
    digest = content_hash(document.text)
    try:
        new = build_new_report(document, analyse_document(document), meta)
    except (ReportLensError, OSError) as error:
        return ParsedFile(path, digest, failure=failure_message(path, error))
    prepared = prepare_report(new)
    # The writer stores the prepared rows only. Tokens as some 20,000 strings and numbers as
    # objects would cost a pickling here and an unpickling in the writer's process: about a
    # tenth of what the writer spends on a report.
    return ParsedFile(
        path,
        digest,
        new._replace(paragraph_tokens=(), numbers=None),
        prepared,
        breaks_restored=document.breaks_restored,
    )


def lower_priority() -> None:
    """Make this process yield the processor to the window and to the user's other programs.

    An import keeps every core busy for minutes. Parsing is never urgent, so workers run below
    normal priority: the window, and the writer that lands each report, take a core when they
    need one. A system that refuses the change leaves the priority as it was.
    """
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS)
        return
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)


def _start_worker() -> None:
    """Lower the worker's priority and load jieba once, before its first file."""
    from core.tokens import ensure_loaded

    lower_priority()
    ensure_loaded()


def worker_count(files: int) -> int:
    """How many worker processes an import of ``files`` files uses: one per core, at most."""
    return max(1, min(os.cpu_count() or 1, files))


class _Pool:
    """A process pool that can be replaced when one of its workers dies."""

    def __init__(self, workers: int) -> None:
        self._workers = workers
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
        )

    def renew(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def parse_in_workers(
    paths: Sequence[Path],
    *,
    workers: int,
    should_cancel: Callable[[], bool] | None = None,
    parse: Callable[[Path], ParsedFile] = parse_file,
) -> Generator[ParsedFile, None, None]:
    """Parse ``paths`` in worker processes; yields one ParsedFile per path, in order.

    A worker that dies (killed, out of memory) fails only the file it was reading: that file
    is tried once more alone, and if it kills that worker too it comes back with a failure;
    the files after it go on in a fresh pool.

    Args:
        paths: the files.
        workers: how many processes (see ``worker_count``).
        should_cancel: polled before each file is handed back; when it returns True no more
            files are yielded and the workers are stopped.
        parse: the function each worker runs on a path (module-level, so it pickles).
    """
    if not paths:
        return
    pool = _Pool(workers)
    ahead = workers * AHEAD_PER_WORKER
    pending: dict[int, Future[ParsedFile]] = {}
    submitted = 0
    try:
        for at, path in enumerate(paths):
            if should_cancel is not None and should_cancel():
                return
            while submitted < len(paths) and submitted < at + ahead:
                pending[submitted] = _submit(pool, parse, paths[submitted])
                submitted += 1
            try:
                parsed = pending.pop(at).result()
            except BrokenProcessPool:
                parsed = _parse_alone(pool, path, parse)
                for index, future in list(pending.items()):
                    if not _succeeded(future):  # lost with the old pool: hand it out again
                        pending[index] = _submit(pool, parse, paths[index])
            except Exception as error:  # a bug in the parser fails this file, not the import
                parsed = ParsedFile(
                    path,
                    failure=f"{path.name}: it could not be read ({type(error).__name__}: {error})",
                )
            yield parsed
    finally:
        pool.close()


def _submit(pool: _Pool, parse: Callable[[Path], ParsedFile], path: Path) -> Future[ParsedFile]:
    """``parse(path)`` handed to the pool's workers; if the pool is already broken (a file
    handed out just before killed its worker), a future failed so, and the file is tried
    alone at its turn."""
    try:
        return pool.executor.submit(parse, path)
    except BrokenProcessPool as error:
        failed: Future[ParsedFile] = Future()
        failed.set_exception(error)
        return failed


def _succeeded(future: Future[ParsedFile]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _parse_alone(pool: _Pool, path: Path, parse: Callable[[Path], ParsedFile]) -> ParsedFile:
    """Parse one file in a fresh pool; a failure naming it when its worker dies again."""
    pool.renew()
    try:
        return pool.executor.submit(parse, path).result()
    except BrokenProcessPool:
        pool.renew()
        return ParsedFile(
            path,
            failure=f"{path.name}: reading it stopped the import's worker process "
            "(the file may be too large or damaged); nothing of it was saved",
        )
