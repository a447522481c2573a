"""A table leaves the app as a CSV file: the scorecard of a region, the numbers of a report.

The table is made by core in the app's language (``core.numbers.table_csv``); the file is
written whole or not at all (``core.whole_file``); one that cannot be written is one message
naming it and the problem, and one saved is confirmed in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMainWindow, QWidget

from gui.core_messages import app_speaks_chinese
from gui.messages import warn

CSV_SUFFIX = ".csv"
CSV_FILTER = "CSV (*.csv)"
STATUS_MILLISECONDS = 8000


def file_name_of(title: str) -> str:
    """A title as a file's name: no folder separators (``长治市 记分卡.csv``)."""
    return title.replace("/", "_").replace("\\", "_") + CSV_SUFFIX


def ask_csv_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Ask where to save a CSV file, offering ``suggested`` in the documents folder (None:
    the user cancelled); ``.csv`` is added to a name left without it."""
    from PySide6.QtWidgets import QFileDialog

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    offered = str(Path(folder) / suggested) if folder else suggested
    name, _filter = QFileDialog.getSaveFileName(parent, title, offered, CSV_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == CSV_SUFFIX else path.with_name(path.name + CSV_SUFFIX)


def save_table(
    parent: QWidget,
    title: str,
    suggested: str,
    table: Callable[[bool], str],
    path: Path | None = None,
) -> Path | None:
    """Save a table as CSV at ``path`` (None: asked), saying so in the status bar.

    Args:
        parent: the view the table is of (its window shows the confirmation).
        title: the save dialog's and the error message's title.
        suggested: the file's name offered in the save dialog.
        table: makes the CSV text, in Chinese when given True.
        path: where to save, or None to ask.

    Returns:
        The file written; None if the user cancelled or it could not be written (then a
        message names the file and the problem).
    """
    from core.whole_file import write_whole

    path = path if path is not None else ask_csv_path(parent, title, suggested)
    if path is None:
        return None
    try:
        write_whole(path, table(app_speaks_chinese()))
    except OSError as error:
        warn(parent, title, f"{path.name}: {error.strerror or error}")
        return None
    window = parent.window()
    if isinstance(window, QMainWindow):
        message = QCoreApplication.translate("TableExport", "Saved to %1").replace("%1", path.name)
        window.statusBar().showMessage(message, STATUS_MILLISECONDS)
    return path
