"""Starting the app: QApplication, settings, language, the window, first start (``run_app``)."""

from __future__ import annotations

import os
import sys
from typing import Any, NamedTuple

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from gui.source_scan import skip_known_sources

# Before the window's modules are imported: Qt for Python would read each one's source.
skip_known_sources()

APP_NAME = "ReportLens"
SETTINGS_ENV = "REPORTLENS_SETTINGS"  # an .ini file to use instead of the user's settings


class AppOptions(NamedTuple):
    """What the command line asked of the window."""

    db: str | None = None
    compare: tuple[str, str] | None = None  # ``compare A B --gui``: files or library reports


def parse_options(argv: list[str]) -> AppOptions:
    """Read ``--db PATH`` / ``--db=PATH`` and ``compare A B``; others ignored."""
    db = None
    words: list[str] = []
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--db" and index + 1 < len(argv):
            db = argv[index + 1]
            skip = True
        elif arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        elif not arg.startswith("-"):
            words.append(arg)
    compare = None
    if len(words) >= 3 and words[0] == "compare":
        compare = (words[1], words[2])
    return AppOptions(db=db, compare=compare)


def make_settings() -> QSettings:
    """The user's settings, or the .ini file named by ``$REPORTLENS_SETTINGS`` (tests, trials)."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def chosen_language(settings: QSettings) -> str:
    """The language to show: the one chosen in the settings, else the system's."""
    chosen = str(settings.value("ui/language", "") or "")
    return chosen or QLocale.system().name()


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``language`` (Chinese or English)."""
    translators: list[QTranslator] = []
    if not language.startswith("zh"):
        return translators
    from core.resources import resource_path

    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", "reportlens_zh_CN.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load("qtbase_zh_CN", qt_dir):
        app.installTranslator(qt_own)
        translators.append(qt_own)
    qt_gaps = QTranslator(app)  # what Qt's own translation lacks (its file dialog's "&Look in:")
    if qt_gaps.load(str(resource_path("i18n", "qt_gaps_zh_CN.qm"))):
        app.installTranslator(qt_gaps)
        translators.append(qt_gaps)
    return translators


def open_gui_store(db: str | None) -> Any:
    """The GUI thread's own (reading) connection to the library, created if missing.

    This is ``core.library.open_library`` without importing core.library, whose importer
    and parsers are not needed to show the window and would delay its first paint.
    """
    from core.library_location import library_path, make_library_folder
    from core.store import ReportStore

    path = library_path(db)
    make_library_folder(path)
    return ReportStore.open(path)


def open_or_recover(db: str | None, choose: Any = None) -> Any | None:
    """The GUI's store; a damaged library is moved aside and a backup offered (None: quit).

    Args:
        db: the library file (None: the default).
        choose: how the user is asked about a damaged library (default: a message box).
    """
    import sqlite3

    from core.errors import ReportLensError
    from core.library_location import library_path

    store = None
    try:
        store = open_gui_store(db)
        store.report_count()  # a truncated file opens, and fails at its first read
        return store
    except (ReportLensError, sqlite3.DatabaseError) as error:
        if store is not None:
            store.close()
        failure = error
    # Only a library that failed to open needs these; a normal start does not load them.
    from core.store.backup import looks_damaged
    from gui.library_recovery import recover_damaged_library

    path = library_path(db)
    if not looks_damaged(path):
        # Locked by another program, or out of reach: healthy, so left where it is.
        from core.store.open_failure import open_failure
        from gui.core_messages import translated_message
        from gui.messages import fail

        if isinstance(failure, sqlite3.Error):  # raised by the first read, not by the opening
            message = open_failure(path, failure)
        else:
            message = str(failure)
        fail(None, APP_NAME, translated_message(message))
        return None
    if not recover_damaged_library(path, choose):
        return None
    return open_gui_store(db)


def run_app(argv: list[str]) -> int:
    """Run the desktop app; returns the process exit code.

    Args:
        argv: the command-line arguments after the program name (``--db PATH``;
            ``compare A B --gui``: open on the comparison of A and B, files or library reports).
    """
    options = parse_options(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("ReportLens 政报对读")
    settings = make_settings()
    install_translators(app, chosen_language(settings))

    store = open_or_recover(options.db)
    if store is None:
        return 2
    started = start_window(store, options, settings)
    if started is None:
        return 2
    store, writer, window = started
    try:
        window.start_after_first_paint()
        window.show()
        return app.exec()
    finally:
        writer.shutdown()
        store.close()
        engine = sys.modules.get("core.compare.engine_process")
        if engine is not None:  # started by a comparison: stop its process
            engine.ENGINE.close()


def start_window(
    store: Any, options: AppOptions, settings: QSettings, choose: Any = None
) -> tuple[Any, Any, Any] | None:
    """The window built on ``store`` with its library listed, ready to show: (store, writer,
    window); None when the user chose to quit.

    A library whose header is sound opens, and may show its damage only when the window lists
    its reports: it is then moved aside and a backup offered as for one that failed to open
    (``open_or_recover``), and the window built again on what the user chose.

    Args:
        store: the GUI thread's connection (``open_or_recover``); closed here if it is given up.
        options: what the command line asked of the window.
        settings: the app's settings.
        choose: how the user is asked about a damaged library (default: a message box).
    """
    from core.errors import LibraryReadError
    from core.library_location import library_path
    from core.store.backup import looks_damaged

    path = library_path(options.db)
    try:
        return _window_on(store, options, settings)
    except LibraryReadError:
        if not looks_damaged(path):
            raise
    from gui.library_recovery import recover_damaged_library

    if not recover_damaged_library(path, choose):
        return None
    return _window_on(open_gui_store(options.db), options, settings)


def _window_on(store: Any, options: AppOptions, settings: QSettings) -> tuple[Any, Any, Any]:
    """(store, writer, window): the window built on ``store``; on failure both are closed."""
    from gui.workers import LibraryWriter

    writer = LibraryWriter(options.db)
    try:
        return store, writer, build_window(store, writer, options, settings)
    except BaseException:
        writer.shutdown()
        store.close()
        raise


def build_window(store: Any, writer: Any, options: AppOptions, settings: QSettings) -> Any:
    """The main window on ``store``, its layout restored and its first reports listed."""
    from core.library_location import comparisons_file
    from gui.main_window import MainWindow
    from gui.session import restore_layout

    window = MainWindow(store, writer, settings)
    try:
        window.comparisons.keep_between_runs(comparisons_file())
        restore_layout(window)
        if options.compare is not None:
            window.comparisons.open_at_start(*options.compare, options.db)
        window.list_first_reports()  # cheap: the first paint already shows the library
    except BaseException:
        window.comparisons.stop_all()
        window.deleteLater()
        raise
    return window
