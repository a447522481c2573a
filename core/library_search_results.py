"""A library search as the window and ``reportlens search`` run it: the query read into terms
(``core.search_query``), one term found wherever it occurs, several in the paragraphs holding
all of them; what was found, what it counts, and whether more would follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from core.search_query import SearchQuery, parse_query
from core.store.records import SearchHit


class SearchableLibrary(Protocol):
    """What a library search reads of the library (``core.store.LibrarySearch``)."""

    def search(self, query: str, *, limit: int = 500) -> list[SearchHit]: ...

    def search_all(self, terms: tuple[str, ...], *, limit: int = 500) -> list[SearchHit]: ...

    def paragraphs_with_each(self, terms: tuple[str, ...]) -> list[int]: ...


@dataclass(frozen=True)
class LibrarySearchResults:
    """What a search of the library found.

    Attributes:
        query: the terms searched for.
        hits: with one term, its occurrences; with several, every term's occurrences in the
            paragraphs holding all of them. By report, then position.
        paragraphs: how many paragraphs the hits are in (with several terms, what is counted).
        truncated: there are more than were asked for (occurrences of one term, paragraphs
            with several).
        with_each: with several terms and no paragraph holding all of them, how many
            paragraphs hold each term, in the terms' order; otherwise empty.
    """

    query: SearchQuery
    hits: tuple[SearchHit, ...]
    paragraphs: int
    truncated: bool
    with_each: tuple[int, ...] = ()

    @property
    def counted(self) -> int:
        """What a count of the results says: occurrences of one term, paragraphs of several."""
        return self.paragraphs if self.query.several else len(self.hits)


def search_library(
    library: SearchableLibrary, text: str, *, limit: int, paragraph_limit: int | None = None
) -> LibrarySearchResults:
    """Search ``library`` for what the user typed.

    Args:
        library: the library searched.
        text: what the user typed; words separated by spaces are terms a paragraph must all
            hold, a quoted part one phrase (``core.search_query``).
        limit: at most this many occurrences of a single term.
        paragraph_limit: at most this many paragraphs holding every term of several (None:
            ``limit``).
    """
    query = parse_query(text)
    if not query.terms:
        return LibrarySearchResults(query, (), 0, False)
    if query.several:
        limit = limit if paragraph_limit is None else paragraph_limit
        # One more than asked for tells whether the list was cut short.
        hits = library.search_all(query.terms, limit=limit + 1)
        places = list(dict.fromkeys((hit.report_id, hit.paragraph_index) for hit in hits))
        truncated = len(places) > limit
        if truncated:
            first_left_out = places[limit]
            kept = next(
                index
                for index, hit in enumerate(hits)
                if (hit.report_id, hit.paragraph_index) == first_left_out
            )
            hits, places = hits[:kept], places[:limit]
        each = () if hits else tuple(library.paragraphs_with_each(query.terms))
        return LibrarySearchResults(query, tuple(hits), len(places), truncated, each)
    hits = library.search(query.terms[0], limit=limit + 1)
    truncated = len(hits) > limit
    hits = hits[:limit]
    paragraphs = len({(hit.report_id, hit.paragraph_index) for hit in hits})
    return LibrarySearchResults(query, tuple(hits), paragraphs, truncated)
