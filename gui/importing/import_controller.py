"""Importing from the menu, the toolbar or a drop: background work, progress, cancel, summary."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from gui.importing.import_folder import ImportFolder
from gui.placeholders import fill_placeholders
from gui.workers import LibraryWriter

FILE_FILTER = "*.txt *.md *.docx *.html *.htm *.pdf"


class ImportProgress(QWidget):
    """A status-bar strip: what is being imported, a progress bar and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.label = QLabel(self)
        self.label.setObjectName("importLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importBar")
        self.bar.setMaximumWidth(220)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def show_progress(self, done: int, total: int, name: str) -> None:
        """Show ``done`` of ``total`` files, the last one being ``name``."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            fill_placeholders(self.tr("Importing %1 of %2: %3"), min(done + 1, total), total, name)
        )


class ImportController(QObject):
    """Runs one import at a time through the library writer and reports on it; its dialogs
    open in the folder last imported from (``folder``)."""

    started = Signal()
    finished = Signal(object)  # list[ImportOutcome]

    def __init__(
        self,
        writer: LibraryWriter,
        window: QWidget,
        progress: ImportProgress,
        folder: ImportFolder,
    ) -> None:
        super().__init__(window)
        self._writer = writer
        self._window = window
        self._progress = progress
        self.folder = folder
        self._running = False
        self._cancelled = False
        self.show_summary = True
        progress.hide()
        progress.cancel_button.clicked.connect(self.cancel)
        writer.worker.progress.connect(self._on_progress)
        writer.worker.import_finished.connect(self._on_finished)

    def is_running(self) -> bool:
        """Whether an import is under way."""
        return self._running

    def choose_and_import(self) -> None:
        """Ask for files (a folder from the dialog's own button) and import them."""
        from PySide6.QtWidgets import QFileDialog  # not before the first paint: its enums

        paths, _filter = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import reports"),
            self.folder.start(),
            self.tr("Reports (%1);;All files (*)").replace("%1", FILE_FILTER),
        )
        if paths:
            self.folder.remember(Path(paths[0]).parent)
            self.start([Path(p) for p in paths])

    def choose_folder_and_import(self) -> None:
        """Ask for a folder and import every report in it."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import a folder"), self.folder.start()
        )
        if folder:
            self.folder.remember(Path(folder))
            self.start([Path(folder)])

    def start(self, paths: Sequence[Path]) -> bool:
        """Import ``paths`` in the background; False when another import is running."""
        if self._running or not paths:
            return False
        self._running = True
        self._cancelled = False
        self._progress.bar.setRange(0, 0)
        self._progress.bar.setValue(0)
        self._progress.label.setText(self.tr("Preparing the import…"))
        self._progress.cancel_button.setEnabled(True)
        self._progress.show()
        self.started.emit()
        self._writer.import_paths(paths)
        return True

    def cancel(self) -> None:
        """Stop after the file being imported."""
        if self._running:
            self._cancelled = True
            self._writer.cancel()
            self._progress.cancel_button.setEnabled(False)
            self._progress.label.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self._running and not self._cancelled:
            self._progress.show_progress(done, total, name)

    def _on_finished(self, outcomes: Any) -> None:
        if not self._running:
            return
        self._running = False
        self._progress.hide()
        self.finished.emit(outcomes)
        if self.show_summary:
            from gui.importing.summary_dialog import ImportSummaryDialog

            dialog = ImportSummaryDialog(outcomes, self._cancelled, self._window)
            dialog.setModal(False)
            dialog.show()
