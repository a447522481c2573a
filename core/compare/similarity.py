"""How alike two titles or passages are: character bigrams, weighted by rarity for themes.

Chinese policy prose shares most of its words (``推进``, ``加快``, ``建设``) across every area of
work, so plain word overlap says little about theme. Character bigrams weighted by inverse
document frequency over all sections of both reports make ``能源``, ``煤炭``, ``文旅`` count and
``推进`` not; that pairs a 2024 area with its renamed 2026 successor.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from functools import lru_cache
from operator import mul

# Each pair of adjacent CJK characters, overlapping: found by a lookahead in one C pass.
_CJK_BIGRAM = re.compile(r"(?=([\u3400-\u9fff\U00020000-\U0003134f]{2}))")
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_NUMBERING = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、是]|——)"
)


def bigrams(text: str) -> list[str]:
    """Character bigrams of the CJK runs of ``text`` (punctuation, digits and Latin split runs)."""
    grams: list[str] = _CJK_BIGRAM.findall(text)
    return grams


@lru_cache(maxsize=2048)
def likeness_grams(text: str) -> frozenset[str]:
    """What two passages are compared by: their bigrams, or, for a passage too short or too
    foreign to have any (``空``, ``2024``, ``GDP``), its characters.

    Kept for the passages seen last (the paragraphs and areas of about eight sample-sized
    reports, or two of 1,000 paragraphs; some 30 MB at most): comparing a report again finds
    its passages' grams made."""
    grams = frozenset(bigrams(text))
    return grams if grams else frozenset("".join(text.split()))


def dice(first: Set[str], second: Set[str]) -> float:
    """Dice coefficient of two sets: 1.0 equal, 0.0 disjoint."""
    if not first or not second:
        return 0.0
    return 2 * len(first & second) / (len(first) + len(second))


def passage_similarity(first: str, second: str) -> float:
    """How alike two passages are, 0..1, by the Dice coefficient of their bigram sets."""
    return dice(likeness_grams(first), likeness_grams(second))


def title_key(title: str) -> str:
    """A title without numbering, figures masked: ``2024年工作安排`` → ``#年工作安排``."""
    text = unicodedata.normalize("NFKC", title)
    text = _NUMBERING.sub("", text)
    return _DIGITS.sub("#", text)


@lru_cache(maxsize=1024)
def _title_grams(title: str) -> tuple[str, frozenset[str]]:
    """A heading's key and what it is compared by (bigrams and figures of the key), kept:
    every heading of one report is compared with every heading of the other."""
    key = title_key(title)
    return key, frozenset(bigrams(key)) | frozenset(_DIGITS.findall(key))


def title_similarity(first: str, second: str) -> float:
    """How alike two headings are, 0..1, ignoring numbering and the year."""
    a, grams_a = _title_grams(first)
    b, grams_b = _title_grams(second)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return dice(grams_a, grams_b)


@lru_cache(maxsize=256)
def bigram_weights(passage: str) -> Mapping[str, float]:
    """Each bigram of ``passage`` (width-folded) weighted by its count, sublinearly
    (``1 + log n``), kept for the passages of the reports compared most recently: comparing
    a report again finds its sections weighed."""
    counts = Counter(bigrams(unicodedata.normalize("NFKC", passage)))
    return {gram: 1 + math.log(n) if n > 1 else 1.0 for gram, n in counts.items()}


class ThemeVectors:
    """TF-IDF vectors of bigrams for a set of passages, compared by cosine.

    Args:
        passages: every passage that will be compared (both reports' sections at one level);
            the rarity of a bigram is measured over them.
    """

    def __init__(self, passages: Sequence[str]) -> None:
        weights = [bigram_weights(p) for p in passages]
        document_frequency: Counter[str] = Counter()
        for weight in weights:
            document_frequency.update(weight.keys())
        total = len(passages)
        # A bigram found in n of the passages weighs log(1 + total / n): one log per n.
        rarity = [0.0] + [math.log(1 + total / n) for n in range(1, total + 1)]
        idf = dict(
            zip(
                document_frequency.keys(),
                map(rarity.__getitem__, document_frequency.values()),
                strict=True,
            )
        )
        self._vectors: list[dict[str, float]] = []
        self._norms: list[float] = []
        for weight in weights:
            vector = dict(
                zip(
                    weight.keys(),
                    map(mul, weight.values(), map(idf.__getitem__, weight)),
                    strict=True,
                )
            )
            self._vectors.append(vector)
            self._norms.append(math.sqrt(sum(map(mul, vector.values(), vector.values()))))

    def cosine(self, first: int, second: int) -> float:
        """Cosine similarity of passages ``first`` and ``second`` (indices into the passages)."""
        a, b = self._vectors[first], self._vectors[second]
        if not a or not b:
            return 0.0
        common = a.keys() & b.keys()
        dot: float = sum(map(mul, map(a.__getitem__, common), map(b.__getitem__, common)))
        return dot / (self._norms[first] * self._norms[second])


def forget_passages() -> None:
    """Drop the kept weights, grams and heading keys of every passage seen."""
    for kept in (bigram_weights, likeness_grams, _title_grams):
        kept.cache_clear()
