"""Last-resort error handling: unexpected errors become a clear dialog and an entry in the log.

A windowed build has no console: ``sys.stdout`` and ``sys.stderr`` are None there, so a stray
``print`` would raise. ``ensure_streams`` sends them to the log instead. ``CrashHandler`` takes
over ``sys.excepthook``, ``threading.excepthook`` and Qt's message handler: the error is written
to ``<data folder>/logs/reportlens.log`` first, then a dialog tells the user what happened and
where the details are, instead of a traceback nobody sees. A problem the user can act on that
reached the hooks (a ``ReportLensError``: a library found damaged or read-only while the app
runs) is no crash: it is logged and shown as its one sentence, in the app's language.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

LOGGER_NAME = "reportlens"
LOG_FILE = "reportlens.log"
FAULT_FILE = "faults.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 2

ShowDialog = Callable[[str, str], None]  # (one-line summary, details)
ShowProblem = Callable[[str], None]  # (core's sentence naming the file and the problem)

_fault_file: TextIO | None = None  # kept open for faulthandler for the process's lifetime


def default_log_dir() -> Path:
    """``logs/`` in the user's data folder (created when the first entry is written)."""
    from core.library_location import data_dir

    return data_dir() / "logs"


def _usable_dir(folder: Path) -> Path:
    """``folder`` if it can be created, else a folder in the temporary directory."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        fallback = Path(tempfile.gettempdir()) / "ReportLens-logs"
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback


def app_logger(log_dir: Path) -> logging.Logger:
    """The app's logger, writing to ``log_dir/reportlens.log`` (rotated at about 1 MB)."""
    logger = logging.getLogger(LOGGER_NAME)
    path = _usable_dir(log_dir) / LOG_FILE
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return logger
    handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


def log_file(logger: logging.Logger) -> Path | None:
    """The file ``logger`` writes to, if any."""
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


class LogStream(io.TextIOBase):
    """A text stream whose complete lines go to a logger (stands in for a missing console)."""

    def __init__(self, logger: logging.Logger, level: int) -> None:
        super().__init__()
        self._logger = logger
        self._level = level
        self._pending = ""

    def writable(self) -> bool:
        """Always: this stream only takes text."""
        return True

    def write(self, text: str) -> int:
        """Log each complete line of ``text``; keep a partial line until it ends."""
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if line.strip():
                self._logger.log(self._level, "%s", line)
        return len(text)

    def flush(self) -> None:
        """Log a partial line still waiting."""
        if self._pending.strip():
            self._logger.log(self._level, "%s", self._pending)
        self._pending = ""


def _attach_parent_console() -> bool:
    """On Windows, write to the console the app was started from, if any (e.g. ``--self-test``)."""
    if sys.platform != "win32":
        return False
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # type: ignore[attr-defined]
        return False
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    return True


