"""The words ``reportlens search`` says of a search for several terms, in Chinese and in
English: what it counts (paragraphs holding all the terms, not occurrences) and the terms.

A search for one term counts its occurrences in ``library_words``' words, as it always did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.cli.counted import Counted
from core.cli.language import Bilingual
from core.search_query import shown_term


@dataclass(frozen=True)
class SearchWords:
    """The words of a search for several terms in one language.

    Attributes:
        with_all: how many paragraphs hold every term, with ``{count}`` and ``{terms}``.
        first_with_all: the same, when there are more than were listed.
        none_with_all: no paragraph holds every term, with ``{terms}`` and ``{each}`` (how
            many hold each term).
        term_in: how many paragraphs hold one term, with ``{term}`` and ``{count}``.
        between_terms: what separates the terms named.
        between_counts: what separates each term's count.
    """

    with_all: Counted
    first_with_all: Counted
    none_with_all: str
    term_in: Counted
    between_terms: str
    between_counts: str

    def terms(self, terms: Sequence[str]) -> str:
        """``terms`` named in a list, a phrase with a space in quotes."""
        return self.between_terms.join(map(shown_term, terms))

    def each(self, terms: Sequence[str], counts: Sequence[int]) -> str:
        """How many paragraphs hold each of ``terms``."""
        return self.between_counts.join(
            self.term_in.format(term=shown_term(term), count=count)
            for term, count in zip(terms, counts, strict=True)
        )


SEARCH_WORDS = Bilingual(
    chinese=SearchWords(
        with_all=Counted("{count} 段同时含有 {terms}"),
        first_with_all=Counted(
            "以上是同时含有 {terms} 的前 {count} 段，还有更多（--limit N 可列出更多）"
        ),
        none_with_all="没有哪一段同时含有 {terms}（{each}）",
        term_in=Counted("含 {term} 的有 {count} 段"),
        between_terms="、",
        between_counts="，",
    ),
    english=SearchWords(
        with_all=Counted(
            "{count} paragraphs with all of {terms}", one="1 paragraph with all of {terms}"
        ),
        first_with_all=Counted(
            "the first {count} paragraphs with all of {terms}; there are more "
            "(--limit N shows more)",
            one="the first paragraph with all of {terms}; there are more (--limit N shows more)",
        ),
        none_with_all="no paragraph has all of {terms} ({each})",
        term_in=Counted("{term} in {count} paragraphs", one="{term} in 1 paragraph"),
        between_terms=", ",
        between_counts="; ",
    ),
)
"""The words of a search for several terms, as ``SEARCH_WORDS.spoken()`` picks them."""
