"""Correcting a report's details (title, region, year, kind, edition), and taking it back.

A correction is recorded as what the details were and what they became, so that the user can
undo it: the old details are written back only while the report still holds the new ones (a
later edit, in another window or from the command line, is never overwritten unseen). Writing
back details the report holds already changes nothing and stands as done, so that an undo
asked twice, or a redo of an undo the library refused, leaves history and library agreeing.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import ReportId, ReportMeta
from core.store.report_store import ReportStore


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


def change_details(store: ReportStore, report_id: ReportId, meta: ReportMeta) -> DetailsChange:
    """Give a report new details (one transaction); the change returned can be undone.

    Args:
        store: the library.
        report_id: the report to correct.
        meta: its details as they are to be.

    Raises:
        InvalidMetaError: the details cannot stand (a blank title, a year out of range).
        ReportNotFoundError: there is no such report.
        StoreError: the library could not be written; nothing changed.
    """
    before = store.update_meta(report_id, meta)
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
