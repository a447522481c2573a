"""The two texts of the compare view: shown unmarked while the comparison runs, then with its
changes marked, each under its report's title (older and newer, when the years say which),
in the reading font at the window's size.

Each side's document before any marks is kept with its offset map: a comparison's changes are
marked on a copy (a copy costs a fifth of building the document again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QTextDocument

from core.library import LoadedReport
from core.numbers.target_compare import in_time_order
from gui.compare.compare_document import copy_document, mark_changes, plain_document
from gui.offsets import OffsetMap
from gui.reader.reader_view import MAX_POINT_SIZE, MIN_POINT_SIZE

if TYPE_CHECKING:
    from gui.compare.compare_job import CompareResult
    from gui.compare.compare_view import CompareView


def report_label(report: LoadedReport) -> str:
    """A report's title as shown above its pane."""
    return report.meta.title or report.source_name


class CompareTexts(QObject):
    """Shows ``view``'s two reports in its panes, marked by the latest comparison."""

    def __init__(self, view: CompareView, font: QFont | None) -> None:
        super().__init__(view)
        self._view = view
        self._font = font
        self._unmarked: list[tuple[QTextDocument, OffsetMap] | None] = [None, None]

    def show(self, result: CompareResult | None = None) -> None:
        """Show both texts: unmarked while the comparison runs, then with its changes marked.

        Each document is finished before a pane shows it: formats merged into a document
        already on screen leave Qt's lazy layout with blocks it never lays out again.
        """
        view = self._view
        reports_changed = result is None or None in self._unmarked
        for index, (pane, report) in enumerate(
            ((view.left_pane, view.left_report()), (view.right_pane, view.right_report()))
        ):
            unmarked = self._unmarked[index]
            if result is None or unmarked is None:
                offsets = OffsetMap(report.text)
                document = plain_document(
                    report.text, report.outline, report.paragraphs, offsets, self._font
                )
                self._unmarked[index] = (copy_document(document), offsets)
            else:
                document, offsets = copy_document(unmarked[0]), unmarked[1]
            if result is not None:
                numbers = result.left_numbers if index == 0 else result.right_numbers
                mark_changes(document, offsets, result.comparison, index == 0, numbers)
            pane.show_document(document, offsets)
            view.scrolling.watch(document)
        view.annotations.follow_reports()
        if reports_changed:
            self._show_titles()

    def _show_titles(self) -> None:
        """Each report's title above its pane, and the panels' names of the two reports."""
        view = self._view
        left, right = view.left_report(), view.right_report()
        # Older on the left, as compared; swapped, the sides are only left and right.
        time_order = in_time_order(left.meta.year, right.meta.year)
        if time_order:
            left_word, right_word = self.tr("Older"), self.tr("Newer")
        else:  # two editions of one year, or years unknown: which is older is not known
            left_word, right_word = self.tr("Left"), self.tr("Right")
        view.panels.targets_model.set_time_order(time_order)
        view.left_title.setText(f"{left_word}: {report_label(left)}")
        view.right_title.setText(f"{right_word}: {report_label(right)}")
        view.panels.show_reports(
            (report_label(left), report_label(right)), (left.outline, right.outline)
        )

    def font(self) -> QFont | None:
        """The font the texts are shown in (None: the default)."""
        return self._font

    def set_point_size(self, size: float) -> None:
        """Show both texts at ``size`` points, the place read kept, and measure them again as
        they re-wrap; the next comparison's marks are copied onto documents of that size.
        Kept between the reader's smallest and largest sizes."""
        view = self._view
        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))
        font = QFont(self._font) if self._font is not None else QFont(view.font())
        font.setPointSizeF(size)
        self._font = font
        with view.scrolling.unlinked():
            for pane in (view.left_pane, view.right_pane):
                pane.set_point_size(size)
        for kept in self._unmarked:
            if kept is not None:
                kept_font = kept[0].defaultFont()
                kept_font.setPointSizeF(size)
                kept[0].setDefaultFont(kept_font)
        view.scrolling.measure_soon()
