"""A report's reader tab, made for the window: the report read from the library (unless it
was read already), its zoom asked of the window, its annotations kept in the library."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.model import ReportId

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.reader.readable_report import ReadableReport
    from gui.reader.reader_tab import ReaderTab


def add_reader_tab(
    window: MainWindow, report_id: ReportId, readable: ReadableReport | None
) -> ReaderTab | None:
    """A reader tab for ``report_id``, added to ``window`` and shown; None (and said) if it
    cannot be read.

    Args:
        readable: the report already read, if it was (else it is read now).
    """
    from core.errors import ReportLensError
    from gui.notes.reader_annotations import ReaderAnnotations
    from gui.reader.readable_report import load_readable
    from gui.reader.reader_tab import ReaderTab

    if readable is None:
        try:
            readable = load_readable(window.store, report_id)
        except ReportLensError as error:
            window.show_error(str(error))
            return None
    tab = ReaderTab(readable, window.highlights, window.reading_font())
    tab.view.zoom_requested.connect(window.zoom_by)
    window.current_tab.follow(tab)
    tab.notes = ReaderAnnotations(tab.view, report_id, window.store, window.undo_stack)
    tab.notes.changed.connect(window.annotations_changed)
    window.add_view_tab(tab, tab.title())
    window.report_opened.emit(int(report_id))
    return tab
