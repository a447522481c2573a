"""What a search box's text asks for: the terms a passage must hold, as users of every search
box expect them written.

Words separated by spaces (an ideographic space ``　`` too) are terms that must all be found
in one paragraph: ``增长 6%`` finds the paragraphs that hold both 增长 and 6%. A quoted part,
in straight quotes or Chinese ones (``"增长 6%"``, ``“增长 6%”``), is one phrase, spaces
included; a quote not closed yet (still being typed) runs to the end. Text holding a line break
was pasted: it is searched for as it is, one phrase, so that a passage copied over a paragraph
break is still found. A query without a space is one term, searched for exactly as typed: the
reports quote in Chinese quotes, so a passage pasted with them (``“十五五”规划``) is found as
written; only straight quotes around the whole of it, which no report holds, are taken off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Separators between terms: every kind of space but a line break.
_SPACE = re.compile(r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
# An opening quote and the quote that closes it (a Chinese input method may give ” for both).
_CLOSING = {'"': '"', "“": "”", "”": "”"}
_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


@dataclass(frozen=True)
class SearchQuery:
    """The terms of a search, each a phrase to find as it is written.

    Attributes:
        terms: the terms in the order typed, each once; one term for a plain query.
    """

    terms: tuple[str, ...]

    @property
    def several(self) -> bool:
        """Whether a paragraph must hold several terms (rather than one phrase be found)."""
        return len(self.terms) > 1


def parse_query(text: str) -> SearchQuery:
    """The terms ``text`` asks for (see the module's description).

    Args:
        text: what the user typed.

    Returns:
        Its terms, in the order typed, a term typed twice once; none for a blank text.
    """
    if _LINE_BREAK.search(text.strip()):
        return SearchQuery((text,))
    if not _SPACE.search(text.strip()):
        inner = text.strip()
        if len(inner) > 2 and inner[0] == inner[-1] == '"':
            return SearchQuery((inner[1:-1],))
        return SearchQuery((text,) if inner else ())
    terms: list[str] = []
    at = 0
    while at < len(text):
        closing = _CLOSING.get(text[at])
        if closing is not None:
            end = text.find(closing, at + 1)
            end = len(text) if end == -1 else end
            terms.append(text[at + 1 : end].strip())
            at = end + 1
            continue
        space = _SPACE.search(text, at)
        quote = _next_quote(text, at)
        end = min(space.start() if space else len(text), quote)
        terms.extend(text[at:end].split())
        at = end
        if space is not None and end == space.start():
            at = space.end()
    unique = tuple(dict.fromkeys(term for term in terms if term))
    if len(unique) == 1 and unique[0] == text.strip():
        return SearchQuery((text,))  # a plain query: searched as typed, as it always was
    return SearchQuery(unique)


def _next_quote(text: str, at: int) -> int:
    """Where the next opening quote at or after ``at`` is (the text's end if none)."""
    found = [index for index in (text.find(q, at) for q in _CLOSING) if index != -1]
    return min(found, default=len(text))


def shown_term(term: str) -> str:
    """``term`` as a count or a status names it: in quotes when it holds a space (a phrase)."""
    term = term.strip()
    return f"“{term}”" if _SPACE.search(term) else term
