"""The numbers of one region's reports, read as stored at import: what a scorecard needs.

A scorecard needs each report's metadata and its targets and results, not its text, tree,
paragraphs or other figures; reading only those keeps the scorecards of a whole province
instant in a library of thousands.
"""

from __future__ import annotations

from core.library import load_report
from core.numbers.scorecard import ReportNumbers, is_scored
from core.place_characters import simplified_place_name
from core.store.report_store import ReportStore


def region_names(region: str) -> list[str]:
    """The names a region may be stored under: ``长治``, ``长治市`` and ``长治省`` alike; a region
    asked for in traditional characters (``長治``) by its simplified name, as it is stored.

    Args:
        region: the region as the user wrote it, with or without ``市`` or ``省``.
    """
    stem = simplified_place_name(region).removesuffix("市").removesuffix("省")
    return [stem, f"{stem}市", f"{stem}省", f"{stem}省市"]


def region_numbers(store: ReportStore, region: str) -> list[ReportNumbers]:
    """Every report of a region with the statements a scorecard reads (``is_scored``: targets,
    and results about known indicators) in text order, oldest first.

    Statements come as stored at import; a report stored without them (an older library) is
    read and its numbers extracted now. Other figures (commitments, five-year goals, results
    about no known indicator) are left out: no scorecard reads them.

    Args:
        store: the library.
        region: the region, with or without ``市``.
    """
    summaries = sorted(
        store.list_reports(region_names(region)), key=lambda s: (s.meta.year or 0, s.id)
    )

    found = []
    for summary in summaries:
        stored = store.scored_numbers(summary.id)
        if stored is None:
            every = load_report(store, summary.id, with_tokens=False).statements()
            stored = [s for s in every if is_scored(s.kind, s.canonical)]
        statements = tuple(sorted(stored, key=lambda s: (s.start, s.end)))
        found.append(ReportNumbers(summary.meta, statements, summary.id))
    return found
