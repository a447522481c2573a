"""A report imported under a title another report already holds: told apart by its file's name.

A title is detected from region, year and kind (``长治市2024年政府工作报告``), so two editions of
one report of the same kind (a corrected copy, another site's text with a few characters
changed) are detected under one title. Listed alike, they cannot be told apart in the library,
and naming them by title on the command line matches both. The later one is listed under the
title with its file's name after it, as a newspaper printing carries ``（报纸版）``
(``长治市2024年政府工作报告（changzhi-2024-report-v2）``), and the import says which report
holds the title, and whether the file reads as another edition of it (sharing most of its
sentences, as ``core.notes.edition_check`` tells editions apart from other reports).
"""

from __future__ import annotations

from pathlib import PurePath

from core.notes.edition_check import EDITION_SENTENCE_SHARE, shared_sentence_share
from core.store import NewReport, ReportStore


def told_apart(store: ReportStore, new: NewReport) -> tuple[NewReport, str]:
    """``new`` under a title no report in ``store`` holds, and what changed, for the user.

    Args:
        store: the library ``new`` is about to be added to.
        new: the report, with its detected title.

    Returns:
        ``new`` unchanged and ``""`` when no report holds its title; else ``new`` listed as
        ``title（file name）`` (``title（2）``… when that is taken too) and one sentence
        naming the report that holds the title, and whether ``new`` reads as an edition of it.
    """
    title = new.meta.title
    holders = store.list_reports(title=title)
    if not holders:
        return new, ""
    listed = _free_title(store, title, PurePath(new.source_name).stem)
    apart = new._replace(meta=new.meta._replace(title=listed))
    share, closest = max(
        ((shared_sentence_share(store.report(h.id).text, new.text), h) for h in holders),
        key=lambda pair: (pair[0], -pair[1].id),
    )
    if share >= EDITION_SENTENCE_SHARE:
        said = f"this reads as another edition of “{title}” ({closest.source_name})"
    else:
        said = f"another report is titled “{title}” ({closest.source_name})"
    return apart, f"{new.source_name}: {said}; this one is listed as “{listed}”"


def _free_title(store: ReportStore, title: str, name: str) -> str:
    """``title（name）``, or ``title（2）``, ``title（3）``… when that is taken too."""
    candidates = [f"{title}（{name}）"] if name else []
    number = 2
    while True:
        for candidate in candidates:
            if not store.list_reports(title=candidate):
                return candidate
        candidates = [f"{title}（{number}）"]
        number += 1
