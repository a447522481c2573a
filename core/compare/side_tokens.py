"""One report's side of a comparison: its diff tokens as columns, looked up by offset, and what
else comparing it asks of the report alone (its passages' likeness grams, its sections' bigram
postings), kept once made so that comparing the report again, with any other, finds them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.compare.diff_tokens import DiffTokens
from core.compare.similarity import (
    ThemeSide,
    folds_ideographs,
    gram_weights,
    passage_grams,
    theme_postings,
    theme_side,
)
from core.compare.text_bigrams import TextBigrams
from core.compare.worddiff import running_sums
from core.model import Paragraph


@dataclass
class SideTokens:
    """One report's diff tokens as columns, with a fast lookup by offset, and what else a
    comparison asks of the report alone (its passages' likeness grams, its sections' bigram
    postings), kept once made: comparing the report again, with any other, finds them here.

    Attributes:
        text: the report's text.
        paragraphs: its paragraphs.
        starts, ends: each token's span in the text.
        keys: each token's matching key (``DiffTokens.keys``).
        numbers: the indices of the tokens that are numbers.
        show_layout: the tokens keep layout differences.
        key_sums: 0 and the running length of the keys: ``key_sums[k] - key_sums[i]`` is the
            length of the keys of tokens ``i`` to ``k - 1`` (what the diff weighs runs by).
        paragraph_starts: where each paragraph starts.
        grams: likeness grams by span (``passage_grams`` of ``text[start:end]``), kept.
        themes: the bigram postings of a level's sections by their body spans, kept.
        bigrams: the bigrams of the text's stretches (``TextBigrams``), each paragraph's
            found once and kept (some 300 KiB for a report of 16,000 characters, beside
            2.7 MiB of grams and postings made from them).
    """

    text: str
    paragraphs: Sequence[Paragraph]
    starts: Sequence[int]
    ends: Sequence[int]
    keys: Sequence[str]
    numbers: frozenset[int]
    show_layout: bool = False
    key_sums: Sequence[int] = field(init=False, repr=False, compare=False)
    paragraph_starts: Sequence[int] = field(init=False, repr=False, compare=False)
    grams: dict[tuple[int, int], frozenset[str]] = field(
        default_factory=dict, repr=False, compare=False
    )
    themes: dict[tuple[tuple[int, int], ...], ThemeSide] = field(
        default_factory=dict, repr=False, compare=False
    )
    bigrams: TextBigrams = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.key_sums = running_sums(map(len, self.keys))
        self.paragraph_starts = [p.start for p in self.paragraphs]
        self.bigrams = TextBigrams(self.text, self.paragraphs)

    @classmethod
    def of(
        cls,
        text: str,
        paragraphs: Sequence[Paragraph],
        tokens: DiffTokens,
        show_layout: bool = False,
    ) -> SideTokens:
        """The side of the report ``text`` whose tokens are ``tokens``
        (``core.compare.diff_tokens.build_tokens``)."""
        return cls(
            text, paragraphs, tokens.starts, tokens.ends, tokens.keys, tokens.numbers, show_layout
        )

    def indices(self, start: int, end: int) -> range:
        """Indices of the tokens starting within ``[start, end)``."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def token_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The span from the first to the last token within ``[start, end)``; None if none."""
        found = self.indices(start, end)
        if not found:
            return None
        return self.starts[found[0]], self.ends[found[-1]]

    def count_between(self, start: int, end: int) -> int:
        """How many tokens start within ``[start, end)``."""
        return len(self.indices(start, end)) if end > start else 0

    def opens_paragraph(self, index: int) -> bool:
        """Whether the token at ``index`` is the first of its paragraph."""
        if index == 0:
            return True
        return bisect_right(self.paragraph_starts, self.starts[index]) > bisect_right(
            self.paragraph_starts, self.starts[index - 1]
        )

    def paragraph_openings(self, found: range) -> frozenset[int]:
        """The tokens of ``found``, counted from its first, that open a paragraph, and the
        count of ``found`` when a paragraph opens after its last (or the text ends)."""
        if not found:
            return frozenset({0})
        first, last = self.starts[found.start], self.ends[found.stop - 1]
        low = bisect_left(self.paragraph_starts, first)
        high = bisect_left(self.paragraph_starts, last)
        openings = {
            bisect_left(self.starts, start) - found.start
            for start in self.paragraph_starts[low:high]
        }
        openings.add(len(found))
        return frozenset(openings)

    def span_grams(self, start: int, end: int) -> frozenset[str]:
        """``passage_grams`` of the text at ``[start, end)``, kept."""
        found = self.grams.get((start, end))
        if found is None:
            found = self.grams[(start, end)] = passage_grams(
                self.text[start:end], self.bigrams.of(start, end)
            )
        return found

    def theme(self, spans: tuple[tuple[int, int], ...]) -> ThemeSide:
        """The bigram postings of the sections whose bodies are at ``spans``, kept."""
        found = self.themes.get(spans)
        if found is None:
            if folds_ideographs(self.text):  # each section's text is folded first
                found = theme_side(tuple(self.text[s:e] for s, e in spans))
            else:
                found = theme_postings([gram_weights(self.bigrams.of(s, e)) for s, e in spans])
            self.themes[spans] = found
        return found
