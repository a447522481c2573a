"""Replacing a report with a file the user had already imported as a report of its own: that
report takes the old one's place in the window too. The old report's tabs show it, its own
tabs keep showing it (now under the old title, with the old annotations), and a comparison of
the two with each other closes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.importer import import_file
from core.library import find_report, open_library
from core.model import ReportId
from core.notes.library_notes import annotate

WAIT_MS = 60_000
CHANGZHI_TITLE, JINCHENG_TITLE = "长治市2024年政府工作报告", "晋城市2024年政府工作报告"
COPY_TITLE = f"{CHANGZHI_TITLE}（changzhi-2024-corrected）"


def _imported_by_mistake(
    window: Any, library_db: str, samples: dict[str, Path], tmp_path: Path
) -> tuple[ReportId, ReportId, Path]:
    """长治 2024 (annotated) and its corrected edition, imported as a report of its own
    (annotated too), listed in the window."""
    text = samples["cz2024"].read_text(encoding="utf-8")
    corrected = tmp_path / "changzhi-2024-corrected.txt"
    corrected.write_text(text.replace("国防动员", "国防教育"), encoding="utf-8")
    with open_library(library_db) as store:
        changzhi = find_report(store, CHANGZHI_TITLE)
        copy = import_file(store, corrected).report_id
        assert copy is not None
        for report, quote, note in ((changzhi, "城镇新增就业", "old"), (copy, "国防教育", "own")):
            start = store.report(report).text.index(quote)
            annotate(store, report, start, start + len(quote), "yellow", note=note)
    window.refresh_library()
    return changzhi, copy, corrected


def _replace(window: Any, qtbot: Any, old: ReportId, path: Path) -> None:
    """Replace ``old`` with ``path`` from the library's menu, until the window has answered."""
    window.library_panel.replace_requested.emit(int(old), str(path))
    qtbot.waitUntil(
        lambda: "using its copy already in the library" in window.statusBar().currentMessage(),
        timeout=WAIT_MS,
    )


def test_the_old_reports_tabs_show_the_copy_and_its_own_tab_becomes_one_with_them(
    window: Any, qtbot: Any, library_db: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    changzhi, copy, corrected = _imported_by_mistake(window, library_db, samples, tmp_path)
    jincheng = find_report(window.store, JINCHENG_TITLE)
    reader = window.open_report(changzhi)
    window.open_report(jincheng)
    window.comparisons.open(changzhi, jincheng)
    window.comparisons.open(changzhi, copy)
    window.open_report(copy)
    old = reader.readable.report
    area = [s for s in old.outline.walk() if s.level == 2][6]
    window.tabs.setCurrentWidget(reader)
    reader.view.scroll_to_offset(area.start)
    qtbot.waitUntil(lambda: abs(reader.current_offset() - area.start) < 40, timeout=3000)
    shown = old.text[reader.current_offset() :][:12]
    assert window.tabs.count() == 5

    _replace(window, qtbot, changzhi, corrected)

    # One reader of the copy, where the old report's stood and shown as it was; the old
    # report's comparison with 晋城 is one of the copy's, and theirs with each other is gone.
    assert [t.report_id for t in window.reader_tabs()] == [copy, jincheng]
    new = window.reader_tabs()[0]
    assert window.tabs.indexOf(new) == 0 and window.current_reader() is new
    assert [v.report_ids() for v in window.comparisons.views()] == [(copy, jincheng)]
    assert window.tabs.indexOf(window.comparisons.views()[0]) == 2
    assert window.tabs.count() == 3
    text = new.readable.report.text
    qtbot.waitUntil(lambda: abs(new.current_offset() - text.index(shown)) < 40, timeout=3000)
    assert window.tabs.tabText(0) == new.title() == CHANGZHI_TITLE
    assert sorted(a.note for a in new.notes.annotations) == ["old", "own"]
    assert window.library_panel.model.summary(changzhi) is None
    assert window.library_panel.model.summary(copy).meta.title == CHANGZHI_TITLE
    assert COPY_TITLE in window.statusBar().currentMessage()


def test_a_tab_of_the_copy_alone_keeps_working_under_the_old_title_with_its_annotations(
    window: Any, qtbot: Any, library_db: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    changzhi, copy, corrected = _imported_by_mistake(window, library_db, samples, tmp_path)
    jincheng = find_report(window.store, JINCHENG_TITLE)
    window.open_report(jincheng)
    reader = window.open_report(copy)
    assert reader.title() == COPY_TITLE
    view = window.comparisons.open(copy, jincheng)
    qtbot.waitUntil(lambda: view.comparison() is not None, timeout=WAIT_MS)
    window.tabs.setCurrentWidget(reader)

    _replace(window, qtbot, changzhi, corrected)

    assert [t.report_id for t in window.reader_tabs()] == [jincheng, copy]
    again = window.reader_tabs()[1]
    assert window.tabs.indexOf(again) == 1 and window.current_reader() is again
    assert window.tabs.tabText(1) == CHANGZHI_TITLE
    assert sorted(a.note for a in again.notes.annotations) == ["old", "own"]
    views = window.comparisons.views()
    assert [v.report_ids() for v in views] == [(copy, jincheng)]
    assert window.tabs.indexOf(views[0]) == 2
    qtbot.waitUntil(lambda: views[0].comparison() is not None, timeout=WAIT_MS)
    # It still reads and annotates: a new highlight lands on the copy.
    start = again.readable.report.text.index("国防教育")
    again.view.select_span(start, start + 4)
    again.notes.highlight_selection("yellow")
    assert sorted(a.note for a in again.notes.annotations) == ["", "old", "own"]
