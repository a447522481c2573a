"""What the window does just after its first paint: a new library filled with the sample
reports, else the last session's tabs reopened and the day's backup made; the samples added
later on request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gui.session import reopen_tabs

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class WindowStart(QObject):
    """Starts ``window``'s slower work once it is on screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def start(self, first_start_opens: bool = True) -> None:
        """Fill a new library in the background, or restore tabs.

        A library that held reports once and was emptied by the user stays empty.

        A comparison asked for on the command line (``compare_at_start``) opens last, as the
        current tab.
        """
        window = self._window
        if not window.listing.whole:  # listed in part (or not at all) before the first paint
            window.refresh_library()
        if not window.store.ever_held_reports():
            window.library_events.filling_samples = (
                first_start_opens and not window.comparisons.has_pending()
            )
            window.statusBar().showMessage(self.tr("Preparing the sample library…"))
            window.library_panel.empty_state.set_waiting(self.tr("Preparing the sample library…"))
            window.import_progress.label.setText(self.tr("Preparing the sample library…"))
            window.import_progress.cancel_button.hide()
            window.import_progress.show()
            # The warm-up waits for the samples (LibraryEvents starts it): meanwhile it would
            # take the interpreter from the import.
            # A comparison asked for at start may name sample reports: it opens once they are
            # in (LibraryEvents), not before, when the library has none of them yet.
            window.writer.import_samples()
            return
        window.library_panel.tree.setFocus()  # the keyboard works at once (a reopened tab takes it)
        reopen_tabs(window)
        window.comparisons.open_pending()
        window.writer.prepare()  # the day's backup, in the writer thread
        window.warm_up_when_idle()

    def add_samples(self) -> None:
        """Add the bundled sample reports; those in the library stay as they are."""
        window = self._window
        window.import_progress.label.setText(self.tr("Adding the sample reports…"))
        window.library_panel.empty_state.set_waiting(self.tr("Adding the sample reports…"))
        window.import_progress.cancel_button.hide()
        window.import_progress.show()
        window.writer.import_samples(only_if_new=False)
