"""Make the libraries of each earlier schema version kept as fixtures (run from the repo root).

    .venv/bin/python tests/data/libraries/make_libraries.py

Each later migration only adds tables or columns, so a library of version N is the latest
library with the tables and columns of later migrations dropped and ``user_version`` set to N.
Each holds two sample reports; from version 2 on, annotations with notes and tags. Made once,
kept as files: a future migration must upgrade these very files without losing a report or an
annotation. The kept v3 and v4 files hold numbers of the first extractor (v4 was made by the
ReportLens of schema 4 itself, v5 by that of schema 5); made again by this script, they would
hold the current one's. Name versions to make only those (``make_libraries.py 5``).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from core.importer import import_file  # noqa: E402
from core.library import open_library, sample_catalog  # noqa: E402
from core.model import ReportId  # noqa: E402
from core.notes.library_notes import annotate  # noqa: E402

# Tables each migration added, by the version it brought.
ADDED = {
    2: ["annotation_tags", "annotations", "palette"],
    3: ["report_numbers"],
    4: ["pair_overrides"],
}
# Columns each migration added to an earlier table, by the version it brought.
ADDED_COLUMNS = {
    5: [("report_numbers", "extractor")],
    6: [("report_numbers", "scored")],
}
KEPT = (1, 2, 3, 4, 5)
SAMPLES = ("changzhi-2024-report.txt", "changzhi-2024-newspaper.txt")
NOTES = (
    ("新质生产力", "red", "新提法", ["科技", "产业"]),
    ("城镇新增就业", "yellow", "", ["就业"]),
)


def make_latest(path: Path) -> None:
    """The latest library with the two samples and two annotations on the first."""
    path.unlink(missing_ok=True)
    catalog = {p.name: (p, meta) for p, meta in sample_catalog()}
    with open_library(str(path)) as store:
        for name in SAMPLES:
            sample, meta = catalog[name]
            assert import_file(store, sample, meta).report_id is not None
        text = store.report(ReportId(1)).text
        for quote, colour, note, tags in NOTES:
            start = text.index(quote)
            annotate(store, ReportId(1), start, start + len(quote), colour, note=note, tags=tags)


def make_version(latest: Path, version: int) -> Path:
    """A copy of ``latest`` as a library of ``version`` would be."""
    target = HERE / f"library-v{version}.sqlite3"
    shutil.copyfile(latest, target)
    conn = sqlite3.connect(target, isolation_level=None)
    for added_in, columns in ADDED_COLUMNS.items():
        if added_in > version:
            for table, column in columns:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for added_in, tables in ADDED.items():
        if added_in > version:
            for table in tables:
                conn.execute(f"DROP TABLE {table}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    return target


def main(argv: list[str]) -> int:
    """Write the libraries of the versions named (all kept ones: 1 … 5) beside this script."""
    latest = HERE / "latest.tmp.sqlite3"
    make_latest(latest)
    for version in [int(arg) for arg in argv] or KEPT:
        print(make_version(latest, version))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{latest}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(HERE / "backups", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
