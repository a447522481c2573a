"""The comparison printed from the window (PDF or paper): its two columns stand apart."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage, QPainter

from core.library import LoadedReport
from gui.compare.compare_export import PAPER_MARGINS_MM
from gui.compare.compare_view import CompareView

Opener = Callable[..., CompareView]
MM_PER_PX = 25.4 / 96  # Qt lays out and prints rich text in pixels of 1/96 inch
# The text's width on A4 as Qt prints it: 210 mm less the printer's margins and the 2 cm Qt
# keeps inside them.
PRINTED_WIDTH_MM = 210 - PAPER_MARGINS_MM[0] - PAPER_MARGINS_MM[2] - 2 * 20
LEAST_GUTTER_MM = 4.0


def _narrowest_gutter_mm(image: QImage, top: int) -> float:
    """The narrowest ink-free band between the columns: over every row of the text, the
    longest run of columns in the middle third of the page where no line has ink."""
    width = image.width()
    inked = [False] * width
    for y in range(top, image.height()):
        line = image.constScanLine(y).tobytes()
        for x in range(width // 3, 2 * width // 3):
            if line[x] < 100:
                inked[x] = True
    longest = run = 0
    for x in range(width // 3, 2 * width // 3):
        run = 0 if inked[x] else run + 1
        longest = max(longest, run)
    return longest * MM_PER_PX


def test_the_printed_columns_have_a_readable_gutter(
    open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    document = view.export.paper_document()
    document.setPageSize(QSizeF(PRINTED_WIDTH_MM / MM_PER_PX, 1_000_000))
    height = int(document.documentLayout().documentSize().height())
    image = QImage(int(document.pageSize().width()), height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    # From the side-by-side text on (past the title, counts and change list).
    text_table = document.find("Side by side")
    top = int(document.documentLayout().blockBoundingRect(text_table.block()).bottom())
    assert _narrowest_gutter_mm(image, top) >= LEAST_GUTTER_MM


def test_a_saved_pdf_uses_the_page_width(
    open_view: Opener, loaded: dict[str, LoadedReport], tmp_path: Path
) -> None:
    """Qt keeps 2 cm inside the printer's margins: with the page's own 15 mm as well, the text
    was 139 mm wide on A4, and 长治 2024 against its newspaper edition took 20 pages."""
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    pdf = tmp_path / "comparison.pdf"
    view.export.export_pdf(pdf)
    pages = re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes())
    assert 10 <= len(pages) <= 16
    assert PRINTED_WIDTH_MM >= 160
