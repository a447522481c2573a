"""Run the app's whole self-test and an HTML import under an audit hook that records networking.

Run as ``python tests/faults/offline_run.py OUT.json HTML_FILE`` from the repository root. It
writes what it saw: the audit events of sockets and URL requests, whether Qt's network module
was loaded, the imported text and how the report opened in a reader tab.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

seen: list[str] = []


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser.")):
        seen.append(f"{event} {args!r}"[:300])


sys.addaudithook(_hook)  # from here on, every Python-level connection attempt is recorded


def _hook_works() -> bool:
    """The hook sees a lookup made on purpose (then forgets it): it would see the app's too."""
    import contextlib
    import socket

    with contextlib.suppress(OSError):
        socket.getaddrinfo("localhost", 9)
    caught = any(event.startswith("socket.getaddrinfo") for event in seen)
    seen.clear()
    return caught


def main() -> int:
    out, html = Path(sys.argv[1]), Path(sys.argv[2])
    hook_works = _hook_works()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.self_test import run_self_test

    self_test = run_self_test([])
    import tempfile

    from PySide6.QtWidgets import QApplication

    from core.importer import import_file
    from core.library import load_report, open_library
    from gui.reader.number_kinds import NumberHighlightState
    from gui.reader.readable_report import load_readable
    from gui.reader.reader_tab import ReaderTab

    app = QApplication.instance() or QApplication([])
    with (
        tempfile.TemporaryDirectory() as folder,
        open_library(str(Path(folder) / "l.sqlite3")) as store,
    ):
        outcome = import_file(store, html)
        assert outcome.report_id is not None, outcome.message
        text = load_report(store, outcome.report_id).text
        tab = ReaderTab(load_readable(store, outcome.report_id), NumberHighlightState())
        tab.resize(900, 700)
        tab.show()
        for _ in range(20):
            app.processEvents()
        shown = tab.view.toPlainText()
        tab.close()
    maps = Path("/proc/self/maps").read_text() if Path("/proc/self/maps").exists() else ""
    out.write_text(
        json.dumps(
            {
                "hook_works": hook_works,
                "self_test": self_test,
                "network_events": seen,
                "qt_network_module": "PySide6.QtNetwork" in sys.modules,
                "qt_network_library": "Qt6Network" in maps or "QtNetwork" in maps,
                "text": text,
                "shown": shown,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
