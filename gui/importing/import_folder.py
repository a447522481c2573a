"""Where the import dialogs open: the folder last imported from, kept in the app's settings
across restarts; the documents folder (else the home folder) until there is one.

The process's working directory, which Qt's dialogs open in otherwise, may be the app's own
install folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QStandardPaths

IMPORT_FOLDER_KEY = "import/last_folder"


def default_folder() -> str:
    """The documents folder, or the home folder where there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else QDir.homePath()


class ImportFolder:
    """The folder the next import dialog opens in, and the last one imported from."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def start(self) -> str:
        """The folder last imported from, if it is still there; else ``default_folder()``."""
        kept = str(self._settings.value(IMPORT_FOLDER_KEY, "") or "")
        return kept if kept and Path(kept).is_dir() else default_folder()

    def remember(self, folder: Path) -> None:
        """Open the next import dialog in ``folder`` (files were chosen there)."""
        self._settings.setValue(IMPORT_FOLDER_KEY, str(folder))
