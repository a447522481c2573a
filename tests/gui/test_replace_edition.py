"""Replacing a report with a corrected edition from the library's menu: notes follow it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.library import open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.store.annotations import annotations_of

WAIT_MS = 60_000


def _close_message_boxes(seen: list[str]) -> None:
    """Answer the information box the window shows, as a user would (OK)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.accept()
    else:
        QTimer.singleShot(50, lambda: _close_message_boxes(seen))


def _answer_question(seen: list[str], button: str) -> None:
    """Answer the question the window asks by the button named ``button``, as a user would
    (a box without that button is only closed)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        chosen = next((b for b in box.buttons() if b.text() == button), None)
        if chosen is None:
            box.accept()
        else:
            chosen.click()
    else:
        QTimer.singleShot(50, lambda: _answer_question(seen, button))


def _another_citys_report(samples: dict[str, Path], tmp_path: Path) -> Path:
    """晋城's report, not yet in the library (a word changed), chosen for 长治's by a slip."""
    text = samples["jc2024"].read_text(encoding="utf-8")
    assert "城镇新增就业" in text
    other = tmp_path / "jincheng-2024-draft.txt"
    other.write_text(text.replace("城镇新增就业", "城镇新增就业岗位", 1), encoding="utf-8")
    return other


def test_another_citys_report_is_replaced_once_the_user_says_replace_anyway(
    window: Any, qtbot: Any, library_db: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    other = _another_citys_report(samples, tmp_path)
    with open_library(library_db) as store:
        start = store.report(ReportId(1)).text.index("城镇新增就业")
        annotate(store, ReportId(1), start, start + 6, "yellow", note="kept")
    window.open_report(ReportId(1))
    seen: list[str] = []
    QTimer.singleShot(50, lambda: _answer_question(seen, "Replace anyway"))
    window.library_panel.replace_requested.emit(1, str(other))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen == [
        "jincheng-2024-draft.txt reads as a report of 晋城市, 2024, not as an edition of "
        "“长治市2024年政府工作报告” (长治市, 2024).\n\nReplace anyway? “长治市2024年政府工作报告” "
        "is removed from the library and its annotations move to the new file."
    ]
    qtbot.waitUntil(
        lambda: window.library_panel.model.summary(ReportId(1)) is None, timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: window.current_reader() is not None, timeout=WAIT_MS)
    new = window.current_reader().report_id
    assert new != ReportId(1) and window.tab_index("report:1") == -1
    with open_library(library_db, read_only=True) as store:
        assert store.report(new).source_name == other.name
        assert [a.note for a in annotations_of(store).for_report(new)] == ["kept"]


def test_another_citys_report_replaces_nothing_when_the_user_cancels(
    window: Any, qtbot: Any, library_db: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    other = _another_citys_report(samples, tmp_path)
    reports = len(window.library_panel.model.summaries())
    seen: list[str] = []
    QTimer.singleShot(50, lambda: _answer_question(seen, "Cancel"))
    window.library_panel.replace_requested.emit(1, str(other))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert "Replace anyway?" in seen[0]
    # Any job the window asked for after the answer runs before this one, in order.
    done: list[int] = []
    window.writer.worker.changed.connect(lambda: done.append(1))
    window.writer.update_meta(ReportId(2), window.store.report(ReportId(2)).meta)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert window.library_panel.model.summary(ReportId(1)) is not None
    assert len(window.library_panel.model.summaries()) == reports
    with open_library(library_db, read_only=True) as store:
        assert other.name not in [s.source_name for s in store.list_reports()]


def test_the_corrected_edition_takes_the_old_ones_place_and_orphans_are_listed(
    window: Any, qtbot: Any, library_db: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    text = samples["cz2024"].read_text(encoding="utf-8")
    corrected = tmp_path / "changzhi-2024-report-corrected.txt"
    assert "国防动员" in text and "工作回顾" in text
    corrected.write_text(
        text.replace("国防动员", "国防教育").replace("2023年工作回顾", "过去一年"),
        encoding="utf-8",
    )
    with open_library(library_db) as other:
        for quote in ("城镇新增就业", "2023年工作回顾"):
            start = other.report(ReportId(1)).text.index(quote)
            annotate(other, ReportId(1), start, start + len(quote), "yellow", note=quote)
    window.open_report(ReportId(1))
    menu = window.library_panel.build_menu(
        window.library_panel.proxy.mapFromSource(window.library_panel.model.index_of(ReportId(1)))
    )
    assert "Replace with a corrected edition…" in [a.text() for a in menu.actions()]
    seen: list[str] = []
    QTimer.singleShot(50, lambda: _close_message_boxes(seen))
    window.library_panel.replace_requested.emit(1, str(corrected))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    new = window.current_reader().report_id  # shown where the old edition was
    assert new != ReportId(1)
    assert window.tab_index("report:1") == -1
    assert window.library_panel.model.summary(ReportId(1)) is None
    assert window.library_panel.model.summary(new) is not None
    assert "1 annotation did not find its passage" in seen[0]
    assert window.annotations_panel.needs_placing.isChecked()
    assert "changzhi-2024-report-corrected.txt replaced" in window.statusBar().currentMessage()
    with open_library(library_db, read_only=True) as other:
        notes = annotations_of(other).for_report(new)
    assert sorted(a.note for a in notes) == ["2023年工作回顾", "城镇新增就业"]
    assert [a.note for a in notes if a.is_orphaned] == ["2023年工作回顾"]


def test_another_citys_report_already_in_the_library_replaces_nothing_and_says_so(
    window: Any, qtbot: Any, samples: dict[str, Path]
) -> None:
    # Not asked whether to replace anyway: that report is one of its own, not a new file.
    seen: list[str] = []
    QTimer.singleShot(50, lambda: _close_message_boxes(seen))
    window.library_panel.replace_requested.emit(1, str(samples["jc2024"]))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen == [
        "jincheng-2024-report.txt: this text is already in the library as "
        "“晋城市2024年政府工作报告”; nothing was replaced"
    ]
    assert window.library_panel.model.summary(ReportId(1)) is not None


def test_one_annotation_that_followed_the_new_edition_is_counted_in_the_singular(
    window: Any, qtbot: Any, library_db: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    text = samples["cz2024"].read_text(encoding="utf-8")
    corrected = tmp_path / "changzhi-2024-report-corrected.txt"
    corrected.write_text(text.replace("国防动员", "国防教育"), encoding="utf-8")
    with open_library(library_db) as other:
        start = other.report(ReportId(1)).text.index("城镇新增就业")
        annotate(other, ReportId(1), start, start + 6, "yellow", note="kept")
    window.library_panel.replace_requested.emit(1, str(corrected))
    qtbot.waitUntil(
        lambda: window.library_panel.model.summary(ReportId(1)) is None, timeout=WAIT_MS
    )
    assert window.statusBar().currentMessage() == (
        "changzhi-2024-report-corrected.txt replaced “长治市2024年政府工作报告”: 1 annotation, "
        "1 in place, 0 on changed passages, 0 to place by hand"
    )
