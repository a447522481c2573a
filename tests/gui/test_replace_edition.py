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
    assert "1 annotations did not find their passage" in seen[0]
    assert window.annotations_panel.needs_placing.isChecked()
    assert "changzhi-2024-report-corrected.txt replaced" in window.statusBar().currentMessage()
    with open_library(library_db, read_only=True) as other:
        notes = annotations_of(other).for_report(new)
    assert sorted(a.note for a in notes) == ["2023年工作回顾", "城镇新增就业"]
    assert [a.note for a in notes if a.is_orphaned] == ["2023年工作回顾"]


def test_a_file_already_in_the_library_replaces_nothing_and_says_so(
    window: Any, qtbot: Any, samples: dict[str, Path]
) -> None:
    seen: list[str] = []
    QTimer.singleShot(50, lambda: _close_message_boxes(seen))
    window.library_panel.replace_requested.emit(1, str(samples["cz2024np"]))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert "already in the library" in seen[0]
    assert window.library_panel.model.summary(ReportId(1)) is not None
