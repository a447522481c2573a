"""The character bigrams of any stretch of one text, each paragraph's found once.

A comparison reads the bigrams of a report's stretches many times over: each part's and each
area's body for their themes, each area and each paragraph for their likeness. The stretches
nest and overlap, and nearly all of them are runs of whole paragraphs, so each paragraph's
bigrams are found once and a stretch's are joined from them; only the pieces a stretch cuts
from a paragraph, and the text between paragraphs, are read again. A bigram across a cut is
added where it stands, so a stretch's bigrams are exactly ``bigrams(text[start:end])``, in
order.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from core.compare.similarity import CJK_BIGRAM, bigrams
from core.model import Paragraph


class TextBigrams:
    """The bigrams of one text's stretches.

    Args:
        text: the text.
        paragraphs: its paragraphs, in text order and apart (as ``split_paragraphs`` gives
            them).
    """

    def __init__(self, text: str, paragraphs: Sequence[Paragraph]) -> None:
        self.text = text
        self._starts = [p.start for p in paragraphs]
        self._ends = [p.end for p in paragraphs]
        self._found: dict[int, list[str]] = {}

    def of(self, start: int, end: int) -> list[str]:
        """``bigrams(text[start:end])``, joined from the paragraphs' own where it can be."""
        text, starts, ends = self.text, self._starts, self._ends
        count = len(starts)
        grams: list[str] = []
        at = start
        index = bisect_right(ends, start)  # the first paragraph ending after ``start``
        while at < end:
            if index < count and starts[index] <= at:  # within paragraph ``index``
                cut = min(ends[index], end)
                if cut == ends[index]:
                    grams += (
                        self._paragraph(index) if starts[index] == at else bigrams(text[at:cut])
                    )
                    index += 1
                else:
                    grams += bigrams(text[at:cut])
            else:  # before the next paragraph, or after the last
                cut = min(starts[index], end) if index < count else end
                grams += bigrams(text[at:cut])
            if at < cut < end:
                across = CJK_BIGRAM.match(text, cut - 1)
                if across:
                    grams.append(across.group(1))
            at = cut
        return grams

    def _paragraph(self, index: int) -> list[str]:
        found = self._found.get(index)
        if found is None:
            found = self._found[index] = bigrams(self.text[self._starts[index] : self._ends[index]])
        return found
