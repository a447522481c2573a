"""File → Export annotations…: every annotation of the library, as Markdown or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from gui.core_messages import app_speaks_chinese
from gui.messages import warn
from gui.placeholders import fill_placeholders

if TYPE_CHECKING:
    from gui.main_window import MainWindow

MARKDOWN_FILTER = "Markdown (*.md)"
CSV_FILTER = "CSV (*.csv)"


def chosen_path(window: MainWindow) -> Path | None:
    """Ask where to export (None: the user cancelled); the suffix follows the type chosen."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("AnnotationsExport", "Export annotations"),
        str(Path(folder) / QCoreApplication.translate("AnnotationsExport", "annotations.md")),
        ";;".join((MARKDOWN_FILTER, CSV_FILTER)),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".md", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == CSV_FILTER else ".md"))
    return path


def export_annotations(window: MainWindow, path: Path | None = None) -> int | None:
    """Export every annotation to ``path`` (default: asked), in the app's language; says how
    many in the status bar.

    Returns:
        How many annotations were written; None if the user cancelled or the file could not
        be written (then a message names the file and the problem).
    """
    from core.notes.export import export_all
    from core.notes.export_words import export_words

    path = path if path is not None else chosen_path(window)
    if path is None:
        return None
    try:
        count = export_all(window.store, path, words=export_words(app_speaks_chinese()))
    except OSError as error:
        problem = error.strerror or str(error)
        warn(
            window,
            QCoreApplication.translate("AnnotationsExport", "Export annotations"),
            f"{path.name}: {problem}",
        )
        return None
    message = QCoreApplication.translate("AnnotationsExport", "%1 annotations exported to %2")
    window.statusBar().showMessage(fill_placeholders(message, count, path.name), 8000)
    return count
