"""``reportlens --self-test``: the whole app, end to end, on a temporary library (exit 0: works).

Run from source or in the frozen app, with or without a display (offscreen unless ``--show``
is given). It never touches the user's library or settings: the library, the settings file
(unless ``$REPORTLENS_SETTINGS`` names a trial one) and the exported files live in a
temporary folder removed at the end. The app speaks the language it would show the user (the
settings' choice, else the system's), so an export is checked in the words a user gets. One
line per check: ``ok`` or ``FAIL`` with the reason,
then ``self-test: ok`` or ``self-test: FAILED (names)``.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from gui.self_test.check_list import run_checks
from gui.self_test.state import SelfTestState

SHOW_FLAG = "--show"


def _isolate(folder: Path, argv: list[str]) -> None:
    """Point the settings, the library and (without ``--show``) Qt's display at test places.

    A settings file named by ``$REPORTLENS_SETTINGS`` is kept: it is a trial's, never the user's.
    """
    os.environ.setdefault("REPORTLENS_SETTINGS", str(folder / "settings.ini"))
    os.environ["REPORTLENS_DB"] = str(folder / "library.sqlite3")
    if SHOW_FLAG not in argv:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_self_test(argv: list[str]) -> int:
    """Run the self-test; 0 when every check passed (``self-test: ok``), else 1 naming failures.

    Args:
        argv: the command-line arguments; ``--show`` uses the real display instead of an
            offscreen one. ``--db`` is ignored: the test always uses a temporary library.
    """

    def out(line: str) -> None:
        print(line, flush=True)

    with tempfile.TemporaryDirectory(prefix="reportlens-self-test-") as name:
        folder = Path(name)
        _isolate(folder, argv)
        from gui.crash_handler import CrashHandler
        from gui.launcher import make_application

        app = make_application([arg for arg in argv if arg != SHOW_FLAG])
        # In the language the app would show, as the app starts: the checks see what a user sees.
        from gui.app import chosen_language, install_translators, make_settings

        install_translators(app, chosen_language(make_settings()))
        state = SelfTestState(folder)
        # Unexpected errors (a slot raising, a worker thread dying) fail the test instead of
        # opening a dialog nobody will close.
        handler = CrashHandler(
            folder / "logs", show_dialog=lambda s, _d: state.unexpected.append(s)
        )
        handler.install()
        started = time.perf_counter()
        try:
            results = run_checks(state, out)
        finally:
            handler.uninstall()
        failed = [r.name for r in results if r.status == "FAIL"]
        total = time.perf_counter() - started
        if failed:
            out(f"self-test: FAILED ({', '.join(failed)}) in {total:.1f} s")
            return 1
        out(f"self-test: ok, {len(results)} checks passed in {total:.1f} s")
        return 0
