"""A reader tab reopened at start on a report the writer then reads again shows the new reading."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from core.compare.engine_process import ENGINE
from core.library import find_report
from core.model import ReportId
from gui.compare.compare_job import SHARED_CACHE
from gui.main_window import MainWindow
from gui.workers import LibraryWriter


def _window(qtbot: Any, store: Any, db: str, settings: QSettings) -> MainWindow:
    window = MainWindow(store, LibraryWriter(db), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _as_an_earlier_reading_left_it(store: Any, report_id: ReportId) -> None:
    """A report's stored reading as an earlier reading left it: areas not found, and marked
    to be read again."""
    store._conn.execute(
        "DELETE FROM sections WHERE parent IS NOT NULL AND report_id = ?", (int(report_id),)
    )
    store._conn.execute("UPDATE reports SET reader = 0 WHERE id = ?", (int(report_id),))


def _restarted(qtbot: Any, store: Any, db: str, settings: QSettings) -> MainWindow:
    """The app started again: it reopens the last session's tabs on the old reading, then
    its writer reads the report again; returned once it has."""
    window = _window(qtbot, store, db, settings)
    reread: list[object] = []
    window.writer.worker.reports_reread.connect(reread.append)
    window.start()
    qtbot.waitUntil(lambda: bool(reread), timeout=60000)
    return window


def test_a_reopened_tab_of_a_report_read_again_shows_its_new_outline_at_its_place(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    changzhi = find_report(store, "长治市2024年政府工作报告")
    jincheng = find_report(store, "晋城市2024年政府工作报告")
    fresh = store.outline(changzhi)
    first = _window(qtbot, store, library_db, settings)
    first.start()
    tab = first.open_report(changzhi)
    assert tab is not None
    tab.view.scroll_to_offset(list(fresh.walk())[5].start)
    offset = tab.current_offset()
    first.open_report(jincheng)  # shown; 长治 stays first in the tab bar
    first.close()
    _as_an_earlier_reading_left_it(store, changzhi)
    stale = store.outline(changzhi)
    assert stale != fresh

    second = _restarted(qtbot, store, library_db, settings)
    qtbot.waitUntil(lambda: second.reader_tabs()[0].readable.report.outline == fresh, timeout=5000)
    assert [t.report_id for t in second.reader_tabs()] == [changzhi, jincheng]
    reloaded = second.reader_tabs()[0]
    model = reloaded.section_model
    areas = sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))
    assert areas == sum(len(part.children) for part in fresh.sections) > 0  # the tree as read now
    qtbot.waitUntil(lambda: abs(reloaded.current_offset() - offset) < 40, timeout=3000)
    current = second.current_reader()
    assert current is not None and current.report_id == jincheng
    second.close()
    second.writer.shutdown()


def test_a_reopened_comparison_of_a_report_read_again_pairs_its_new_sections(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    changzhi = find_report(store, "长治市2024年政府工作报告")
    jincheng = find_report(store, "晋城市2024年政府工作报告")
    fresh = store.outline(changzhi)
    first = _window(qtbot, store, library_db, settings)
    first.start()
    first.comparisons.open(changzhi, jincheng)
    first.close()
    # What this process and the engine's keep is of the first reading: a new start keeps none.
    SHARED_CACHE.clear()
    ENGINE.forget()
    _as_an_earlier_reading_left_it(store, changzhi)

    second = _restarted(qtbot, store, library_db, settings)

    def paired_areas() -> set[tuple[str, ...]]:
        views = second.comparisons.views()
        comparison = views[0].comparison() if views else None
        if comparison is None:
            return set()
        return {p.left.path for p in comparison.pairs if p.left is not None}

    areas = {(part.title, area.title) for part in fresh.sections for area in part.children}
    qtbot.waitUntil(lambda: bool(areas & paired_areas()), timeout=10000)
    assert [v.report_ids() for v in second.comparisons.views()] == [(changzhi, jincheng)]
    second.close()
    second.writer.shutdown()
