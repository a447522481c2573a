"""Open the compare window on two sample files (for screenshots): show_compare.py A B."""

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
    if "--next" in argv:
        window.view.comparison_ready.connect(lambda _c: window.view.next_change())  # type: ignore[attr-defined]
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