def ensure_streams(log_dir: Path | None = None, *, want_console: bool = False) -> None:
    """Give the process usable ``sys.stdout`` and ``sys.stderr`` even without a console.

    Args:
        log_dir: where the log lives (default: ``logs/`` in the user's data folder).
        want_console: on Windows, first try the console of the process that started the app,
            so command-line answers and ``--self-test`` lines are seen there.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    if want_console and _attach_parent_console():
        return
    logger = app_logger(log_dir or default_log_dir())
    if sys.stdout is None:
        sys.stdout = LogStream(logger, logging.INFO)
    if sys.stderr is None:
        sys.stderr = LogStream(logger, logging.WARNING)


def enable_fault_log(log_dir: Path | None = None) -> None:
    """Write a Python traceback to ``faults.log`` if the process dies in native code."""
    global _fault_file
    if _fault_file is not None:
        return
    folder = _usable_dir(log_dir or default_log_dir())
    _fault_file = open(folder / FAULT_FILE, "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_fault_file)


def format_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> tuple[str, str]:
    """A one-line summary of an exception and its full traceback."""
    summary = "".join(traceback.format_exception_only(kind, error)).strip().splitlines()[-1]
    return summary, "".join(traceback.format_exception(kind, error, tb))


class CrashHandler:
    """Logs unexpected errors and shows them in a dialog on the GUI thread.

    Args:
        log_dir: where ``reportlens.log`` goes.
        show_dialog: how to show an error (default: ``show_crash_dialog``, a message box
            with the details folded away); called on the GUI thread only.
        show_problem: how to show a problem the user can act on (default:
            ``show_problem_dialog``); called on the GUI thread only.
    """

    def __init__(
        self,
        log_dir: Path | None = None,
        show_dialog: ShowDialog | None = None,
        show_problem: ShowProblem | None = None,
    ) -> None:
        self.logger = app_logger(log_dir or default_log_dir())
        self._show_dialog = show_dialog
        self._show_problem = show_problem
        self._showing = False
        self._previous: dict[str, Any] = {}
        self._poster: Any = None
        self._problem_poster: Any = None
        self.errors_seen = 0

    @property
    def log_path(self) -> Path | None:
        """The log file errors are written to."""
        return log_file(self.logger)

    def install(self) -> None:
        """Take over the exception hooks and Qt's message handler (on the GUI thread)."""
        from PySide6.QtCore import qInstallMessageHandler

        self._poster = _make_poster(self._show_now)
        self._problem_poster = _make_poster(lambda message, _details: self._tell_now(message))
        self._previous = {
            "excepthook": sys.excepthook,
            "threading": threading.excepthook,
            "qt": qInstallMessageHandler(self.qt_message),
        }
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Give the hooks back to whoever had them before ``install``."""
        if not self._previous:
            return
        from PySide6.QtCore import qInstallMessageHandler

        sys.excepthook = self._previous["excepthook"]
        threading.excepthook = self._previous["threading"]
        qInstallMessageHandler(self._previous["qt"])
        self._previous = {}

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """An exception nobody caught on the GUI thread (e.g. in a slot): log it, tell the user."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous.get("excepthook", sys.__excepthook__)(kind, error, tb)
            return
        if _is_users_problem(error):
            self.tell(str(error))
            return
        summary, details = format_error(kind, error, tb)
        self.report(summary, details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """An exception ending a background thread: logged; the dialog opens on the GUI thread."""
        if args.exc_value is None:
            return
        if _is_users_problem(args.exc_value):
            self.tell(str(args.exc_value))
            return
        summary, details = format_error(args.exc_type, args.exc_value, args.exc_traceback)
        name = args.thread.name if args.thread is not None else "a background thread"
        self.report(f"{summary} (in {name})", details)

    def qt_message(self, mode: Any, context: Any, message: str) -> None:
        """Qt's own messages: warnings are logged; a fatal message is logged and shown."""
        from PySide6.QtCore import QtMsgType

        where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
        if mode == QtMsgType.QtFatalMsg:
            self.logger.critical("Qt fatal: %s%s", message, where)
            self._flush()
            self._show_now("Qt: " + message, message + where)
            return
        level = logging.ERROR if mode == QtMsgType.QtCriticalMsg else logging.WARNING
        if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            level = logging.DEBUG
        self.logger.log(level, "Qt: %s%s", message, where)
        if sys.stderr is not None and level >= logging.WARNING:
            print(f"Qt: {message}", file=sys.stderr)

    def report(self, summary: str, details: str) -> None:
        """Log an unexpected error and show it on the GUI thread (from any thread)."""
        self.errors_seen += 1
        self.logger.error("Unexpected error: %s\n%s", summary, details.rstrip())
        self._flush()
        if self._poster is not None:
            self._poster.post(summary, details)
        else:
            self._show_now(summary, details)

    def tell(self, message: str) -> None:
        """Log a problem the user can act on and show its sentence on the GUI thread."""
        self.logger.warning("Problem told to the user: %s", message)
        self._flush()
        if self._problem_poster is not None:
            self._problem_poster.post(message, "")
        else:
            self._tell_now(message)

    def _tell_now(self, message: str) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            (self._show_problem or show_problem_dialog)(message)
        except Exception:  # the dialog itself failed: the log already has the problem
            self.logger.exception("Could not show the problem")
        finally:
            self._showing = False

    def _flush(self) -> None:
        for handler in self.logger.handlers:
            handler.flush()

    def _show_now(self, summary: str, details: str) -> None:
        # One dialog at a time: an error repeating while it is open (say, in a paint) is
        # logged but does not stack dialogs on top of each other.
        if self._showing:
            return
        self._showing = True
        try:
            if self._show_dialog is not None:
                self._show_dialog(summary, details)
            else:
                show_crash_dialog(summary, details, self.log_path)
        except Exception:  # the dialog itself failed: the log already has the error
            self.logger.exception("Could not show the error dialog")
        finally:
            self._showing = False


def _is_users_problem(error: BaseException) -> bool:
    """Whether ``error`` is a problem the user can act on (one clear sentence), not a bug."""
    from core.errors import ReportLensError

    return isinstance(error, ReportLensError)


def show_problem_dialog(message: str) -> None:
    """A modal warning: core's sentence naming the file and the problem, in the app's language."""
    from gui.core_messages import translated_message
    from gui.messages import warn

    warn(None, "ReportLens", translated_message(message))


def show_crash_dialog(summary: str, details: str, log_path: Path | None) -> None:
    """A modal message box: what failed in one line, where the log is, the traceback folded away.

    "Quit" ends the app with exit code 1; "Continue" lets the user save their work.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    box = QMessageBox(QMessageBox.Icon.Critical, "ReportLens", "")
    box.setObjectName("crashDialog")
    box.setText(QApplication.translate("CrashHandler", "ReportLens met an unexpected problem."))
    where = (
        str(log_path) if log_path is not None else QApplication.translate("CrashHandler", "the log")
    )
    box.setInformativeText(
        summary
        + "\n\n"
        + QApplication.translate(
            "CrashHandler", "The details were written to %1. You can keep working, but save"
        ).replace("%1", where)
        + " "
        + QApplication.translate(
            "CrashHandler", "what matters; if the problem comes back, quit and start again."
        )
    )
    box.setDetailedText(details)
    box.addButton(
        QApplication.translate("CrashHandler", "Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    quit_button = box.addButton(
        QApplication.translate("CrashHandler", "Quit"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.exec()
    if box.clickedButton() is quit_button and app is not None:
        app.exit(1)


def _make_poster(show: ShowDialog) -> Any:
    """A QObject of the GUI thread whose ``post`` may be called from any thread.

    ``deliver`` is a slot of an object living on the GUI thread, so a signal emitted from a
    worker thread is queued there: the dialog always opens on the GUI thread.
    """
    from PySide6.QtCore import QObject, Signal, Slot

    class DialogPoster(QObject):
        posted = Signal(str, str)

        def __init__(self) -> None:
            super().__init__()
            self.posted.connect(self.deliver)

        def post(self, summary: str, details: str) -> None:
            self.posted.emit(summary, details)

        @Slot(str, str)
        def deliver(self, summary: str, details: str) -> None:
            show(summary, details)

    return DialogPoster()
