"""Refresh the Chinese translation after changing user-visible strings in gui/.

Run ``.venv/bin/python resources/i18n/update_translations.py``: it updates
reportlens_zh_CN.ts from every module under gui/ (pyside6-lupdate; new strings come in
unfinished), then compiles reportlens_zh_CN.qm (pyside6-lrelease). Translate the unfinished
entries (Qt Linguist: ``pyside6-linguist``, or by hand) and run it again.

It also compiles qt_gaps_zh_CN.ts, written by hand: the texts of Qt's own dialogs that the
Chinese translation coming with Qt lacks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
TS = HERE / "reportlens_zh_CN.ts"
QM = HERE / "reportlens_zh_CN.qm"
QT_GAPS = HERE / "qt_gaps_zh_CN.ts"


def main() -> int:
    """Update the .ts from the sources, then compile the .qm."""
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "gui").rglob("*.py")
        if p.name not in ("__init__.py", "launcher.py")
    )
    lupdate = [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete"]
    subprocess.run(lupdate, cwd=ROOT, check=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    gaps_qm = QT_GAPS.with_suffix(".qm")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(QT_GAPS), "-qm", str(gaps_qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
