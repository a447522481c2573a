"""What the main window does when the library changes under it: the samples of a first start
arrive, an import finishes, a report is removed, a corrected edition replaces a report, reports
an earlier version read are read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from core.model import ReportId
from gui.core_messages import translated_message
from gui.messages import confirm, inform, warn
from gui.placeholders import fill_placeholders

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class LibraryEvents(QObject):
    """Answers the library writer's reports and the library panel's requests for ``window``.

    A QObject of the GUI thread, so that the writer thread's signals reach it queued, in the
    GUI thread (a plain object's method would run in the thread that emitted).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.filling_samples = False  # a first start: open a sample when they are in
        worker = window.writer.worker
        worker.reports_reread.connect(self._reports_reread)
        worker.changed.connect(window.refresh_library)
        worker.failed.connect(window.show_error)
        worker.samples_finished.connect(self._samples_imported)
        worker.edition_replaced.connect(self._edition_replaced)
        worker.progress.connect(self._samples_progress)
        window.importer.finished.connect(self._import_finished)

    def _reports_reread(self, report_ids: Any) -> None:
        from gui.reloaded_tabs import reload_reread_tabs

        reload_reread_tabs(self._window, report_ids)

    def _samples_progress(self, done: int, total: int, _name: str) -> None:
        if self.filling_samples:
            self._window.import_progress.bar.setRange(0, total)
            self._window.import_progress.bar.setValue(done)

    def _samples_imported(self, _outcomes: Any) -> None:
        window = self._window
        if window.is_closed():
            return
        window.import_progress.hide()
        window.import_progress.cancel_button.show()
        window.library_panel.empty_state.set_waiting(None)  # the buttons, should none have come
        window.refresh_library()
        window.comparisons.open_pending()  # one asked for at a first start (WindowStart)
        if self.filling_samples:
            self.filling_samples = False
            most_recent = window.library_panel.model.most_recent()
            if most_recent is not None:
                window.open_report(most_recent)
            window.warm_up_when_idle()
        window.first_start_done.emit()

    def _import_finished(self, outcomes: Any) -> None:
        imported = [o for o in outcomes if o.report_id is not None and o.status.value == "imported"]
        if len(imported) == 1:
            self._window.refresh_library()
            self._window.show_report(ReportId(int(imported[0].report_id)))

    def _edition_replaced(self, outcome: Any) -> None:
        """A corrected edition replaced a report: its tabs show the new one where they stood (a
        reader at the passage it showed, a comparison compared again), and it is shown (in a
        new tab when it was not open); say how the annotations fared, and list those to place
        by hand."""
        window = self._window
        if window.is_closed():
            return
        if outcome.refused_as is not None:
            self._replace_anyway(outcome)
            return
        if outcome.new_report is None:
            warn(
                window,
                self.tr("Replace with a corrected edition"),
                translated_message(outcome.message),
            )
            return
        from gui.reloaded_tabs import reload_tabs

        if outcome.reanchored is not None:  # the old edition is gone (else kept, as it was)
            # Before the library is listed again: its listing closes the old edition's tabs.
            moved = {outcome.old_report: outcome.new_report}
            if outcome.took_library_copy:  # its own tabs: the old report's title and notes
                moved[outcome.new_report] = outcome.new_report
            reload_tabs(window, moved)
        window.refresh_library()
        window.open_report(outcome.new_report)
        window.statusBar().showMessage(translated_message(outcome.message), 15000)
        orphans = outcome.reanchored.orphans if outcome.reanchored is not None else ()
        if orphans:
            window.annotations_dock.show()
            window.annotations_dock.raise_()
            window.annotations_panel.needs_placing.setChecked(True)
            if len(orphans) == 1:
                text = self.tr(
                    "1 annotation did not find its passage in the new edition. It is kept and "
                    "listed under “Needs placing”: select the passage in the report and choose "
                    "“Place here” from the annotation's menu."
                )
            else:
                text = self.tr(
                    "%1 annotations did not find their passage in the new edition. They are "
                    "kept and listed under “Needs placing”: select the passage in the report "
                    "and choose “Place here” from an annotation's menu."
                ).replace("%1", str(len(orphans)))
            inform(window, self.tr("Replace with a corrected edition"), text)

    def _replace_anyway(self, outcome: Any) -> None:
        """The file reads as another city's or year's report: replace the report with it only
        if the user says so, naming both (the old edition and its place in the library go)."""
        window = self._window
        summary = window.library_panel.model.summary(outcome.old_report)
        if summary is None:  # removed meanwhile: there is nothing left to replace
            return
        path = outcome.imported.path
        if confirm(
            window,
            self.tr("Replace with a corrected edition"),
            fill_placeholders(
                self.tr(
                    "%1 reads as a report of %2, not as an edition of “%3” (%4).\n\n"
                    "Replace anyway? “%3” is removed from the library and its annotations move "
                    "to the new file."
                ),
                path.name,
                outcome.refused_as.found,
                summary.meta.title,
                outcome.refused_as.expected,
            ),
            action=self.tr("Replace anyway"),
            default_no=True,
        ):
            window.writer.replace_edition(outcome.old_report, path, force=True)

    def remove_report(self, report_id: int) -> None:
        """Remove a report once the user has said so (``gui.report_removal``)."""
        from gui.report_removal import remove_report

        remove_report(self._window, ReportId(report_id))
