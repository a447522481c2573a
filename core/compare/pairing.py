"""Pairing the parts and areas of two reports by title, theme and position, with user overrides.

A 2024 area of work and its 2026 successor rarely share a title word for word
(``（三）着力发挥资源优势，加快建设能源强市`` / ``（二）坚持双碳引领、多能融合，构建新型能源体系``),
so a pair is scored by its titles (numbering and years masked), by the rarity-weighted bigrams
of its content (its theme), and a little by its position (an area's within its part); the
best-scoring pairs are taken first, one section to one section. Areas of paired parts get a
bonus, so an area pairs across parts only when its theme is clearly elsewhere.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from core.compare.pair_reasons import PairReason, ReasonKind
from core.compare.part_roles import part_role
from core.compare.records import PairOverride
from core.compare.section_labels import CLOSING, PREAMBLE, WHOLE
from core.compare.similarity import ThemeSide, side_cosines, theme_cosines, title_similarity
from core.compare.units import Unit

TITLE_WEIGHT = 0.35
CONTENT_WEIGHT = 0.65
POSITION_WEIGHT = 0.1
PARENT_BONUS = 0.15
# A numbered area of work (（一）, 一是) against a lead line or bullet (——经济发展迈上新台阶, the
# year's summary before 晋城's numbered areas): a little less likely than against another
# numbered area, which a near tie then prefers (``Unit.marked``).
UNLIKE_HEADINGS = 0.05
# Parts keep their order in every report (review, five-year goals, plan, the government's own
# work), so they are aligned in order, which lets a weaker likeness count.
PART_THRESHOLD = 0.15
AREA_THRESHOLD = 0.22
# Below this theme likeness, a pair stands only on a title likeness of at least MIN_TITLE:
# position and the parent bonus alone must not pair two unrelated areas.
MIN_CONTENT = 0.08
MIN_TITLE = 0.2


Candidate = tuple[float, int, int, float, float, bool]
"""A pair considered: ``(score, left index, right index, title, content, by place)``, where
``by place`` marks a pair of which one unit at least has no heading of its own (its title
score is then that of its place, ``_place_title_score``). A plain tuple: an area level has
hundreds to a few thousand of them, made and sorted at every comparison."""


@dataclass(frozen=True)
class UnitPair:
    """Two units found to correspond, or a unit of one side only."""

    left: Unit | None
    right: Unit | None
    similarity: float
    reason: PairReason


def _place_title_score(left_title: str, right_title: str, parents_paired: bool) -> float:
    """The title score of a pair of which one unit at least has no heading of its own.

    A stretch without heading says nothing by its name (``（导语）`` is a label made here, not a
    title a reader wrote), except that the opening (the closing) of a part corresponds to the
    opening (closing) of the part paired with it, and a part without areas to the part paired
    with it as a whole: a likeness of place, which stands only with some likeness of content
    (``_weak``).
    """
    pseudo = (PREAMBLE, WHOLE, CLOSING)
    return 1.0 if parents_paired and left_title == right_title in pseudo else 0.0


def _relative(index: int, count: int) -> float:
    return index / (count - 1) if count > 1 else 0.0


def places_in_parent(units: Sequence[Unit]) -> list[float | None]:
    """Where each unit stands among its siblings (the units of its part), 0 first to 1 last;
    None for the one unit of its part, which stands nowhere in particular.

    An area's place is read within its part, not within the report: two reports' reviews
    rarely have as many areas (晋城 lists ``——`` lines and ``一是…八是`` items), so a plan's
    first area would otherwise stand, in the report, far from the other plan's first.
    """
    counts: dict[tuple[str, ...], int] = {}
    indices = []
    for unit in units:
        parent = unit.path[:-1]
        indices.append(counts.get(parent, 0))
        counts[parent] = indices[-1] + 1
    return [
        _relative(index, counts[unit.path[:-1]]) if counts[unit.path[:-1]] > 1 else None
        for index, unit in zip(indices, units, strict=True)
    ]


def pair_units(
    left: Sequence[Unit],
    right: Sequence[Unit],
    left_text: str,
    right_text: str,
    *,
    overrides: Sequence[PairOverride] = (),
    threshold: float = AREA_THRESHOLD,
    paired_parents: frozenset[tuple[tuple[str, ...], tuple[str, ...]]] = frozenset(),
    ordered: bool = False,
    themes: tuple[ThemeSide, ThemeSide] | None = None,
) -> list[UnitPair]:
    """Pair two lists of units of the same level; the result is in reading order.

    Args:
        left: units of the left (older) report, in text order.
        right: units of the right (newer) report, in text order.
        left_text: the left report's text (units are spans of it).
        right_text: the right report's text.
        overrides: the user's corrections: pairs forced, units kept unpaired.
        threshold: the lowest score that makes a pair.
        paired_parents: ``(left_part_path, right_part_path)`` of paired parts; areas within a
            paired part pair more readily.
        ordered: pairs keep the order of both reports (an alignment, for parts); otherwise
            the best pairs are taken first in any order (for areas, which get reordered).
        themes: the units' bigram postings on each side (``SideTokens.theme`` of their
            bodies), when kept; made from the passages otherwise (``theme_cosines``).
    """
    left_passages = [left_text[u.body_start : u.end] for u in left]
    right_passages = [right_text[u.body_start : u.end] for u in right]
    if themes is None:
        contents = theme_cosines(left_passages, right_passages)
    elif (themes[0].sections, themes[1].sections) != (len(left), len(right)):
        raise ValueError("the themes given are not of these units")
    else:
        contents = side_cosines(*themes)
    forced: dict[int, int] = {}
    banned_left: set[int] = set()
    banned_right: set[int] = set()
    left_index = {u.path: i for i, u in enumerate(left)}
    right_index = {u.path: j for j, u in enumerate(right)}
    for override in overrides:
        i = left_index.get(override.left) if override.left is not None else None
        j = right_index.get(override.right) if override.right is not None else None
        if override.left is not None and override.right is not None:
            if i is not None and j is not None:
                forced[i] = j
                banned_left.add(i)
                banned_right.add(j)
        elif i is not None:
            banned_left.add(i)
        elif j is not None:
            banned_right.add(j)

    candidates = _scored_candidates(
        left,
        right,
        left_passages,
        right_passages,
        contents,
        paired_parents,
        banned_left,
        banned_right,
    )
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    # Each unit's likeliest partner, whether or not it is paired with it in the end; a pair
    # standing on position and the parent bonus alone is no partner at all.
    closest_left: dict[int, tuple[int, float]] = {}
    closest_right: dict[int, tuple[int, float]] = {}
    for candidate in candidates:
        score, i, j, _, _, _ = candidate
        if not _weak(candidate):
            closest_left.setdefault(i, (j, score))
            closest_right.setdefault(j, (i, score))
    if ordered:
        candidates = _in_order(candidates, len(left), len(right), threshold, forced)

    matched: dict[int, tuple[int, float, PairReason]] = {
        i: (j, *_by_hand(left[i], right[j], contents[i][j])) for i, j in forced.items()
    }
    taken_right = set(forced.values())
    for candidate in candidates:
        score, i, j, title, content, by_place = candidate
        if score < threshold or _weak(candidate) or i in matched or j in taken_right:
            continue
        matched[i] = (j, min(1.0, score), _reason(title, content, by_place))
        taken_right.add(j)

    unpaired_by_hand = PairReason(ReasonKind.UNPAIRED_BY_HAND)
    pairs: list[UnitPair] = []
    for i, lu in enumerate(left):
        if i in matched:
            j, score, reason = matched[i]
            pairs.append(UnitPair(lu, right[j], round(score, 3), reason))
        elif i in banned_left:
            pairs.append(UnitPair(lu, None, 0.0, unpaired_by_hand))
        else:
            reason = _unpaired_reason(True, closest_left.get(i), right, threshold, taken_right)
            pairs.append(UnitPair(lu, None, 0.0, reason))
    for j, ru in enumerate(right):
        if j in taken_right:
            continue
        if j in banned_right:
            reason = unpaired_by_hand
        else:
            reason = _unpaired_reason(False, closest_right.get(j), left, threshold, matched.keys())
        pairs.append(UnitPair(None, ru, 0.0, reason))
    return reading_order(pairs)


def _unpaired_reason(
    removed: bool,
    closest: tuple[int, float] | None,
    others: Sequence[Unit],
    threshold: float,
    others_paired: Collection[int],
) -> PairReason:
    """Why a unit stands alone: nothing on the other side is alike, what is went elsewhere,
    or pairing with it would cross a pair made (parts keep their order).

    Args:
        removed: a left unit (removed), not a right one (added).
        closest: the other side's likeliest partner (its index and score), if any is alike.
        others: the other side's units.
        threshold: the lowest score that makes a pair.
        others_paired: the indices of the other side's units that were paired.
    """
    if closest is None or closest[1] < threshold:
        best = closest[1] if closest is not None else 0.0
        return PairReason(ReasonKind.NOTHING_ALIKE, score=best, removed=removed)
    index, score = closest
    kind = ReasonKind.CLOSEST_TAKEN if index in others_paired else ReasonKind.OUT_OF_ORDER
    return PairReason(kind, score=score, removed=removed, closest=others[index].path)


def _scored_candidates(
    left: Sequence[Unit],
    right: Sequence[Unit],
    left_passages: Sequence[str],
    right_passages: Sequence[str],
    contents: Sequence[Sequence[float]],
    paired_parents: frozenset[tuple[tuple[str, ...], tuple[str, ...]]],
    banned_left: set[int],
    banned_right: set[int],
) -> list[Candidate]:
    """Every allowed pair (``Candidate``); ``contents`` are the theme likenesses of every pair
    (``theme_cosines``).

    What depends on one unit alone (its title, whether it has a heading, its parent, position
    and passage) is found once per unit, not once per pair: an area level has some 700 pairs.
    Two parts whose titles name different kinds of part (a review, a plan) are no candidates,
    nor are their areas.
    """
    right_in_part = places_in_parent(right)
    others = [
        (
            j,
            ru.title,
            ru.is_pseudo,
            ru.path[:-1],
            right_passages[j],
            part_role(ru.path[0]),
            ru.marked,
        )
        for j, ru in enumerate(right)
        if j not in banned_right
    ]
    left_in_part = places_in_parent(left)
    candidates: list[Candidate] = []
    for i, lu in enumerate(left):
        if i in banned_left:
            continue
        parent, passage, role = lu.path[:-1], left_passages[i], part_role(lu.path[0])
        left_title, left_pseudo = lu.title, lu.is_pseudo
        place, place_in_part = _relative(i, len(left)), left_in_part[i]
        row = contents[i]
        marked = lu.marked
        for (
            j,
            right_title,
            right_pseudo,
            right_parent,
            right_passage,
            right_role,
            right_marked,
        ) in others:
            if role is not None and right_role is not None and role is not right_role:
                continue  # a review is never a plan, nor its areas a plan's (``part_roles``)
            parents_paired = (parent, right_parent) in paired_parents
            by_place = left_pseudo or right_pseudo
            if by_place:
                title = _place_title_score(left_title, right_title, parents_paired)
            else:
                title = title_similarity(left_title, right_title)
            content = row[j]
            if content == 0.0 and passage == right_passage and passage.strip():
                content = 1.0  # the same text, too short or too foreign to have bigrams
            # Within paired parts, places in the parts; across parts, places in the reports.
            right_in = right_in_part[j]
            if not parents_paired:
                position = 1 - abs(place - _relative(j, len(right)))
            elif place_in_part is None or right_in is None:
                position = 1.0
            else:
                position = 1 - abs(place_in_part - right_in)
            score = TITLE_WEIGHT * title + CONTENT_WEIGHT * content + POSITION_WEIGHT * position
            if {marked, right_marked} == {"numbered", "lead"}:
                score -= UNLIKE_HEADINGS
            # Areas of paired parts pair more readily; across parts only when clearly alike.
            if parents_paired:
                score += PARENT_BONUS
            elif paired_parents:
                score -= PARENT_BONUS
            candidates.append((score, i, j, title, content, by_place))
    return candidates


def _in_order(
    candidates: list[Candidate],
    left_count: int,
    right_count: int,
    threshold: float,
    forced: dict[int, int],
) -> list[Candidate]:
    """The candidates of the best order-keeping alignment (most total score), best first."""
    eligible = {(c[1], c[2]): c for c in candidates if c[0] >= threshold and not _weak(c)}
    weight = {key: c[0] for key, c in eligible.items()}
    for i, j in forced.items():
        weight[(i, j)] = 10.0  # a pair made by hand always stands
    best = [[0.0] * (right_count + 1) for _ in range(left_count + 1)]
    for i in range(1, left_count + 1):
        for j in range(1, right_count + 1):
            best[i][j] = max(best[i - 1][j], best[i][j - 1])
            if (i - 1, j - 1) in weight:
                best[i][j] = max(best[i][j], best[i - 1][j - 1] + weight[(i - 1, j - 1)])
    chosen = []
    i, j = left_count, right_count
    while i > 0 and j > 0:
        if best[i][j] == best[i - 1][j]:
            i -= 1
        elif best[i][j] == best[i][j - 1]:
            j -= 1
        else:
            if (i - 1, j - 1) in eligible:
                chosen.append(eligible[(i - 1, j - 1)])
            i, j = i - 1, j - 1
    return sorted(chosen, key=lambda c: (-c[0], c[1], c[2]))


def _weak(candidate: Candidate) -> bool:
    """Whether a pair would stand on position and the parent bonus alone (no partner at all).

    A likeness of place (two openings of paired parts) is of that kind: a newspaper edition
    starting mid-part has, before its first area, the tail of an area of a lost page, which
    is no opening but is placed as one.
    """
    _, _, _, title, content, by_place = candidate
    return content < MIN_CONTENT and (by_place or title < MIN_TITLE)


def _by_hand(left: Unit, right: Unit, content: float) -> tuple[float, PairReason]:
    """A pair the user made: its likeness as measured (a pair made against the engine's
    judgement is not said to be alike), and the reason that names the user's hand."""
    headings = not (left.is_pseudo or right.is_pseudo)
    title = title_similarity(left.title, right.title) if headings else 0.0
    reason = PairReason(ReasonKind.PAIRED_BY_HAND, title, content, headings=headings)
    return round(content, 3), reason


