"""LibrarySearch: every occurrence of a query in the library, each hit's snippet, and the
passages that list nearby hits once.

The scan itself is ``text_search``'s; snippets read the reports' texts through the text
``LibraryReads`` remembers, since a page of hits comes in runs of one report.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from core.model import ReportId
from core.store.library_errors import told_as_store_errors
from core.store.library_reads import LibraryReads
from core.store.records import SearchHit, SearchPassage, Snippet


class LibrarySearch(LibraryReads):
    """The search of a library file's reports."""

    @told_as_store_errors
    def search(
        self,
        query: str,
        *,
        limit: int = 500,
        report_ids: Collection[ReportId] | None = None,
    ) -> list[SearchHit]:
        """Every occurrence of ``query`` in the library, by report then position: what a
        substring scan of each paragraph finds, and of the whole text as read for a query
        over a paragraph break or a subscript's markup (``text_search.find_hits``).

        Args:
            query: what the user typed (normalised like the texts).
            limit: stop after this many hits.
            report_ids: search only these reports (None: all).
        """
        from core.store.text_search import find_hits

        return find_hits(self._conn, query, limit=limit, report_ids=report_ids)

    @told_as_store_errors
    def snippets(self, hits: Sequence[SearchHit], width: int = 40) -> list[Snippet]:
        """Each hit with up to ``width`` characters of its paragraph on each side, one line."""
        from core.store.text_search import snippets_of

        return snippets_of(self._conn, hits, self._text, width)

    @told_as_store_errors
    def passages(self, hits: Sequence[SearchHit], width: int = 40) -> list[SearchPassage]:
        """``hits`` as passages to list: nearby hits of one paragraph shown once, each marked,
        with up to ``width`` characters of context (``core.search_passages``).

        Args:
            hits: hits of ``search``, in the order to list them.
            width: characters of context on each side of a passage.
        """
        from core.store.text_search import passages_of

        return passages_of(self._conn, hits, self._text, width)

    def snippet(self, hit: SearchHit, width: int = 40) -> Snippet:
        """One hit with up to ``width`` characters of its paragraph on each side."""
        return self.snippets([hit], width)[0]
