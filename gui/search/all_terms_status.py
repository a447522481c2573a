"""What the search panel says of a search for several terms: the terms searched for, marked as
the results mark them, and what is counted, paragraphs holding all of them, not matches; when
none holds all, how many hold each.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QObject

from core.library_search_results import LibrarySearchResults
from core.search_query import shown_term
from gui.placeholders import fill_placeholders
from gui.search.snippet_delegate import MARK_STYLE


def _filled(message: str, *values: object) -> str:
    """A translated ``message`` as HTML, its placeholders filled with ``values`` (HTML)."""
    return fill_placeholders(escape(message, quote=False), *values)


class AllTermsStatus(QObject):
    """The words of a search for several terms, in the app's language."""

    def terms_html(self, terms: Sequence[str]) -> str:
        """``terms`` as HTML, each marked as a result marks its hits, in a list."""
        marked = (f"<span style='{MARK_STYLE}'>{escape(shown_term(term))}</span>" for term in terms)
        return self.tr(", ").join(marked)

    def status(self, found: LibrarySearchResults, reports: int) -> str:
        """The status of a search for several terms, as HTML.

        Args:
            found: what the search found (``core.library_search_results``).
            reports: how many reports the results are in.
        """
        terms = found.query.terms
        listed = self.terms_html(terms)
        if not found.hits:
            each = self.tr("; ").join(
                self._term_count(term, count)
                for term, count in zip(terms, found.with_each, strict=True)
            )
            return _filled(self.tr("No paragraph has all of %1 (%2)"), listed, each)
        paragraphs = found.paragraphs
        if found.truncated:
            if reports == 1:
                text = self.tr(
                    "The first %1 paragraphs with all of %3, in 1 report; add words to narrow "
                    "the search"
                )
            else:
                text = self.tr(
                    "The first %1 paragraphs with all of %3, in %2 reports; add words to narrow "
                    "the search"
                )
        elif paragraphs == 1:
            text = self.tr("1 paragraph in 1 report has all of %3")
        elif reports == 1:
            text = self.tr("%1 paragraphs in 1 report have all of %3")
        else:
            text = self.tr("%1 paragraphs in %2 reports have all of %3")
        return _filled(text, paragraphs, reports, listed)

    def _term_count(self, term: str, count: int) -> str:
        """How many paragraphs hold ``term``, as HTML."""
        if count == 0:
            text = self.tr("%1 is in none")
        elif count == 1:
            text = self.tr("%1 is in 1 paragraph")
        else:
            text = self.tr("%1 is in %2 paragraphs")
        return _filled(text, escape(shown_term(term)), count)