def _reason(title: float, content: float, by_place: bool = False) -> PairReason:
    """Why a pair was made: its titles, its place (stretches without heading), or its theme."""
    if by_place and title > 0:
        return PairReason(ReasonKind.SAME_PLACE, content=content)
    if title >= 0.999:
        kind = ReasonKind.SAME_TITLE
    elif title >= 0.5:
        kind = ReasonKind.SIMILAR_TITLE
    else:
        kind = ReasonKind.SAME_THEME
    return PairReason(kind, title=title, content=content, headings=not by_place)


def reading_order(pairs: Sequence[UnitPair]) -> list[UnitPair]:
    """Pairs in the left report's order, each added unit after the pair preceding it on the right.

    Args:
        pairs: pairs in any order; a paired or removed unit has a left unit.
    """
    with_left = sorted((p for p in pairs if p.left is not None), key=lambda p: _start(p.left))
    added = sorted((p for p in pairs if p.left is None), key=lambda p: _start(p.right))
    result: list[UnitPair] = []
    pending = list(added)
    for pair in with_left:
        if pair.right is not None:
            # Added units that stand before this pair's right unit come first.
            while pending and _start(pending[0].right) < pair.right.start:
                result.append(pending.pop(0))
        result.append(pair)
    result.extend(pending)
    return result


def _start(unit: Unit | None) -> int:
    return unit.start if unit is not None else -1
