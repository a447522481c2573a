"""Write the toolbar's icons as PNG files: Qt's Fusion-style icons for opening files, finding in
a report and searching the library, at the sizes a toolbar asks for.

Run from the repository root: ``.venv/bin/python resources/icons/make_icons.py``. The files it
writes are committed; the app only reads them. Asking the style for its icons at start-up
would load QStyle's Python type and its enums, several milliseconds before the first paint.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48)
ICONS = {
    "import": QStyle.StandardPixmap.SP_DialogOpenButton,
    "find": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "search": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


def main() -> int:
    """Write ``<name>-<size>.png`` for each icon and size beside this script."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    style = QStyleFactory.create("Fusion")
    for name, pixmap in ICONS.items():
        icon = style.standardIcon(pixmap)
        for size in SIZES:
            path = HERE / f"{name}-{size}.png"
            if not icon.pixmap(size, size).save(str(path)):
                raise SystemExit(f"could not write {path}")
            print(path.relative_to(HERE.parent.parent))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
