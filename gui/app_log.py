"""The app's log file, and the streams that stand in for a missing console.

Everything the app logs goes to ``<data folder>/logs/reportlens.log`` (rotated at about 1 MB),
or to a folder in the temporary directory when that one cannot be made. A windowed build has
no console: ``sys.stdout`` and ``sys.stderr`` are None there, so a stray ``print`` would raise;
``ensure_streams`` sends them to the log instead. ``enable_fault_log`` keeps a traceback of a
death in native code in ``faults.log`` beside it.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import sys
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

LOGGER_NAME = "reportlens"
LOG_FILE = "reportlens.log"
FAULT_FILE = "faults.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 2

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
