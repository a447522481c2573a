"""Correcting a report's details (title, region, year, kind, edition), and taking it back.

A title the import made from the details (``晋城市2000年政府工作报告``) follows their correction:
corrected to 2023, the report is titled ``晋城市2023年政府工作报告``. A title the user typed, or
the document's own, stays as it is.

A correction is recorded as what the details were and what they became, so that the user can
undo it: the old details are written back only while the report still holds the new ones (a
later edit, in another window or from the command line, is never overwritten unseen). Writing
back details the report holds already changes nothing and stands as done, so that an undo
asked twice, or a redo of an undo the library refused, leaves history and library agreeing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.metadata import generated_title
from core.model import ReportId, ReportMeta
from core.store.report_store import ReportStore

# What an import adds to a title another report holds (core.shared_title): （file name）, （2）.
_TOLD_APART = re.compile(r"(?:（[^（）]+）)?")


@dataclass(frozen=True)
class DetailsChange:
    """One correction of a report's details.

    Attributes:
        report_id: the report corrected.
        before: its details before the correction.
        after: its details after it.
    """

    report_id: ReportId
    before: ReportMeta
    after: ReportMeta

    def reversed(self) -> DetailsChange:
        """The correction that takes this one back."""
        return DetailsChange(self.report_id, self.after, self.before)

    @property
    def changed_anything(self) -> bool:
        """False when the report held these details already."""
        return self.before != self.after


def title_following(title: str, before: ReportMeta, after: ReportMeta) -> str:
    """``title`` as it reads with ``after``'s details, when it was made from ``before``'s.

    A title an import generated from the region, year and kind (``core.metadata``), with what
    told it apart from another report's (``（x）``), is generated again from ``after``'s;
    any other title is returned as it is.

    Args:
        title: the title, as the report holds it or as the user left it.
        before: the details the title was given with.
        after: the corrected details.
    """
    old = generated_title(before.region, before.year, before.kind)
    new = generated_title(after.region, after.year, after.kind)
    if old is None or new is None or not title.startswith(old):
        return title
    told_apart = title[len(old) :]
    return new + told_apart if _TOLD_APART.fullmatch(told_apart) else title


def change_details(store: ReportStore, report_id: ReportId, meta: ReportMeta) -> DetailsChange:
    """Give a report new details (one transaction); the change returned can be undone.

    When ``meta`` keeps the report's title and that title is the one the import made from its
    details, the title follows the corrected details (``title_following``).

    Args:
        store: the library.
        report_id: the report to correct.
        meta: its details as they are to be.

    Returns:
        The change, ``after`` the details as written (with the title that followed them).

    Raises:
        InvalidMetaError: the details cannot stand (a blank title, a year out of range).
        ReportNotFoundError: there is no such report.
        DetailsChangedError: the report's details were changed meanwhile; they stay.
        StoreError: the library could not be written; nothing changed.
    """
    held = store.report(report_id).meta
    if meta.title == held.title:
        meta = meta._replace(title=title_following(held.title, held, meta))
    before = store.update_meta(report_id, meta, expected=held)
    return DetailsChange(report_id, before, meta)


def undo_details_change(store: ReportStore, change: DetailsChange) -> DetailsChange:
    """Write back the details ``change`` replaced (one transaction); ``undo_details_change(
    store, change.reversed())`` makes the change again.

    Args:
        store: the library.
        change: a change ``change_details`` made (or its reverse, to redo it).

    Returns:
        The change made now: from ``change.after`` back to ``change.before`` (nothing changed
        when the report held ``change.before`` already).

    Raises:
        DetailsChangedError: the report's details were changed since ``change``; they stay.
        ReportNotFoundError: the report is no longer in the library.
        StoreError: the library could not be written; nothing changed.
    """
    before = store.update_meta(change.report_id, change.before, expected=change.after)
    return DetailsChange(change.report_id, before, change.before)
