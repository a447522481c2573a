"""GUI fixtures: a sample library built once through core, copied per test; temporary settings;
the Chinese translation; message boxes answered."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from core.resources import resource_path

# Qt's offscreen platform (used by the tests) warns whenever a top-level window's minimum
# size changes, which every QMainWindow does; a real screen does not. Only that message is
# let through: any other Qt warning still fails the run.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Let the offscreen platform's size-hint message through in the GUI tests."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def sample_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library file holding the five samples, imported once through the real importer."""
    from core.library import import_samples_if_new, open_library

    path = tmp_path_factory.mktemp("library") / "samples.sqlite3"
    with open_library(str(path)) as store:
        outcomes = import_samples_if_new(store)
    assert len(outcomes) == 5
    return path


@pytest.fixture
def library_db(sample_library_file: Path, tmp_path: Path) -> str:
    """A private copy of the sample library for one test."""
    target = tmp_path / "library.sqlite3"
    shutil.copyfile(sample_library_file, target)
    return str(target)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a temporary .ini file, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def chinese(qapp: Any) -> Iterator[None]:
    """The app's Chinese translation installed, as on a Chinese system."""
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "reportlens_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(params=["en", "zh"])
def language(request: pytest.FixtureRequest) -> str:
    """A test run once in English and once in Chinese (the translation installed for "zh"),
    at the point of the test's arguments where it is named."""
    if request.param == "zh":
        request.getfixturevalue("chinese")
    return str(request.param)


@pytest.fixture
def store(library_db: str) -> Iterator[Any]:
    """A GUI-side connection to the test's library."""
    from core.library import open_library

    with open_library(library_db) as opened:
        yield opened


@pytest.fixture
def window(qtbot: Any, store: Any, library_db: str, settings: QSettings) -> Iterator[Any]:
    """The main window on the sample library, started (library listed), no tab open, at the
    size it opens at on a desktop's screen (the test screen is 800×600: a window that small
    lets the right-hand panels step aside, which the small-window tests check)."""
    from gui.main_window import FIRST_SIZE, MainWindow
    from gui.workers import LibraryWriter

    writer = LibraryWriter(library_db)
    main = MainWindow(store, writer, settings)
    qtbot.addWidget(main)
    main.resize(FIRST_SIZE)
    main.show()
    main.start()
    yield main
    main.close()  # as the app closes: late results let go before the library closes
    writer.shutdown()


class MessageBoxes:
    """Answers every message box the window shows, keeping its text: a question with its
    action button (``Remove both``), a warning with OK."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.texts.append(box.text())
        action = [
            b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
        ]
        (action[0] if action else box.button(QMessageBox.StandardButton.Ok)).click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def messages(qapp: Any) -> Iterator[MessageBoxes]:
    """Every message box shown during the test answered, its text kept (``texts``)."""
    answering = MessageBoxes()
    yield answering
    answering.stop()
