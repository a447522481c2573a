"""File → Export annotations…: every annotation of the library, as Markdown or CSV; or one
report's, kept before the report is removed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from core.model import ReportId
from gui.core_messages import app_speaks_chinese
from gui.messages import warn
from gui.placeholders import fill_placeholders

if TYPE_CHECKING:
    from gui.main_window import MainWindow

MARKDOWN_FILTER = "Markdown (*.md)"
CSV_FILTER = "CSV (*.csv)"


def chosen_path(window: MainWindow, offered: str = "") -> Path | None:
    """Ask where to export (None: the user cancelled); the suffix follows the type chosen.

    Args:
        window: the window asking.
        offered: the file's name offered (default: ``annotations.md``, in the app's language).
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    offered = offered or QCoreApplication.translate("AnnotationsExport", "annotations.md")
    name, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("AnnotationsExport", "Export annotations"),
        str(Path(folder) / offered),
        ";;".join((MARKDOWN_FILTER, CSV_FILTER)),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".md", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == CSV_FILTER else ".md"))
    return path


def export_annotations(
    window: MainWindow, path: Path | None = None, report_id: ReportId | None = None
) -> int | None:
    """Export every annotation to ``path`` (default: asked), in the app's language; says how
    many in the status bar. With no annotation to export, says so there and asks nothing:
    no file is written.

    Args:
        window: the window exporting.
        path: the file to write (None: asked, as File → Export annotations… asks).
        report_id: only this report's annotations (None: the library's), the file offered
            named after the report.

    Returns:
        How many annotations were written (0: there were none, no file written); None if the
        user cancelled or the file could not be written (then a message names the file and
        the problem).
    """
    from core.notes.export import export_all
    from core.notes.export_words import export_words
    from core.store.annotations import annotations_of

    notes = annotations_of(window.store)
    chosen = None if report_id is None else notes.search(report=report_id)
    if not (notes.report_counts() if chosen is None else chosen):
        nothing = QCoreApplication.translate("AnnotationsExport", "No annotations to export")
        window.statusBar().showMessage(nothing, 8000)
        return 0
    if path is None and report_id is not None:  # named after the report: no folder separators
        title = window.store.titles([report_id]).get(report_id, "")
        path = chosen_path(window, title.replace("/", "_").replace("\\", "_") + ".md")
    elif path is None:
        path = chosen_path(window)
    if path is None:
        return None
    try:
        count = export_all(window.store, path, chosen, words=export_words(app_speaks_chinese()))
    except OSError as error:
        problem = error.strerror or str(error)
        warn(
            window,
            QCoreApplication.translate("AnnotationsExport", "Export annotations"),
            f"{path.name}: {problem}",
        )
        return None
    if count == 1:
        message = QCoreApplication.translate("AnnotationsExport", "1 annotation exported to %1")
        said = fill_placeholders(message, path.name)
    else:
        message = QCoreApplication.translate("AnnotationsExport", "%1 annotations exported to %2")
        said = fill_placeholders(message, count, path.name)
    window.statusBar().showMessage(said, 8000)
    return count
