"""A comparison leaves the app: saved as the engine's HTML report, as PDF, or printed.

A file is written whole or not at all (a PDF is printed to a temporary file first, as Qt's
printer says nothing when it cannot open its file); a file that cannot be written is one
message naming it and the problem, and one saved is confirmed in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QMainWindow

from gui.core_messages import app_speaks_chinese
from gui.messages import warn

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from gui.compare.compare_view import CompareView

PAPER_POINT_SIZE = 9.0
# The printer's margins: Qt's rich-text printing keeps 2 cm of its own inside them (and puts
# the page number there), so 1 mm more makes pages of 21 mm margins and 168 mm of text.
PAPER_MARGINS_MM = (1.0, 1.0, 1.0, 1.0)
STATUS_MILLISECONDS = 8000


class CompareExport(QObject):
    """Exports ``view``'s comparison; the dialogs ask where, the methods write."""

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self._view = view
        self._folder: str | None = None  # where the last file was saved

    def html_report(self, *, paper: bool = False) -> str:
        """The comparison as the engine's self-contained HTML page (``paper``: styled for
        Qt's printing, which knows only basic CSS)."""
        from core.compare.html_report import render_html
        from core.compare.html_words import html_words

        comparison = self._view.comparison()
        if comparison is None:
            raise RuntimeError("no comparison yet")
        return render_html(comparison, paper=paper, words=html_words(app_speaks_chinese()))

    def export_html(self, path: Path) -> None:
        """Write the HTML report to ``path`` (whole or not at all).

        Raises:
            OSError: the file cannot be written (nothing at ``path`` has changed).
        """
        from core.whole_file import write_whole

        write_whole(path, self.html_report())

    def paper_document(self) -> QTextDocument:
        """The report styled for paper, as printed: in the reading font's family at the
        paper's type size (the reader's size, made for a screen, would double the pages)."""
        document = QTextDocument(self)
        font = self._view.reading_font()
        if font is not None:
            paper_font = QFont(font)
            paper_font.setPointSizeF(PAPER_POINT_SIZE)
            document.setDefaultFont(paper_font)
        document.setHtml(self.html_report(paper=True))
        return document

    def print_to(self, printer: QPrinter) -> None:
        """Print the HTML report on ``printer`` (PDF when it has a file name).

        A PDF's text is then made to read as printed: Qt's PDF reads a glyph that a CJK font
        shares between a radical and its ideograph as the radical (长 as ⻓), and search and
        copy would meet the radical (``core.pdf_radicals``).

        Raises:
            OSError: the PDF printed cannot be read or written again.
        """
        from PySide6.QtPrintSupport import QPrinter

        document = self.paper_document()
        document.print_(printer)
        printed_text = document.toPlainText()
        document.deleteLater()
        name = printer.outputFileName()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and name:
            _read_as_printed(Path(name), printed_text)

    def export_pdf(self, path: Path) -> None:
        """Print the HTML report to a PDF file at ``path`` (whole or not at all).

        Raises:
            OSError: the PDF cannot be made or written (nothing at ``path`` has changed).
        """
        import tempfile

        from PySide6.QtPrintSupport import QPrinter

        from core.whole_file import write_whole_bytes

        with tempfile.TemporaryDirectory() as folder:
            printed = Path(folder) / "comparison.pdf"
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            printer.setPageMargins(QMarginsF(*PAPER_MARGINS_MM), QPageLayout.Unit.Millimeter)
            self.print_to(printer)
            data = printed.read_bytes() if printed.exists() else b""
        if not data.startswith(b"%PDF"):
            raise OSError(self.tr("the PDF could not be made"))
        write_whole_bytes(path, data)

    def save_html(self, path: Path) -> bool:
        """Save the HTML report to ``path``, saying so; a failure is one message.

        Returns:
            Whether the file was written.
        """
        return self._saved(path, self.export_html)

    def save_pdf(self, path: Path) -> bool:
        """Save the comparison as a PDF at ``path``, saying so; a failure is one message.

        Returns:
            Whether the file was written.
        """
        return self._saved(path, self.export_pdf)

    def _saved(self, path: Path, write: Callable[[Path], None]) -> bool:
        try:
            write(path)
        except OSError as error:
            problem = error.strerror or str(error)
            warn(self._view, self.tr("Save comparison"), f"{path.name}: {problem}")
            return False
        window = self._view.window()
        if isinstance(window, QMainWindow):
            message = self.tr("Comparison saved to %1").replace("%1", path.name)
            window.statusBar().showMessage(message, STATUS_MILLISECONDS)
        return True

    def _can_leave(self) -> bool:
        """There is a comparison to export, and it is the one the switches ask for."""
        return self._view.comparison() is not None and not self._view.is_comparing()

    def _suggested_path(self, suffix: str) -> str:
        """The file offered in the save dialog: the two reports' names, in the documents
        folder (or where the user saved last)."""
        from gui.compare.compare_texts import report_label

        view = self._view
        names = [report_label(r) for r in (view.left_report(), view.right_report())]
        name = f"{names[0]} - {names[1]}{suffix}".replace("/", "_").replace("\\", "_")
        if self._folder is None:
            documents = QStandardPaths.StandardLocation.DocumentsLocation
            self._folder = QStandardPaths.writableLocation(documents)
        return str(Path(self._folder) / name) if self._folder else name

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        """Ask where to save (None: the user cancelled); the suffix is added if left off."""
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getSaveFileName(
            self._view, title, self._suggested_path(suffix), file_filter
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._folder = str(path.parent)
        return path

    def ask_and_save_html(self) -> None:
        """Ask where to save the HTML report, and save it there."""
        if not self._can_leave():
            return
        path = self._ask_path(self.tr("Save comparison"), ".html", "HTML (*.html)")
        if path is not None:
            self.save_html(path)

    def ask_and_save_pdf(self) -> None:
        """Ask where to save the PDF, and print it there."""
        if not self._can_leave():
            return
        path = self._ask_path(self.tr("Save comparison as PDF"), ".pdf", "PDF (*.pdf)")
        if path is not None:
            self.save_pdf(path)

    def ask_and_print(self) -> None:
        """Show the print dialog, and print the report on the printer chosen."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self._can_leave():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._view)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                self.print_to(printer)
            except OSError as error:  # printed to a PDF file that could not be made whole
                problem = error.strerror or str(error)
                name = Path(printer.outputFileName()).name
                warn(self._view, self.tr("Print comparison"), f"{name}: {problem}")


def _read_as_printed(path: Path, printed_text: str) -> None:
    """Make the PDF at ``path`` read its radicals as the ideographs printed, in place.

    Raises:
        OSError: the file cannot be read or written (a file written is written whole).
    """
    from core.pdf_radicals import ideographs_for_radicals
    from core.whole_file import write_whole_bytes

    if not path.exists():  # Qt's printer could not write it, and says nothing
        return
    data = path.read_bytes()
    mended = ideographs_for_radicals(data, printed_text)
    if mended is not data:
        write_whole_bytes(path, mended)
