"""Starting the app: first start fills the library, the session comes back, imports stay light."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from core.library import find_report, open_library
from gui.app import parse_options
from gui.main_window import MainWindow
from gui.session import restore_layout
from gui.workers import LibraryWriter

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot: Any, store: Any, db: str, settings: QSettings) -> MainWindow:
    window = MainWindow(store, LibraryWriter(db), settings)
    qtbot.addWidget(window)
    restore_layout(window)
    window.show()
    return window


def _run_app_child(code: str, tmp_path: Path) -> str:
    """Run ``code`` (which starts the app) in a fresh process, offscreen; its output."""
    env = {
        **os.environ,
        "REPORTLENS_SETTINGS": str(tmp_path / "run.ini"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_options() -> None:
    assert parse_options(["--db", "x.sqlite3"]).db == "x.sqlite3"
    assert parse_options(["--db=y.sqlite3"]).db == "y.sqlite3"
    assert parse_options([]).db is None


def test_first_start_fills_the_library_and_opens_the_latest_full_report(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    db = str(tmp_path / "new.sqlite3")
    with open_library(db) as store:
        window = _window(qtbot, store, db, settings)
        with qtbot.waitSignal(window.first_start_done, timeout=300000):
            window.start()
            assert window.import_progress.isVisible()  # the window shows it is working
            assert not window.annotations_built()  # the warm-up waits for the samples
        assert len(store.list_reports()) == 5
        assert window.library_panel.model.rowCount() == 2
        tab = window.current_reader()
        assert tab is not None
        assert tab.report_id == find_report(store, "长治市2024年政府工作报告")
        qtbot.waitUntil(window.annotations_built)  # then it runs, as after any start
        window.close()


def test_a_library_the_user_emptied_stays_empty_until_the_samples_are_asked_for(
    qtbot: Any, library_db: str, settings: QSettings
) -> None:
    with open_library(library_db) as store:
        for summary in store.list_reports():
            store.remove_report(summary.id)
        window = _window(qtbot, store, library_db, settings)
        window.start()
        qtbot.wait(200)  # a fill, had one started, would be under way
        assert not window.import_progress.isVisible()
        assert store.report_count() == 0 and window.current_reader() is None
        assert window.menu_actions.add_samples in window.menuBar().actions()[-1].menu().actions()
        with qtbot.waitSignal(window.first_start_done, timeout=300000):
            window.menu_actions.add_samples.trigger()
        assert store.report_count() == 5
        assert window.library_panel.model.rowCount() == 2
        window.close()


def test_layout_tabs_and_places_come_back(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    first = _window(qtbot, store, library_db, settings)
    first.start()
    first.resize(640, 480)
    jincheng = find_report(store, "晋城市2024年政府工作报告")
    changzhi = find_report(store, "长治市2024年政府工作报告")
    first.open_report(jincheng)
    tab = first.open_report(changzhi)
    assert tab is not None
    part = list(tab.readable.report.outline.walk())[5]
    tab.view.scroll_to_offset(part.start)
    first.numbers_dock.hide()
    offset = tab.current_offset()
    first.close()

    second = _window(qtbot, store, library_db, settings)
    second.start()
    assert second.size().height() == 480  # (the width is held by the docks)
    assert [t.report_id for t in second.reader_tabs()] == [jincheng, changzhi]
    current = second.current_reader()
    assert current is not None and current.report_id == changzhi
    qtbot.waitUntil(lambda: abs(current.current_offset() - offset) < 40, timeout=3000)
    assert not second.numbers_dock.isVisible()
    second.close()


def test_a_scorecard_and_the_kinds_switched_off_come_back(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    first = _window(qtbot, store, library_db, settings)
    first.start()
    changzhi = find_report(store, "长治市2024年政府工作报告")
    tab = first.open_report(changzhi)
    assert tab is not None
    tab.legend.button("commitment").click()  # switched off
    first.open_scorecard("晋城市")
    first.open_scorecard("长治市")  # shown at the end
    first.close()

    second = _window(qtbot, store, library_db, settings)
    second.start()
    keys = [second.tabs.widget(i).tab_key() for i in range(second.tabs.count())]
    assert keys == [f"report:{changzhi}", "scorecard:晋城市", "scorecard:长治市"]
    assert second.tabs.currentWidget().tab_key() == "scorecard:长治市"
    reader = second.reader_tabs()[0]
    assert not reader.legend.button("commitment").isChecked()
    assert reader.legend.button("target").isChecked()
    shown = [n for n in reader.readable.numbers if n.kind.value != "commitment"]
    assert len(shown) < len(reader.readable.numbers)
    highlighted = {p for h in reader.view.layer("numbers") for p in range(h.start, h.end)}
    assert highlighted == {
        p for n in shown for p in range(*reader.offsets.span_to_qt(n.start, n.end))
    }
    second.close()


def test_self_test_run_opens_a_report(library_db: str, tmp_path: Path) -> None:
    settings_file = tmp_path / "run.ini"
    env = {**os.environ, "REPORTLENS_SETTINGS": str(settings_file), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "gui.launcher", "--db", library_db, "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test: ok" in result.stdout
    assert settings_file.exists()  # settings went to the file named, not the user's


def test_gui_app_does_not_import_jieba_before_the_window() -> None:
    code = "import gui.app, gui.main_window, sys; print(sorted(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    modules = result.stdout
    assert "'jieba'" not in modules
    assert "'core.tokens'" not in modules
    assert "jieba" not in result.stderr  # -X importtime lists every import


def test_what_the_first_paint_imports_defines_no_dataclass() -> None:
    # Importing dataclasses and defining a dozen records with it took 8–12 ms of the start:
    # the records the window needs first are named tuples (core.model, core.store.records).
    code = (
        "import gui.app, gui.main_window, gui.session, gui.workers, core.store, "
        "core.library_location, sys; print('dataclasses' in sys.modules, 'core.model' in "
        "sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]


def test_a_normal_start_loads_no_dialog_migration_or_backup_modules() -> None:
    # What the first paint needs, and nothing only a dialog, a migration, a damaged library,
    # an import, a search or the numbers need: each of these cost milliseconds before the
    # window appeared.
    code = (
        "import gui.app, gui.main_window, core.store, sys; "
        "print(sorted(m for m in sys.modules if m.startswith(('core.', 'gui.', 'platformdirs'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = result.stdout
    assert "'core.store'" in loaded  # the check can see what it looks for
    for deferred in (
        "core.compare.records",
        "core.notes.records",
        "core.numbers.statements",
        "core.store.backup",
        "core.store.pair_overrides",
        "core.store.report_rows",
        "core.store.search_index",
        "core.text",
        "platformdirs",
        "gui.importing.summary_dialog",
        "gui.library.meta_dialog",
        "gui.library_recovery",
    ):
        assert f"'{deferred}'" not in loaded, deferred


def test_the_window_appears_without_qt_types_only_errors_and_styles_need(
    library_db: str, tmp_path: Path
) -> None:
    # QMessageBox and QStyle each take milliseconds to load as Python types: messages load
    # the first when shown (gui/messages.py), and the toolbar's icons are files, not the
    # style's. Panels built after the first paint may load them.
    code = (
        "import sys\n"
        "from PySide6 import QtWidgets\n"
        "from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "from gui.app import run_app\n"
        "app = QtWidgets.QApplication(sys.argv[:1])\n"
        "import gui.main_window\n"
        "class AtFirstPaint(QObject):\n"
        "    def eventFilter(self, obj, event):\n"
        "        if event.type() == QEvent.Type.Paint:\n"
        "            obj.removeEventFilter(self)\n"
        "            loaded = [n for n in ('QMessageBox', 'QStyle') if n in vars(QtWidgets)]\n"
        "            print(sorted(loaded), flush=True)\n"
        "            QTimer.singleShot(0, app.quit)\n"
        "        return False\n"
        "spy = AtFirstPaint()\n"
        "# Only the main window is watched: a filter on the application would itself make\n"
        "# Python types of every object it sees.\n"
        "built = gui.main_window.MainWindow.__init__\n"
        "def watched(self, *args, **kwargs):\n"
        "    built(self, *args, **kwargs)\n"
        "    self.installEventFilter(spy)\n"
        "gui.main_window.MainWindow.__init__ = watched\n"
        f"run_app(['--db', {library_db!r}])\n"
    )
    assert _run_app_child(code, tmp_path).splitlines()[0] == "[]"


def test_the_toolbar_icons_are_drawn_in_every_size(qapp: Any) -> None:
    from gui.window_actions import toolbar_icon

    for name in ("import", "find", "search"):
        sizes = {(s.width(), s.height()) for s in toolbar_icon(name).availableSizes()}
        assert {(16, 16), (32, 32)} <= sizes, name
    try:
        toolbar_icon("no such icon")
    except FileNotFoundError as error:
        assert "no such icon" in str(error)
    else:
        raise AssertionError("a missing icon must fail")


def test_the_first_report_opened_after_the_idle_warm_up_makes_no_new_qt_types(
    library_db: str, tmp_path: Path
) -> None:
    # Qt for Python makes each Qt class's Python type, with its enums, when first met. The
    # window meets the reader's (text formats, scroll bars, viewport) while idle after the
    # first paint, so opening the first report makes none: counted by the enums created.
    code = (
        "import enum, sys\n"
        "from PySide6 import QtWidgets\n"
        "from PySide6.QtCore import QTimer\n"
        "import gui.main_window\n"
        "from gui.app import run_app\n"
        "app = QtWidgets.QApplication(sys.argv[:1])\n"
        "windows = []\n"
        "built = gui.main_window.MainWindow.__init__\n"
        "def watched(self, *args, **kwargs):\n"
        "    built(self, *args, **kwargs)\n"
        "    windows.append(self)\n"
        "gui.main_window.MainWindow.__init__ = watched\n"
        "create = enum.EnumType.__dict__['_create_']\n"
        "made = []\n"
        "def counting(cls, name, *args, **kwargs):\n"
        "    made.append(name)\n"
        "    return create(cls, name, *args, **kwargs)\n"
        "def open_one():\n"
        "    window = windows[0]\n"
        "    largest = max(window.library_panel.model.summaries(), key=lambda s: s.char_count)\n"
        "    enum.EnumType._create_ = counting\n"
        "    window.open_report(largest.id)\n"
        "    app.processEvents()\n"
        "    enum.EnumType._create_ = create\n"
        "    print(window.current_reader() is not None, made, flush=True)\n"
        "    window.close()\n"
        "    app.quit()\n"
        "QTimer.singleShot(2000, open_one)\n"
        f"run_app(['--db', {library_db!r}])\n"
    )
    assert _run_app_child(code, tmp_path).splitlines()[-1] == "True []"


def test_toolbar_buttons_show_no_mnemonics_in_either_language() -> None:
    from gui.window_actions import button_text

    assert button_text("&Import reports…") == "Import reports"
    assert button_text("Zoom &in") == "Zoom in"
    assert button_text("导入报告(&I)…") == "导入报告"
    assert button_text("放大（&I）") == "放大"
    assert button_text("R&&D") == "R&D"
