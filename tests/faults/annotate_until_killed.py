"""Annotate a report again and again as the reader does, saying ``saved ID`` after each one.

Run as ``python tests/faults/annotate_until_killed.py LIBRARY REPORT_ID SEED`` from the
repository root. Each highlight goes through ``core.notes.library_notes.annotate``, the call
the reader's Highlight action makes (gui/notes/reader_annotations.py), on a library opened
as the app opens it; ``saved`` is printed only when that call has returned, which is when the
app shows the highlight as saved. It runs until it is killed.
"""

from __future__ import annotations

import random
import sys

from core.library import open_library
from core.model import ReportId
from core.notes.library_notes import annotate


def main() -> int:
    """Highlight random passages of one report until killed."""
    db, report_id, seed = sys.argv[1], ReportId(int(sys.argv[2])), int(sys.argv[3])
    rng = random.Random(seed)
    with open_library(db) as store:
        text = store.report(report_id).text
        number = 0
        while True:
            start = rng.randrange(0, len(text) - 40)
            end = start + rng.randint(2, 40)
            annotation = annotate(
                store,
                report_id,
                start,
                end,
                rng.choice(["yellow", "green"]),
                note=f"第{number}条笔记：{text[start:end]} 𠮷",
                tags=(f"种子{seed}", "速记"),
            )
            print(f"saved {annotation.id}", flush=True)
            number += 1


if __name__ == "__main__":
    sys.exit(main())
