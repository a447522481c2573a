"""The library store: one SQLite file, the only place that speaks SQL."""

from core.store.migrations import LATEST_VERSION
from core.store.records import NewReport, ReportSummary, SearchHit, Snippet, StoredReport
from core.store.report_store import ReportStore

__all__ = [
    "LATEST_VERSION",
    "NewReport",
    "ReportStore",
    "ReportSummary",
    "SearchHit",
    "Snippet",
    "StoredReport",
]
