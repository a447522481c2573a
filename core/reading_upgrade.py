"""Reports read by an earlier reading, read again from their stored text.

When reading changes (``core.reader_version``), a library's reports keep the outline and
paragraphs their import found until they are read again here: from the text stored in the
library (the original file may be gone), with their details (title, region, year, kind) as
the user left them. Each report's reading is written in one transaction
(``core.store.stored_reading``), so a failure leaves its old reading and the others go on; a
reading longer than the report's paragraph ids leave room for first has the later reports'
paragraphs moved up, a slice per transaction (``core.store.paragraph_room``). It runs jieba:
slow, so the window runs it in its writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from core.errors import LibraryReadError, ReportNotFoundError, StoreError
from core.model import ReportId
from core.store import ReportStore
from core.store.paragraph_room import SLICE_PARAGRAPHS, make_rooms
from core.store.stored_reading import mark_read, replace_reading, reports_read_before

if TYPE_CHECKING:
    from core.analysis import AnalysedText
    from core.store.records import StoredReport

T = TypeVar("T")


def reread_report(
    store: ReportStore,
    report_id: ReportId,
    should_cancel: Callable[[], bool] | None = None,
    slice_paragraphs: int = SLICE_PARAGRAPHS,
) -> bool:
    """Read a report again from its stored text and store the new reading in its place.

    Args:
        store: the library, open for writing.
        report_id: the report.
        should_cancel: polled while later reports' paragraphs are moved up to make room for
            a longer reading; when it returns True the reading waits for the next opening.
        slice_paragraphs: how many paragraphs one of those moves' transactions takes
            (``core.store.paragraph_room``).

    Returns:
        Whether the stored reading changed: False when the new reading finds the same tree and
        paragraphs (the report is only marked read by this version: no words are tokenised
        again, which is most of the time a reading takes), when the report was removed or
        replaced meanwhile, or when ``should_cancel`` stopped it.

    Raises:
        ReportNotFoundError: no such report.
        StoreError: the library cannot be written; the old reading stays.
    """
    from core.import_pool import new_report
    from core.store.report_rows import prepare_report

    found = _read_anew(store, report_id)
    if found is None:
        return False
    stored, analysed = found
    new = new_report(
        analysed,
        stored.meta,
        source_name=stored.source_name,
        encoding=stored.encoding,
        format=stored.format,
    )
    return replace_reading(
        store,
        report_id,
        new,
        prepare_report(new),
        should_cancel=should_cancel,
        slice_paragraphs=slice_paragraphs,
    )


def reread_stale_reports(
    store: ReportStore,
    should_cancel: Callable[[], bool] | None = None,
    slice_paragraphs: int = SLICE_PARAGRAPHS,
) -> list[ReportId]:
    """Read again every report an earlier reading made, one transaction each.

    Each report is read first without its words: one that reads the same is only marked;
    the others are counted, and the later reports' paragraphs are moved up once to make room
    for every one read into more paragraphs than its ids leave room for
    (``core.store.paragraph_room.make_rooms``: one report at a time, that would move them
    once per report); then each is read again whole.

    Args:
        store: the library (nothing is done when it is open read-only).
        should_cancel: polled between reports and between those moves; when it returns True
            the rest wait for the next opening.
        slice_paragraphs: how many paragraphs one of those moves' transactions takes.

    Returns:
        The reports whose reading changed.

    Raises:
        StoreError: the library cannot be written; the reports not yet read again keep their
            old reading.

    A report that cannot be read again for any other reason (its stored text undecodable, a
    fault of the reading) keeps its old reading, which still reads, and is tried again at the
    next opening; the others go on, so one report never keeps a library from opening.
    """
    if store.read_only:
        return []
    changed: dict[ReportId, int] = {}  # a report that reads differently → its paragraphs
    for report_id in reports_read_before(store):
        if should_cancel is not None and should_cancel():
            return []
        found = _unless_it_fails(partial(_read_anew, store, report_id), None)
        if found is not None:
            changed[report_id] = len(found[1].paragraphs)
    # Should this fail, each report makes its own room as it is read again.
    rooms = partial(
        make_rooms, store, changed, slice_paragraphs=slice_paragraphs, should_stop=should_cancel
    )
    if changed and not _unless_it_fails(rooms, True):
        return []  # stopped
    done: list[ReportId] = []
    for report_id in changed:
        if should_cancel is not None and should_cancel():
            break
        reread = partial(reread_report, store, report_id, should_cancel, slice_paragraphs)
        if _unless_it_fails(reread, False):
            done.append(report_id)
    return done


def _read_anew(store: ReportStore, report_id: ReportId) -> tuple[StoredReport, AnalysedText] | None:
    """A report as stored and as this version reads its text, or None when it reads the same
    (then it is marked read by this version: no words are tokenised again).

    Raises:
        ReportNotFoundError: no such report.
    """
    from core.analysis import analyse_text

    stored = store.report(report_id)
    analysed = analyse_text(stored.text, stored.source_name)
    if analysed.outline == store.outline(report_id) and list(analysed.paragraphs) == list(
        store.paragraphs(report_id)
    ):
        mark_read(store, report_id)
        return None
    return stored, analysed


def _unless_it_fails(work: Callable[[], T], failed: T) -> T:
    """``work()``, or ``failed`` when a report it reads was removed meanwhile or cannot be
    read again, or another fault than the library's own stops it (a report that cannot be
    read again keeps its old reading, and is tried at the next opening).

    Raises:
        StoreError: the library cannot be written: no report can be.
    """
    try:
        return work()
    except (ReportNotFoundError, LibraryReadError):  # removed meanwhile, or its rows unreadable
        return failed
    except StoreError:
        raise
    except Exception:
        return failed
