"""Finding a query in one report's text the way library search does.

Find in report and library search must agree: ``6%`` finds ``6％``, ``(一)`` finds ``（一）``,
``gdp`` finds ``GDP``, ``PM2.5`` finds ``PM_{2.5}``, and ``地区生产总值`` finds the word broken
across a blank line (``地`` / ``区生产总值``). Both search the searchable form of the text
(``core.text.searchable``) and map what they find back to the text as read.
"""

from __future__ import annotations

from functools import lru_cache

from core.store.search_index import occurrences
from core.text import NormalisedText, normalise_query, searchable


@lru_cache(maxsize=4)
def _searchable(text: str) -> NormalisedText:
    """The searchable form of the texts searched last (a find runs at each pause in typing)."""
    return searchable(text)


def find_in_text(text: str, query: str, limit: int = 10_000) -> list[tuple[int, int]]:
    """The non-overlapping occurrences of ``query`` in ``text``, as spans of the text as read.

    Args:
        text: one report's text as read.
        query: what the user typed (normalised like the text; blank finds nothing).
        limit: stop after this many.
    """
    folded = normalise_query(query)
    if not folded:
        return []
    norm = _searchable(text)
    size = len(folded)
    return [norm.span_to_original(at, at + size) for at in occurrences(norm.text, folded)[:limit]]
