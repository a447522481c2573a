"""The import dialogs open in the folder last imported from, across restarts; the first time,
in the documents folder (or home), never in the process's working directory."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.main_window import MainWindow
from gui.workers import LibraryWriter


def _answer_file_dialog(seen: list[str], choose: Callable[[QFileDialog], None]) -> None:
    """When the file dialog shows (Qt's own: the offscreen platform has no native one), keep
    the folder it opened in, then ``choose`` in it."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.directory().absolutePath())
        choose(dialog)

    QTimer.singleShot(0, answer)


def _pick(path: Path) -> Callable[[QFileDialog], None]:
    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return choose


def _pick_folder(folder: Path) -> Callable[[QFileDialog], None]:
    def choose(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(folder))
        dialog.accept()

    return choose


def _cancel(dialog: QFileDialog) -> None:
    dialog.reject()


def _documents_or_home() -> str:
    kind = QStandardPaths.StandardLocation.DocumentsLocation
    documents = QStandardPaths.writableLocation(kind)
    folder = documents if documents and Path(documents).is_dir() else QDir.homePath()
    return QDir(folder).absolutePath()


def test_the_import_dialog_opens_where_the_user_last_imported_from_even_after_a_restart(
    window: Any,
    qtbot: Any,
    store: Any,
    library_db: str,
    tmp_path: Path,
    samples: dict[str, Path],
) -> None:
    mine = tmp_path / "我的报告"
    mine.mkdir()
    report = mine / "长治.txt"
    shutil.copyfile(samples["cz2024"], report)
    importer = window.importer
    importer.show_summary = False
    seen: list[str] = []

    _answer_file_dialog(seen, _cancel)
    importer.choose_and_import()  # first time: the documents folder, not the working one
    assert seen[-1] == _documents_or_home() != QDir(os.getcwd()).absolutePath()

    _answer_file_dialog(seen, _pick(report))
    with qtbot.waitSignal(importer.finished, timeout=60000):
        importer.choose_and_import()
    _answer_file_dialog(seen, _cancel)
    importer.choose_folder_and_import()
    assert seen[-1] == str(mine)
    window.close()

    # A restart: the settings read again from their file.
    settings = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    again = MainWindow(store, LibraryWriter(library_db), settings)
    qtbot.addWidget(again)
    _answer_file_dialog(seen, _cancel)
    again.importer.choose_and_import()
    assert seen[-1] == str(mine)
    again.close()


def test_a_folder_imported_is_where_the_next_import_dialog_opens(
    window: Any, qtbot: Any, tmp_path: Path, samples: dict[str, Path]
) -> None:
    folder = tmp_path / "年度报告"
    folder.mkdir()
    shutil.copyfile(samples["jc2024"], folder / "晋城.txt")
    importer = window.importer
    importer.show_summary = False
    seen: list[str] = []
    _answer_file_dialog(seen, _pick_folder(folder))
    with qtbot.waitSignal(importer.finished, timeout=60000):
        importer.choose_folder_and_import()
    _answer_file_dialog(seen, _cancel)
    importer.choose_and_import()
    assert seen[-1] == str(folder)


def test_a_folder_since_removed_is_not_offered(
    window: Any, tmp_path: Path, samples: dict[str, Path]
) -> None:
    gone = tmp_path / "U盘"
    gone.mkdir()
    window.importer.folder.remember(gone)
    gone.rmdir()
    seen: list[str] = []
    _answer_file_dialog(seen, _cancel)
    window.importer.choose_and_import()
    assert seen[-1] == _documents_or_home()


def test_a_corrected_edition_is_looked_for_where_the_user_last_imported_from(
    window: Any, store: Any, tmp_path: Path
) -> None:
    window.importer.folder.remember(tmp_path)
    report_id = store.list_reports()[0].id
    seen: list[str] = []
    _answer_file_dialog(seen, _cancel)
    window.library_panel.choose_edition(report_id)
    assert seen == [str(tmp_path)]
