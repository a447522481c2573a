"""Run a module of the app under an audit hook that records every attempt to reach a network.

Run as ``python tests/faults/offline_audit.py REPORT.json MODULE [ARGS...]`` from the
repository root: it installs the hook before anything of the app is imported, runs ``MODULE``
as ``python -m MODULE ARGS`` would, and writes to ``REPORT.json`` the network events seen
(socket connections and name look-ups, URL requests, HTTP connections, browsers opened), the
module's exit code, and whether Qt's network module was loaded (Qt's own sockets are below
Python's audit hooks, so the app must not even load it). It exits 3 when any event was seen.
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
        "socket.sendto",
        "socket.sendmsg",
        "urllib.Request",
        "http.client.connect",
        "http.client.send",
        "ftplib.connect",
        "smtplib.connect",
        "webbrowser.open",
    }
)
seen: list[str] = []


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event in NETWORK_EVENTS:
        seen.append(f"{event} {args!r}"[:300])


def main() -> int:
    """Run the module named on the command line and report what it tried."""
    report, module, *args = sys.argv[1:]
    sys.addaudithook(_hook)  # before the app is imported: nothing escapes it
    sys.argv = [module, *args]
    code: object = 0
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as done:
        code = done.code
    Path(report).write_text(
        json.dumps(
            {
                "events": seen,
                "exit_code": 0 if code is None else code if isinstance(code, int) else 1,
                "qt_network": "PySide6.QtNetwork" in sys.modules,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return 3 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
