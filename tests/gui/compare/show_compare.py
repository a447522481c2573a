"""Open the compare window on two files (for screenshots): show_compare.py A B [--change N]."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core.library import load_file
from gui.compare.compare_window import open_compare_window


def main(argv: list[str]) -> int:
    """Compare the files named by ``argv[1]`` (older) and ``argv[2]`` (newer)."""
    app = QApplication(argv[:1])
    left, right = load_file(Path(argv[1])), load_file(Path(argv[2]))
    window = open_compare_window(left, right)
    view = window.view  # type: ignore[attr-defined]
    if "--change" in argv:
        wanted = int(argv[argv.index("--change") + 1])
        view.comparison_ready.connect(lambda _c: view.go_to_change(wanted))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
