"""How alike two titles or passages are: character bigrams, weighted by rarity for themes.

Chinese policy prose shares most of its words (``推进``, ``加快``, ``建设``) across every area of
work, so plain word overlap says little about theme. Character bigrams weighted by inverse
document frequency over all sections of both reports make ``能源``, ``煤炭``, ``文旅`` count and
``推进`` not; that pairs a 2024 area with its renamed 2026 successor. What depends on one report
alone (each section's bigram weights and set) is made once and kept while it is compared with
others.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass
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


def bigram_weights(passage: str) -> dict[str, float]:
    """Each bigram of ``passage`` (width-folded) weighted by its count, sublinearly
    (``1 + log n``)."""
    counts = Counter(bigrams(unicodedata.normalize("NFKC", passage)))
    return {gram: 1 + math.log(n) if n > 1 else 1.0 for gram, n in counts.items()}


@dataclass(frozen=True)
class ThemeSide:
    """What one report's sections of one level are compared by, whatever the other report:
    each section's bigram weights and bigram set."""

    weights: tuple[dict[str, float], ...]
    grams: tuple[frozenset[str], ...]
    """Each section's bigrams as a set: two sets intersect faster than two dicts' keys."""


@lru_cache(maxsize=16)
def theme_side(passages: tuple[str, ...]) -> ThemeSide:
    """The weights and bigram sets of one report's sections (``passages``), kept for the
    eight reports compared most recently (two levels each)."""
    weights = tuple(bigram_weights(p) for p in passages)
    return ThemeSide(weights, tuple(map(frozenset, weights)))


class ThemeVectors:
    """TF-IDF vectors of bigrams for the sections of two reports at one level, compared by
    cosine.

    A bigram's rarity is measured over the sections of both reports: a report's own sections
    are too few (two to four parts) to tell 推进 from 能源 by themselves. Each report's weights
    and bigram sets are kept (``theme_side``); the rarity and the vectors are made for the pair.

    Args:
        left: the left report's passages (its sections' text).
        right: the right report's passages.
    """

    def __init__(self, left: Sequence[str], right: Sequence[str]) -> None:
        self._left = theme_side(tuple(left))
        self._right = theme_side(tuple(right))
        weights = self._left.weights + self._right.weights
        document_frequency: Counter[str] = Counter()
        for weight in weights:
            document_frequency.update(weight.keys())
        total = len(weights)
        # A bigram found in n of the passages weighs log(1 + total / n): one log per n.
        rarity = [0.0] + [math.log(1 + total / n) for n in range(1, total + 1)]
        idf = dict(
            zip(
                document_frequency.keys(),
                map(rarity.__getitem__, document_frequency.values()),
                strict=True,
            )
        )
        vectors: list[dict[str, float]] = []
        norms: list[float] = []
        for weight in weights:
            vector = dict(
                zip(
                    weight.keys(),
                    map(mul, weight.values(), map(idf.__getitem__, weight)),
                    strict=True,
                )
            )
            vectors.append(vector)
            norms.append(math.sqrt(sum(map(mul, vector.values(), vector.values()))))
        count = len(self._left.weights)
        self._left_vectors, self._right_vectors = vectors[:count], vectors[count:]
        self._left_norms, self._right_norms = norms[:count], norms[count:]

    def cosines(self, left: int) -> list[float]:
        """Cosine similarity of left passage ``left`` with each right passage, in order."""
        grams = self._left.grams[left]
        vector = self._left_vectors[left]
        norm = self._left_norms[left]
        weight = vector.__getitem__
        result = []
        for other_grams, other, other_norm in zip(
            self._right.grams, self._right_vectors, self._right_norms, strict=True
        ):
            common = grams & other_grams
            if common:
                dot = sum(map(mul, map(weight, common), map(other.__getitem__, common)))
                result.append(dot / (norm * other_norm))
            else:
                result.append(0.0)
        return result


def forget_passages() -> None:
    """Drop the kept weights, grams and heading keys of every passage seen."""
    for kept in (theme_side, likeness_grams, _title_grams):
        kept.cache_clear()
