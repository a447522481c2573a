"""Removing a report from the library: one question, naming its annotations when it has any
and offering to export them first; the library is as it was when the user cancels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from core.model import ReportId
from gui.library_changes import change_library
from gui.messages import choose, confirm
from gui.placeholders import fill_placeholders

if TYPE_CHECKING:
    from gui.main_window import MainWindow

EXPORT, REMOVE = 0, 1  # the answers of a report with annotations, as ``choose`` returns them


def remove_report(window: MainWindow, report_id: ReportId) -> None:
    """Ask once, then remove the report (and its annotations, exported first if the user asks).

    A report without annotations: Remove or Cancel. One with annotations: Export
    annotations… (saved as File → Export annotations… saves them, then the report removed;
    nothing removed if the export is cancelled or fails), Remove, or Cancel.
    """
    from core.store.annotations import annotations_of

    summary = window.library_panel.model.summary(report_id)
    if summary is None:  # removed meanwhile
        return
    title = summary.meta.title
    notes = annotations_of(window.store)
    count = notes.count_annotations(report_id)
    if not count:
        if confirm(
            window,
            QCoreApplication.translate("ReportRemoval", "Remove report"),
            QCoreApplication.translate(
                "ReportRemoval", "Remove “%1” from the library? The file on disk is not touched."
            ).replace("%1", title),
            action=QCoreApplication.translate("ReportRemoval", "Remove"),
            default_no=True,
        ):
            window.writer.remove_report(report_id)
        return
    if count == 1:
        question = fill_placeholders(
            QCoreApplication.translate(
                "ReportRemoval",
                "“%1” has 1 annotation. Removing the report from the library removes its "
                "annotation too; export it first to keep it. The file on disk is not touched.",
            ),
            title,
        )
    else:
        question = fill_placeholders(
            QCoreApplication.translate(
                "ReportRemoval",
                "“%1” has %2 annotations. Removing the report from the library removes its "
                "annotations too; export them first to keep them. The file on disk is not "
                "touched.",
            ),
            title,
            count,
        )
    answer = choose(
        window,
        QCoreApplication.translate("ReportRemoval", "Remove report"),
        question,
        [
            QCoreApplication.translate("ReportRemoval", "Export annotations…"),
            QCoreApplication.translate("ReportRemoval", "Remove"),
        ],
    )
    if answer is None:
        return
    exported = ""
    if answer == EXPORT:
        from gui.notes.annotations_export import export_annotations

        if export_annotations(window, report_id=report_id) is None:
            return  # the export was cancelled or failed: the report and its notes stay
        exported = window.statusBar().currentMessage()  # where they went
    removed = change_library(window, lambda: notes.remove_report_with_annotations(report_id))
    if removed is None:
        return
    window.undo_stack.clear()  # its commands name the annotations removed
    window.refresh_library()
    window.annotations_panel.refresh()
    if exported:  # said again over the library's count
        window.statusBar().showMessage(exported, 8000)
