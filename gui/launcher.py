"""Entry point of the ``reportlens`` command: the app with no arguments, else the command line.

Qt is imported only when a window is wanted, so subcommands run without a display and
start quickly. Before the window starts, unexpected errors are routed to a dialog and the
log (gui/crash_handler.py), and a windowed build without a console gets usable streams
(gui/app_log.py).
"""

from __future__ import annotations

import sys
from typing import Any

SELF_TEST_FLAG = "--self-test"
# Hidden: print the time of the main window's first paint as ``first-paint <epoch seconds>``
# and quit. benchmarks/bench_package.py times the frozen and the source app with it.
FIRST_PAINT_FLAG = "--exit-at-first-paint"
GUI_FLAGS = {SELF_TEST_FLAG, "--gui", FIRST_PAINT_FLAG}


def wants_gui(argv: list[str]) -> bool:
    """Whether the arguments ask for a window rather than a command-line answer."""
    return (
        not argv or (argv[0].startswith("--db") and len(argv) <= 2) or bool(GUI_FLAGS & set(argv))
    )


def make_application(argv: list[str]) -> Any:
    """The QApplication of the process (created once), with the app's name and icon."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from core.resources import resource_path

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("ReportLens")
    app.setOrganizationName("ReportLens")
    icon = resource_path("app", "reportlens.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def exit_at_first_paint(app: Any) -> Any:
    """Print ``first-paint <time.time()>`` when the main window first paints, then quit.

    Returns the event filter (keep a reference while the app runs).
    """
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                print(f"first-paint {time.time():.6f}", flush=True)
                app.removeEventFilter(self)
                QTimer.singleShot(0, lambda: watched.close() and app.quit())
            return False

    spy = FirstPaint(app)
    app.installEventFilter(spy)
    return spy


def run_window(args: list[str]) -> int:
    """Start the desktop app with a crash handler; ``--exit-at-first-paint`` is honoured.

    An error while the app starts is shown and logged like any other, and exits with 1.
    """
    from gui.app_log import enable_fault_log
    from gui.crash_handler import CrashHandler

    app = make_application(args)
    handler = CrashHandler()
    handler.install()
    enable_fault_log()
    spy = exit_at_first_paint(app) if FIRST_PAINT_FLAG in args else None
    from gui.app import run_app

    try:
        return run_app([arg for arg in args if arg != FIRST_PAINT_FLAG])
    except Exception as error:
        handler.excepthook(type(error), error, error.__traceback__)
        return 1
    finally:
        del spy
        handler.uninstall()


def main(argv: list[str] | None = None) -> int:
    """Run ReportLens with ``argv`` (default: the process arguments)."""
    if getattr(sys, "frozen", False):
        # An import's worker processes are this program started again: run the worker here.
        import multiprocessing

        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else argv
    gui = wants_gui(args)
    if sys.stdout is None or sys.stderr is None:  # a windowed build has no console
        from gui.app_log import ensure_streams

        ensure_streams(want_console=not gui or SELF_TEST_FLAG in args)
    if not gui:
        from core.cli import main as cli_main

        return cli_main(args)
    if SELF_TEST_FLAG in args:
        from gui.self_test import run_self_test

        return run_self_test(args)
    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())
