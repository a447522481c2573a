"""Last-resort error handling: unexpected errors become a clear dialog and an entry in the log.

``CrashHandler`` takes over ``sys.excepthook``, ``threading.excepthook`` and Qt's message
handler: the error is written to the app's log (``gui.app_log``,
``<data folder>/logs/reportlens.log``) first, then a dialog tells the user what happened and
where the details are, instead of a traceback nobody sees. A problem the user can act on that
reached the hooks (a ``ReportLensError``: a library found damaged or read-only while the app
runs) is no crash: it is logged and shown as its one sentence, in the app's language.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from gui.app_log import app_logger, default_log_dir, log_file

ShowDialog = Callable[[str, str], None]  # (one-line summary, details)
ShowProblem = Callable[[str], None]  # (core's sentence naming the file and the problem)


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
