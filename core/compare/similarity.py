"""How alike two titles or passages are: character bigrams, weighted by rarity for themes.

Chinese policy prose shares most of its words (``推进``, ``加快``, ``建设``) across every area of
work, so plain word overlap says little about theme. Character bigrams weighted by inverse
document frequency over all sections of both reports make ``能源``, ``煤炭``, ``文旅`` count and
``推进`` not; that pairs a 2024 area with its renamed 2026 successor. What depends on one report
alone (each section's bigrams, weights and squared length by each bigram's spread) is made once
and kept while it is compared with others.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, compress, repeat
from operator import mul, not_

# Each pair of adjacent CJK characters, overlapping: found by a lookahead in one C pass.
CJK_BIGRAM = re.compile(r"(?=([\u3400-\u9fff\U00020000-\U0003134f]{2}))")
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# Every character NFKC turns into an ideograph, or into another (radicals, parenthesised,
# circled and squared ideographs, compatibility ideographs), within a few blocks of them
# (tests/core/compare/test_similarity.py checks every code point).
_FOLDS_TO_CJK = re.compile(
    "[\u2e80-\u2fdf\u3038-\u303a\u3192-\u319f\u3220-\u33ff\uf900-\ufaff"
    "\U0001f200-\U0001f2ff\U0002f800-\U0002fa1f]"
)
_NUMBERING = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、是]|——)"
)


def bigrams(text: str) -> list[str]:
    """Character bigrams of the CJK runs of ``text`` (punctuation, digits and Latin split runs)."""
    grams: list[str] = CJK_BIGRAM.findall(text)
    return grams


def passage_grams(text: str, found: Sequence[str] | None = None) -> frozenset[str]:
    """What two passages are compared by: their bigrams, or, for a passage too short or too
    foreign to have any (``空``, ``2024``, ``GDP``), its characters.

    Args:
        text: the passage.
        found: its bigrams, if already found (``bigrams(text)``).
    """
    grams = frozenset(bigrams(text) if found is None else found)
    return grams if grams else frozenset("".join(text.split()))


@lru_cache(maxsize=512)
def likeness_grams(text: str) -> frozenset[str]:
    """``passage_grams``, kept for the passages seen last (a comparison keeps its reports'
    own in their ``SideTokens``; these are for passages compared apart from a comparison,
    such as a note's quotation carried to another report)."""
    return passage_grams(text)


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
    """Each bigram of ``passage`` (compatibility forms folded) weighted by its count,
    sublinearly (``1 + log n``)."""
    return gram_weights(bigrams(_cjk_folded(passage)))


def gram_weights(grams: Iterable[str]) -> dict[str, float]:
    """Each of ``grams`` weighted by its count, sublinearly (``1 + log n``)."""
    counts = Counter(grams)
    return dict(zip(counts.keys(), map(_count_weight, counts.values()), strict=True))


@cache
def _count_weight(count: int) -> float:
    return 1 + math.log(count) if count > 1 else 1.0


def _cjk_folded(text: str) -> str:
    """``text`` in NFKC if that could change its ideographs (``⽣`` U+2F63 is ``生``), else as
    it is: folding 15,000 characters takes some 2 ms, and the rest of what NFKC folds (width,
    punctuation) never joins or splits a run of ideographs."""
    return unicodedata.normalize("NFKC", text) if folds_ideographs(text) else text


def folds_ideographs(text: str) -> bool:
    """Whether NFKC could change an ideograph of ``text`` or make one: if not, its bigrams are
    those of its folded form, and a theme can be read from them as they are."""
    return _FOLDS_TO_CJK.search(text) is not None


@dataclass(frozen=True)
class ThemeSide:
    """What one report's sections of one level are compared by, whatever the other report:
    where each of its sections' bigrams is found, and with what weight.

    Of the bigrams two reports share, 30–80 % are found in one section of each (on the
    samples); those found in one section are kept apart, as two such bigrams weigh alike in
    every comparison and add one product.
    """

    alone: dict[str, int]
    """A bigram found in one section only → that section."""
    alone_weights: dict[str, float]
    """A bigram found in one section only → its weight there."""
    spread: dict[str, list[tuple[int, float]]]
    """A bigram found in several sections → (section, weight) for each."""
    squares: tuple[dict[int, float], ...]
    """For each section, the sum of its bigrams' squared weights by the number of this
    report's sections they are found in. Times each number's squared rarity (which depends on
    how many sections both reports have), it is the section's squared vector length but for
    the bigrams the other report shares (see ``theme_cosines``)."""

    @property
    def sections(self) -> int:
        """How many sections the report has at this level."""
        return len(self.squares)


@lru_cache(maxsize=16)
def theme_side(passages: tuple[str, ...]) -> ThemeSide:
    """The bigram weights and postings of one report's sections (``passages``), kept for the
    eight reports seen most recently (two levels each). A comparison keeps its reports' own
    with their diff tokens (``SideTokens.theme``, which reads them from its paragraphs' kept
    bigrams unless the report has ideographs to fold); these serve pairings made apart from
    one (a note carried to another report), and reports with ideographs to fold."""
    return theme_postings([bigram_weights(p) for p in passages])


def theme_postings(weights: Sequence[dict[str, float]]) -> ThemeSide:
    """The postings of one report's sections of one level, from each section's bigram
    weights (``bigram_weights``)."""
    sections_with = Counter(chain.from_iterable(weights))  # bigram → in how many sections
    alone: dict[str, int] = {}
    alone_weights: dict[str, float] = {}
    spread: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
    squares: list[dict[int, float]] = []
    # Most bigrams are alone in their section: those are sorted out and summed a section at a
    # time (a sample report's level then takes 2–3 ms here, against 3–4 bigram by bigram).
    for section, weight in enumerate(weights):
        found_in = list(map(sections_with.__getitem__, weight))
        is_alone = [count == 1 for count in found_in]
        grams_alone = list(compress(weight, is_alone))
        values_alone = list(compress(weight.values(), is_alone))
        alone.update(zip(grams_alone, repeat(section)))
        alone_weights.update(zip(grams_alone, values_alone, strict=True))
        by_found_in = {1: sum(map(mul, values_alone, values_alone), 0.0)}
        for gram, count in compress(zip(weight, found_in, strict=True), map(not_, is_alone)):
            value = weight[gram]
            spread[gram].append((section, value))
            by_found_in[count] = by_found_in.get(count, 0.0) + value * value
        squares.append(by_found_in)
    return ThemeSide(alone, alone_weights, dict(spread), tuple(squares))


def theme_cosines(left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
    """How alike in theme each left section is to each right one: ``[left][right]``, 0..1.

    The cosine of TF-IDF vectors of bigrams: a bigram weighs its count in the section
    (``bigram_weights``) times its rarity ``log(1 + N / n)``, found in ``n`` of the ``N``
    sections of both reports. The rarity is over both reports: a report's own sections are too
    few (two to four parts) to tell 推进 from 能源 by themselves.

    The vectors are never built. A dot product needs only the bigrams both reports have, taken
    bigram by bigram (each one's postings on the left times those on the right). A vector's
    length is mostly known from its report alone: a bigram the other report lacks has its
    rarity from its own report's count ``n``, so the kept sums of squared weights by ``n``
    (``ThemeSide.squares``) give it; each shared bigram then trades its one-report rarity for
    the joint one. Each report's postings and sums are kept (``theme_side``).

    Args:
        left: the left report's passages (its sections' text).
        right: the right report's passages.
    """
    return side_cosines(theme_side(tuple(left)), theme_side(tuple(right)))


def side_cosines(left_side: ThemeSide, right_side: ThemeSide) -> list[list[float]]:
    """``theme_cosines`` of two reports' sections from their postings (``theme_postings``)."""
    left_count, right_count = left_side.sections, right_side.sections
    total = left_count + right_count
    # A bigram in n of the sections weighs log(1 + total / n), squared: once per n.
    squared_rarity = [0.0] + [math.log(1 + total / n) ** 2 for n in range(1, total + 1)]
    left_lengths = _lengths_alone(left_side, squared_rarity)
    right_lengths = _lengths_alone(right_side, squared_rarity)
    dots = [[0.0] * right_count for _ in range(left_count)]

    # Bigrams in one section of each report (most of the shared): one product each, all of
    # the same rarity, applied at the end.
    left_alone, right_alone = left_side.alone, right_side.alone
    left_alone_weights, right_alone_weights = left_side.alone_weights, right_side.alone_weights
    alone_on_both = left_alone.keys() & right_alone.keys()
    if alone_on_both:  # (then both reports have sections: total >= 2)
        left_squares = [0.0] * left_count
        right_squares = [0.0] * right_count
        for gram in alone_on_both:
            i = left_alone[gram]
            j = right_alone[gram]
            left_weight = left_alone_weights[gram]
            right_weight = right_alone_weights[gram]
            dots[i][j] += left_weight * right_weight
            left_squares[i] += left_weight * left_weight
            right_squares[j] += right_weight * right_weight
        both = squared_rarity[2]
        for i, square in enumerate(left_squares):
            left_lengths[i] += square * (both - squared_rarity[1])
        for j, square in enumerate(right_squares):
            right_lengths[j] += square * (both - squared_rarity[1])
        for row in dots:
            row[:] = [dot * both for dot in row]

    # Bigrams in several sections of one report or both.
    left_spread, right_spread = left_side.spread, right_side.spread
    shared = (
        (left_spread.keys() & right_alone.keys())
        | (left_alone.keys() & right_spread.keys())
        | (left_spread.keys() & right_spread.keys())
    )
    for gram in shared:
        left_found = left_spread.get(gram) or ((left_alone[gram], left_alone_weights[gram]),)
        right_found = right_spread.get(gram) or ((right_alone[gram], right_alone_weights[gram]),)
        # Squared rarities: over both reports, and what it replaces, over one.
        both = squared_rarity[len(left_found) + len(right_found)]
        change = both - squared_rarity[len(left_found)]
        for i, value in left_found:
            left_lengths[i] += value * value * change
        change = both - squared_rarity[len(right_found)]
        for j, value in right_found:
            right_lengths[j] += value * value * change
        for i, left_value in left_found:
            row = dots[i]
            scaled = left_value * both
            for j, right_value in right_found:
                row[j] += scaled * right_value

    right_norms = [math.sqrt(length) for length in right_lengths]
    return [
        [dot / (norm * other) if dot else 0.0 for dot, other in zip(row, right_norms, strict=True)]
        for row, norm in zip(dots, map(math.sqrt, left_lengths), strict=True)
    ]


def _lengths_alone(side: ThemeSide, squared_rarity: Sequence[float]) -> list[float]:
    """Each section's squared vector length were the other report to share none of its
    bigrams: its squared weights by spread, times the squared rarity of that spread."""
    return [
        sum(square * squared_rarity[found_in] for found_in, square in by_spread.items())
        for by_spread in side.squares
    ]


def forget_passages() -> None:
    """Drop the kept weights, grams and heading keys of every passage seen."""
    for kept in (theme_side, likeness_grams, _title_grams):
        kept.cache_clear()
