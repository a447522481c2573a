"""Finding annotations' passages again in a changed text: exactly, then fuzzily, else orphaned.

An anchor is first looked for word for word (in the match text, so punctuation width and line
breaks do not count), a repeated phrase told apart by its context and its old place. Failing
that, the quote with its context is located by shared four-character seeds and aligned with
``difflib`` around the best places; the passage is taken when the quote is still mostly there,
its context agrees and no other place is nearly as good. Anything less is an orphan, kept with
its old quote and, when there is one, a suggested place for the user to confirm. Nothing is
dropped and nothing is moved on a guess.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import Match, SequenceMatcher

from core.compare.similarity import title_similarity
from core.model import Outline
from core.notes.anchors import make_anchor, match_key, match_text, section_path_at
from core.notes.records import Anchor, AnchorStatus, Placement

# Word-for-word hits need this share of their context to agree, unless the quote is long
# enough to stand on its own and occurs once. Policy prose repeats whole formulations
# (``习近平总书记对山西工作的重要讲话重要指示精神``) in the review and in the plan, so a
# short quote needs nearly all of its context.
EXACT_CONTEXT = 0.8
SELF_EVIDENT_QUOTE = 16
# A reworded passage is taken when its quote is at least this alike, and the quote with its
# context (each character counted once) at least ``MIN_EVIDENCE``…
MIN_QUOTE_SIMILARITY = 0.6
MIN_EVIDENCE = 0.8
# …and the next best place scores clearly lower.
AMBIGUITY_MARGIN = 0.1
# Below this overall score a place is not even suggested.
SUGGEST_SCORE = 0.35
SEED = 4
BUCKET = 8
CANDIDATES = 6
MAX_SEED_HITS = 40
# A passage found under headings unlike its old ones (the plan's guiding sentence repeats the
# review's) is only suggested: some title of the new path must be this alike to an old one.
SAME_SECTION_TITLE = 0.6


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


@dataclass(frozen=True)
class _Candidate:
    start: int  # in the match text
    end: int
    score: float
    quote_similarity: float
    context_similarity: float


class AnchorFinder:
    """Finds anchors in one text; build once per text, then ``place`` each anchor.

    Args:
        text: the (new) text as read.
        outline: its section tree; when given, a passage is only taken under headings like
            the ones it was under.
    """

    def __init__(self, text: str, outline: Outline | None = None) -> None:
        self.text = text
        self.outline = outline
        self.match = match_text(text)
        self._seeds: dict[str, list[int]] | None = None

    def _seed_index(self) -> dict[str, list[int]]:
        if self._seeds is None:
            index: defaultdict[str, list[int]] = defaultdict(list)
            key = self.match.key
            for i in range(len(key) - SEED + 1):
                index[key[i : i + SEED]].append(i)
            self._seeds = dict(index)
        return self._seeds

    def place(self, anchor: Anchor) -> Placement:
        """Where ``anchor``'s passage is in this text (or an orphan placement).

        Args:
            anchor: the anchor, made on an earlier version of the text (or on this one).
        """
        quote, prefix, suffix = (
            match_key(anchor.quote),
            match_key(anchor.prefix),
            match_key(anchor.suffix),
        )
        if not quote:
            return self._orphan(anchor, None)
        expected = self.match.from_original(anchor.start)
        exact = self._exact(quote, prefix, suffix, expected)
        if exact is not None and self._same_section(anchor, exact[0]):
            return self._placement(AnchorStatus.PLACED, exact[0], exact[1], 1.0)
        candidates = self._fuzzy(quote, prefix, suffix, expected)
        if not candidates:
            return self._orphan(anchor, None)
        best = candidates[0]
        rivals = [
            c
            for c in candidates[1:]
            if abs(c.start - best.start) >= max(4, len(quote) // 2)
            and c.score > best.score - AMBIGUITY_MARGIN
        ]
        confident = (
            best.quote_similarity >= MIN_QUOTE_SIMILARITY
            and best.score >= MIN_EVIDENCE
            and not rivals
            and self._same_section(anchor, best.start)
        )
        if confident:
            found = self.match.key[best.start : best.end]
            status = AnchorStatus.PLACED if found == quote else AnchorStatus.CHANGED
            return self._placement(status, best.start, best.end, best.quote_similarity)
        return self._orphan(anchor, best if best.score >= SUGGEST_SCORE else None)

    def _same_section(self, anchor: Anchor, position: int) -> bool:
        """Whether the match-text ``position`` lies under headings like the anchor's."""
        if self.outline is None or not anchor.section_path:
            return True
        path = section_path_at(self.outline, self.match.origin[position])
        if not path:
            return True
        return any(
            title_similarity(old, new) >= SAME_SECTION_TITLE
            for old in anchor.section_path
            for new in path
        )

    def _placement(
        self, status: AnchorStatus, start: int, end: int, similarity: float
    ) -> Placement:
        s, e = self.match.span_to_original(start, end)
        return Placement(status, s, e, self.text[s:e], round(similarity, 3))

    def _orphan(self, anchor: Anchor, suggestion: _Candidate | None) -> Placement:
        if suggestion is None or suggestion.end <= suggestion.start:
            start = min(anchor.start, len(self.text))
            return Placement(AnchorStatus.ORPHANED, start, start, anchor.quote, 0.0)
        s, e = self.match.span_to_original(suggestion.start, suggestion.end)
        return Placement(
            AnchorStatus.ORPHANED,
            s,
            e,
            self.text[s:e],
            round(suggestion.quote_similarity, 3),
            suggested=True,
        )

    def _exact(self, quote: str, prefix: str, suffix: str, expected: int) -> tuple[int, int] | None:
        key = self.match.key
        hits: list[tuple[int, int]] = []  # (context agreement, position)
        at = key.find(quote)
        while at >= 0 and len(hits) < 1000:
            agreement = _common_suffix(prefix, key[max(0, at - len(prefix)) : at])
            agreement += _common_prefix(
                suffix, key[at + len(quote) : at + len(quote) + len(suffix)]
            )
            hits.append((agreement, at))
            at = key.find(quote, at + 1)
        if not hits:
            return None
        hits.sort(key=lambda h: (-h[0], abs(h[1] - expected)))
        agreement, position = hits[0]
        context = len(prefix) + len(suffix)
        share = agreement / context if context else 1.0
        tied = len(hits) > 1 and hits[1][0] == agreement
        if share >= EXACT_CONTEXT and not (tied and share < 1.0 and context):
            return position, position + len(quote)
        if len(hits) == 1 and len(quote) >= SELF_EVIDENT_QUOTE and share >= EXACT_CONTEXT / 2:
            return position, position + len(quote)
        return None

    def _fuzzy(self, quote: str, prefix: str, suffix: str, expected: int) -> list[_Candidate]:
        whole = prefix + quote + suffix
        seeds = self._seed_index()
        votes: Counter[int] = Counter()
        for i in range(len(whole) - SEED + 1):
            hits = seeds.get(whole[i : i + SEED], ())
            if len(hits) > MAX_SEED_HITS:
                continue  # a stock phrase (``高质量发展``) says nothing about the place
            for position in hits:
                votes[(position - i) // BUCKET] += 1
        if not votes:
            return []
        buckets = sorted(votes, key=lambda b: (-votes[b], abs(b * BUCKET - expected)))
        found: dict[tuple[int, int], _Candidate] = {}
        for bucket in buckets[:CANDIDATES]:
            candidate = self._align(whole, len(prefix), len(prefix) + len(quote), bucket * BUCKET)
            if candidate is not None:
                found.setdefault((candidate.start, candidate.end), candidate)
        return sorted(found.values(), key=lambda c: (-c.score, abs(c.start - expected)))

    def _align(self, whole: str, q_start: int, q_end: int, origin: int) -> _Candidate | None:
        key = self.match.key
        margin = max(16, len(whole) // 4)
        low = max(0, origin - margin)
        window = key[low : origin + len(whole) + margin]
        matcher = SequenceMatcher(None, whole, window, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            return None
        start = _map_start(blocks, q_start)
        end = _map_end(blocks, q_end)
        if start is None or end is None or end <= start:
            return None
        found = window[start:end]
        quote = whole[q_start:q_end]
        quote_similarity = SequenceMatcher(None, quote, found, autojunk=False).ratio()
        context = q_start + (len(whole) - q_end)
        agreed = sum(
            max(0, min(b.a + b.size, q_start) - b.a) + max(0, b.a + b.size - max(b.a, q_end))
            for b in blocks
        )
        context_similarity = agreed / context if context else 1.0
        # Evidence: the share of the anchor's characters found again, quote and context alike.
        score = (quote_similarity * len(quote) + agreed) / len(whole)
        return _Candidate(low + start, low + end, score, quote_similarity, context_similarity)


def _map_start(blocks: Sequence[Match], point: int) -> int | None:
    """Where ``point`` of the anchor falls in the window, for a passage's start."""
    previous_end: int | None = None
    for block in blocks:
        a, b, size = block.a, block.b, block.size
        if a <= point < a + size:
            return int(b + point - a)
        if a > point:
            return previous_end if previous_end is not None else int(b)
        previous_end = int(b + size)
    return None


def _map_end(blocks: Sequence[Match], point: int) -> int | None:
    """Where ``point`` of the anchor falls in the window, for a passage's end."""
    following: int | None = None
    for block in reversed(blocks):
        a, b, size = block.a, block.b, block.size
        if a < point <= a + size:
            return int(b + point - a)
        if a + size < point:
            return following if following is not None else int(b + size)
        following = int(b)
    return None


def reanchor(
    anchors: Sequence[Anchor], text: str, outline: Outline | None = None
) -> list[tuple[Anchor, Placement]]:
    """Find each anchor's passage in ``text``; give its new anchor (the old one for an orphan).

    Args:
        anchors: anchors made on an earlier version of the text.
        text: the new text as read.
        outline: the new text's section tree, for the new anchors' section paths.

    Returns:
        One ``(anchor, placement)`` per anchor, in the order given: a placed or changed
        annotation's anchor is rebuilt on the new text; an orphan keeps its old anchor.
    """
    finder = AnchorFinder(text, outline)
    results = []
    for anchor in anchors:
        placement = finder.place(anchor)
        if placement.status is AnchorStatus.ORPHANED:
            results.append((anchor, placement))
        else:
            fresh = make_anchor(text, placement.start, placement.end, outline)
            if outline is None:
                fresh = replace(fresh, section_path=anchor.section_path)
            results.append((fresh, placement))
    return results
