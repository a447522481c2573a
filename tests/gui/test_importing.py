"""Importing: background work with progress, cancel, and a summary of every file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

from gui.importing.summary_dialog import ImportSummaryDialog


def _folder(tmp_path: Path, samples: dict[str, Path]) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    text = samples["cz2024"].read_text(encoding="utf-8")
    # A new report (a changed copy), a duplicate (the sample as it is), a file that is no report.
    (folder / "a-new.txt").write_text(
        text.replace("长治", "𠮷治", 3) + "\n补记。\n", encoding="utf-8"
    )
    (folder / "b-duplicate.txt").write_text(text, encoding="utf-8")
    (folder / "c-shopping.txt").write_text("买菜：白菜两棵，豆腐一块。\n", encoding="utf-8")
    return folder


def test_import_reports_each_outcome(
    window: Any, store: Any, tmp_path: Path, samples: dict[str, Path], qtbot: Any
) -> None:
    folder = _folder(tmp_path, samples)
    controller = window.importer
    with qtbot.waitSignal(controller.finished, timeout=60000) as blocker:
        assert controller.start([folder])
        assert window.import_progress.isVisible()
        assert not controller.start([folder])  # one import at a time
    outcomes = blocker.args[0]
    statuses = {o.path.name: o.status.value for o in outcomes}
    assert statuses == {
        "a-new.txt": "imported",
        "b-duplicate.txt": "duplicate",
        "c-shopping.txt": "failed",
    }
    assert not window.import_progress.isVisible()
    dialog = window.findChild(ImportSummaryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.counts == {"imported": 1, "duplicate": 1, "failed": 1}
    # The duplicate names the report it is a copy of.
    duplicate = next(o for o in outcomes if o.status.value == "duplicate")
    held = store.report(duplicate.report_id).meta.title
    rows = [
        dialog.tree.topLevelItem(g).child(r)
        for g in range(dialog.tree.topLevelItemCount())
        for r in range(dialog.tree.topLevelItem(g).childCount())
    ]
    shown = next(row.text(1) for row in rows if row.text(0) == "b-duplicate.txt")
    assert shown == f"already in the library as “{held}”, nothing changed"
    failed = next(o for o in outcomes if o.status.value == "failed")
    assert failed.message
    assert len(store.list_reports()) == 6
    qtbot.waitUntil(lambda: window.current_reader() is not None, timeout=5000)
    assert "𠮷治" in window.current_reader().readable.report.text


def test_cancel_stops_after_the_current_file(
    window: Any, tmp_path: Path, samples: dict[str, Path], qtbot: Any
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    base = samples["jc2024"].read_text(encoding="utf-8")
    for i in range(6):
        (folder / f"r{i}.txt").write_text(base + f"\n附{i}。\n", encoding="utf-8")
    controller = window.importer
    controller.show_summary = False
    with qtbot.waitSignal(controller.finished, timeout=120000) as blocker:
        controller.start([folder])
        controller.cancel()
        assert window.import_progress.cancel_button.isEnabled() is False
    assert len(blocker.args[0]) < 6


def test_dropping_files_imports_them(
    window: Any, tmp_path: Path, samples: dict[str, Path], qtbot: Any
) -> None:
    folder = _folder(tmp_path, samples)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder / "c-shopping.txt"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as blocker:
        window.dropEvent(event)
    assert [o.status.value for o in blocker.args[0]] == ["failed"]


def test_summary_dialog_lists_files_by_result(qtbot: Any, tmp_path: Path) -> None:
    from core.importer import ImportOutcome, ImportStatus

    outcomes = [
        ImportOutcome(tmp_path / "a.txt", ImportStatus.IMPORTED, None, "甲"),
        ImportOutcome(
            tmp_path / "b.pdf", ImportStatus.FAILED, message="b.pdf: this PDF has no text layer"
        ),
    ]
    dialog = ImportSummaryDialog(outcomes, cancelled=True)
    qtbot.addWidget(dialog)
    assert dialog.counts == {"imported": 1, "duplicate": 0, "failed": 1}
    failed_group = dialog.tree.topLevelItem(1)
    assert failed_group.child(0).text(0) == "b.pdf"
    assert failed_group.child(0).text(1) == "this PDF has no text layer"
    assert failed_group.child(0).toolTip(1) == "this PDF has no text layer"  # whole, if cut


def test_a_folders_old_word_and_wps_files_are_named_in_the_summary(
    window: Any, tmp_path: Path, samples: dict[str, Path], qtbot: Any
) -> None:
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    (folder / "sub" / "report.wps").write_bytes(b"x")
    (folder / "c-shopping.txt").write_text("买菜：白菜两棵，豆腐一块。\n", encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        assert window.importer.start([folder])
    dialog = window.findChild(ImportSummaryDialog)
    assert dialog is not None and dialog.counts == {"imported": 0, "duplicate": 0, "failed": 3}
    failed = dialog.tree.topLevelItem(0)
    rows = {failed.child(i).text(0): failed.child(i) for i in range(failed.childCount())}
    assert set(rows) == {"old.doc", "report.wps", "c-shopping.txt"}
    assert rows["old.doc"].text(1) == (
        "this is an old Word (.doc) file; open it in Word and save it as .docx"
    )
    assert rows["report.wps"].text(1) == "this is a WPS file; save it as .docx or .txt"
    assert rows["report.wps"].toolTip(0) == str(folder / "sub" / "report.wps")


def test_an_edited_copy_is_listed_apart_and_the_summary_says_whose_edition_it_is(
    window: Any, tmp_path: Path, samples: dict[str, Path], qtbot: Any, chinese: None
) -> None:
    text = samples["cz2024"].read_text(encoding="utf-8")
    edited = tmp_path / "changzhi-2024-report-v2.txt"
    edited.write_text(text.replace("国防动员", "国防教育", 1), encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        assert window.importer.start([edited])
    dialog = window.findChild(ImportSummaryDialog)
    assert dialog is not None and dialog.counts == {"imported": 1, "duplicate": 0, "failed": 0}
    row = dialog.tree.topLevelItem(0).child(0)
    listed = "长治市2024年政府工作报告（changzhi-2024-report-v2）"
    assert row.text(1) == (
        "此文件读来是“长治市2024年政府工作报告”（changzhi-2024-report.txt）的另一版本；"
        f"本文件列为“{listed}”"
    )

    def titles() -> list[str]:
        return [s.meta.title for s in window.library_panel.model.summaries()]

    qtbot.waitUntil(lambda: listed in titles(), timeout=5000)
    assert titles().count("长治市2024年政府工作报告") == 1


def test_the_summary_says_when_a_files_line_breaks_were_restored(
    window: Any, tmp_path: Path, samples: dict[str, Path], qtbot: Any
) -> None:
    run_on = tmp_path / "jincheng-copied.txt"
    run_on.write_text(samples["jc2024"].read_text(encoding="utf-8").replace("\n", ""), "utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=60000) as blocker:
        assert window.importer.start([run_on])
    (outcome,) = blocker.args[0]
    assert outcome.status.value == "imported" and outcome.breaks_restored
    dialog = window.findChild(ImportSummaryDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QLabel, "importSummaryText").text()
    assert text.endswith(
        "1 of them had almost no line breaks: ReportLens restored them where it judged the "
        "headings and paragraphs to start."
    )
    # The library holds the sample it was copied from: the row says that too.
    row = dialog.tree.topLevelItem(0).child(0)
    assert row.text(1).startswith("(line breaks restored) this reads as another edition of ")
    # The reader shows the restored text, its parts on lines of their own.
    qtbot.waitUntil(lambda: window.current_reader() is not None, timeout=5000)
    assert "\n\n二、2024年工作安排\n\n" in window.current_reader().readable.report.text
