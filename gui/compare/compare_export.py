"""A comparison leaves the app: saved as the engine's HTML report, as PDF, or printed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument

if TYPE_CHECKING:
    from gui.compare.compare_view import CompareView

PAPER_POINT_SIZE = 9.0
PAPER_MARGINS_MM = (15.0, 15.0, 15.0, 15.0)


class CompareExport(QObject):
    """Exports ``view``'s comparison; the dialogs ask where, the methods write."""

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self._view = view

    def html_report(self, *, paper: bool = False) -> str:
        """The comparison as the engine's self-contained HTML page (``paper``: styled for
        Qt's printing, which knows only basic CSS)."""
        from core.compare.html_report import render_html

        comparison = self._view.comparison()
        if comparison is None:
            raise RuntimeError("no comparison yet")
        return render_html(comparison, paper=paper)

    def export_html(self, path: Path) -> None:
        """Write the HTML report to ``path`` (whole or not at all)."""
        from core.whole_file import write_whole

        write_whole(path, self.html_report())

    def print_to(self, printer: object) -> None:
        """Print the HTML report on ``printer`` (a QPrinter; PDF when it has a file name).

        The page is the report styled for paper, in the reading font's family at the
        paper's type size (the reader's size, made for a screen, would double the pages).
        """
        document = QTextDocument(self)
        font = self._view.reading_font()
        if font is not None:
            paper_font = QFont(font)
            paper_font.setPointSizeF(PAPER_POINT_SIZE)
            document.setDefaultFont(paper_font)
        document.setHtml(self.html_report(paper=True))
        document.print_(printer)  # type: ignore[arg-type]
        document.deleteLater()

    def export_pdf(self, path: Path) -> None:
        """Print the HTML report to a PDF file."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(*PAPER_MARGINS_MM), QPageLayout.Unit.Millimeter)
        self.print_to(printer)

    def _suggested_name(self, suffix: str) -> str:
        from gui.compare.compare_view import report_label

        view = self._view
        names = [report_label(r) for r in (view.left_report(), view.right_report())]
        return f"{names[0]} - {names[1]}{suffix}".replace("/", "_")

    def ask_and_save_html(self) -> None:
        """Ask where to save the HTML report, and save it there."""
        from PySide6.QtWidgets import QFileDialog

        if self._view.comparison() is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self._view, self.tr("Save comparison"), self._suggested_name(".html"), "HTML (*.html)"
        )
        if path:
            self.export_html(Path(path))

    def ask_and_save_pdf(self) -> None:
        """Ask where to save the PDF, and print it there."""
        from PySide6.QtWidgets import QFileDialog

        if self._view.comparison() is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self._view,
            self.tr("Save comparison as PDF"),
            self._suggested_name(".pdf"),
            "PDF (*.pdf)",
        )
        if path:
            self.export_pdf(Path(path))

    def ask_and_print(self) -> None:
        """Show the print dialog, and print the report on the printer chosen."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._view.comparison() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._view)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)
