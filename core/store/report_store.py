"""ReportStore: the library file, opened, read and changed in one transaction per action.

The store is what the rest of the app holds. It is made of one part a concern, each in a
module of its own: the file opened and each change one transaction (``library_file``), the
reports read (``library_reads``), changed (``report_changes``) and searched
(``library_search``). Their methods tell failures as ``StoreError``; the SQL they run lives
beside them, one module a concern (``library_contents``, ``report_parts``,
``stored_numbers``, ``report_rows``, ``text_search``).
"""

from __future__ import annotations

from core.store.library_search import LibrarySearch
from core.store.report_changes import ReportChanges


class ReportStore(ReportChanges, LibrarySearch):
    """A library of reports in one SQLite file (WAL, ``synchronous=FULL``, foreign keys on).

    Open it with ``ReportStore.open(path)``; use it as a context manager to close it. Write
    methods each run in one transaction: they land whole or not at all.
    """
