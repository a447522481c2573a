"""What the annotations panel says of its list: how many annotations it lists (of how many,
when filtered), and, when it lists none, why: no report open, none made yet, or none matching.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class ListedSummary:
    """What the panel lists.

    Args:
        shown: how many annotations are listed (a report's not yet read counted too).
        reports: how many reports they belong to.
        total: how many annotations there are where the panel looks (the open report, or
            every report), whatever the filters.
        filtered: a search, a colour, a tag or "Needs placing" narrows the list.
        everywhere: every report's annotations are listed, not the open report's.
        report_open: a report is open (listing only its annotations has something to list).
    """

    shown: int = 0
    reports: int = 0
    total: int = 0
    filtered: bool = False
    everywhere: bool = False
    report_open: bool = False


def count_sentence(summary: ListedSummary) -> str:
    """``12 annotations in 3 reports``, ``4 annotations in this report``, ``Found 2 of 12
    annotations``; empty when the list says nothing (its hint does)."""
    if summary.total == 0 or not (summary.everywhere or summary.report_open):
        return ""
    if summary.filtered:
        return (
            QCoreApplication.translate("AnnotationsSummary", "Found %1 of %2 annotations")
            .replace("%1", str(summary.shown))
            .replace("%2", str(summary.total))
        )
    if not summary.everywhere:
        if summary.shown == 1:
            return QCoreApplication.translate("AnnotationsSummary", "1 annotation in this report")
        return QCoreApplication.translate(
            "AnnotationsSummary", "%1 annotations in this report"
        ).replace("%1", str(summary.shown))
    if summary.shown == 1:
        return QCoreApplication.translate("AnnotationsSummary", "1 annotation in 1 report")
    if summary.reports == 1:
        return QCoreApplication.translate(
            "AnnotationsSummary", "%1 annotations in 1 report"
        ).replace("%1", str(summary.shown))
    return (
        QCoreApplication.translate("AnnotationsSummary", "%1 annotations in %2 reports")
        .replace("%1", str(summary.shown))
        .replace("%2", str(summary.reports))
    )


def empty_hint(summary: ListedSummary) -> str:
    """Why the list is empty, and what to do."""
    if not (summary.everywhere or summary.report_open):
        return QCoreApplication.translate(
            "AnnotationsSummary", "Open a report to see its annotations here, or tick All reports."
        )
    if summary.total == 0:
        if summary.everywhere:
            return QCoreApplication.translate(
                "AnnotationsSummary",
                "No annotations yet. Select a passage in a report and press Ctrl+1 "
                "(or choose Highlight in its menu).",
            )
        return QCoreApplication.translate(
            "AnnotationsSummary",
            "No annotations in this report yet. Select a passage and press Ctrl+1 "
            "(or choose Highlight in its menu).",
        )
    return QCoreApplication.translate(
        "AnnotationsSummary", "No annotation matches the search and filters above."
    )
