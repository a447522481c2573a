"""LibrarySearch: every occurrence of a query in the library, the paragraphs holding every
term of one, each hit's snippet, and the passages that list nearby hits once.

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
    def search_all(
        self,
        terms: Sequence[str],
        *,
        limit: int = 500,
        report_ids: Collection[ReportId] | None = None,
    ) -> list[SearchHit]:
        """Every term's hits in the paragraphs that hold all ``terms``, by report then
        position: what a substring scan of each paragraph finds
        (``all_terms_search.find_paragraphs_with_all``).

        Args:
            terms: the terms of a query (``core.search_query``), each normalised like the
                texts.
            limit: stop after this many paragraphs.
            report_ids: search only these reports (None: all).
        """
        from core.store.all_terms_search import find_paragraphs_with_all

        return find_paragraphs_with_all(self._conn, terms, limit=limit, report_ids=report_ids)

    @told_as_store_errors
    def paragraphs_with_each(
        self, terms: Sequence[str], report_ids: Collection[ReportId] | None = None
    ) -> list[int]:
        """How many paragraphs hold each of ``terms``, in their order.

        Args:
            terms: the terms, as ``search_all`` takes them.
            report_ids: count in these reports only (None: all).
        """
        from core.store.all_terms_search import paragraphs_with_each

        return paragraphs_with_each(self._conn, terms, report_ids)

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
