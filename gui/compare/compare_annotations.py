"""Annotations in the compare view: each pane shows and makes those of the report it shows.

Only reports of the library carry annotations; a pane showing any other report has none.
When the sides are swapped, each pane's annotations follow the report it now shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gui.compare.compare_view import CompareView


class CompareAnnotations:
    """The ``ReaderAnnotations`` of ``view``'s two panes, once attached."""

    def __init__(self, view: CompareView) -> None:
        self._view = view
        self._notes: list[Any] = []  # ReaderAnnotations of each pane, once attached

    def attach(self, store: Any, undo_stack: Any) -> None:
        """Show and make annotations in both panes (library reports only), saved in ``store``.

        Args:
            store: the library.
            undo_stack: the window's undo stack (highlight, edit, delete, place).
        """
        from gui.notes.reader_annotations import ReaderAnnotations

        view = self._view
        self._notes = []
        for pane, report in (
            (view.left_pane, view.left_report()),
            (view.right_pane, view.right_report()),
        ):
            if report.report_id is None:
                self._notes.append(None)
                continue
            self._notes.append(
                ReaderAnnotations(pane, report.report_id, store, undo_stack, context_menu=False)
            )

    def of_pane(self, left: bool) -> Any:
        """The ``ReaderAnnotations`` of one pane (None: not attached or not a library report)."""
        if not self._notes:
            return None
        return self._notes[0 if left else 1]

    def follow_reports(self) -> None:
        """After a swap each pane shows the other report: its annotations follow."""
        reports = (self._view.left_report(), self._view.right_report())
        for notes, report in zip(self._notes, reports, strict=False):
            if notes is not None and report.report_id is not None:
                if notes.report_id != report.report_id:
                    notes.set_report(report.report_id)
                else:
                    notes.refresh()

    def detach(self) -> None:
        """Let go of both panes' annotations (the library is about to close)."""
        self._notes = []
