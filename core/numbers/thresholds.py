"""Amounts that say which things a figure is of, not what the city commits to: in
``集体经济年收入30万元、50万元、100万元以上的村分别达到75%、55%、35%`` the three amounts are
thresholds naming three kinds of village, and the shares are the figures (75% of villages reach
30万元 and more). So is ``集体经济收入超30万元的行政村达到67%`` with one threshold."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.numbers.list_items import LIST_GAP
from core.numbers.not_a_figure import RATE_UNITS
from core.numbers.values import COUNT_UNITS, Figure

# A floor written before the first threshold: ``超30万元的行政村``.
_FLOOR_BEFORE = re.compile(r"(?:超过|超|突破|不低于|不少于)$")
# After the thresholds: 的, the things they pick out, and the verb of the figures that follow.
_THINGS_THEN_VERB = re.compile(
    r"(?P<or_more>及?以[上下])?的(?P<things>[\u3400-\u9fff]{1,8}?)(?:分别|均|都)?"
    r"(?P<verb>达到|达|占比|占到|占|为|超过|突破)(?:约|近)?(?=\d)"
)


@dataclass(frozen=True)
class ThresholdList:
    """Thresholds that name kinds of things, and the figure each kind reaches.

    Attributes:
        thresholds: the amounts, in the order written (``30万元``, ``50万元``, ``100万元以上``).
        figures: the figure of each kind, in the same order (``75%``, ``55%``, ``35%``).
        qualifier: what the thresholds share (``以上``, ``以下``), written after the last one or
            before the first (``超30万元``).
        floor_before: the floor's words before the first threshold (``超``), or empty.
        things: the words naming what the thresholds pick out (``村``, ``行政村``).
        things_end: where those words end (the verb of the figures follows).
        verb: that verb (``达到``).
    """

    thresholds: tuple[Figure, ...]
    figures: tuple[Figure, ...]
    qualifier: str
    floor_before: str
    things: str
    things_end: int
    verb: str

    def kind_name(self, text: str, index: int) -> str:
        """The name of the ``index``-th kind, its threshold and shared qualifier written out:
        ``50万元以上的村``.

        Args:
            text: the scanning copy the figures were found in.
            index: which threshold.
        """
        threshold = self.thresholds[index]
        amount = text[threshold.start : threshold.end]
        if threshold.qualifier is None and not self.floor_before:
            amount += self.qualifier
        return f"{self.floor_before}{amount}的{self.things}"


def _joined_run(text: str, figures: Sequence[Figure], first: int) -> int:
    """The index after the last figure listed with ``figures[first]`` in one unit (``30万元、
    50万元、100万元以上``)."""
    last = first
    while (
        last + 1 < len(figures)
        and figures[last + 1].unit == figures[first].unit
        and LIST_GAP.fullmatch(text, figures[last].end, figures[last + 1].start)
    ):
        last += 1
    return last + 1


def _is_amount(figure: Figure) -> bool:
    return figure.value is not None and figure.unit not in COUNT_UNITS | RATE_UNITS


def threshold_lists(text: str, figures: Sequence[Figure]) -> list[ThresholdList]:
    """The runs of ``figures`` that are thresholds naming kinds of things, with their figures.

    A run of amounts in one unit is a list of thresholds when the last is a floor or a ceiling
    (``100万元以上``, or ``超30万元`` before the first), 的 and the things they pick out follow,
    then a verb and as many figures as there are thresholds, listed one after the other.

    Args:
        text: the scanning copy of a report.
        figures: the figures of one clause, in text order.
    """
    found: list[ThresholdList] = []
    first = 0
    while first < len(figures):
        end = _joined_run(text, figures, first)
        run = figures[first:end]
        floor = _FLOOR_BEFORE.search(text, max(0, run[0].start - 3), run[0].start)
        things = _THINGS_THEN_VERB.match(text, run[-1].end)
        qualifier = run[-1].qualifier if run[-1].qualifier in ("以上", "以下") else None
        if things is not None and things.group("or_more"):
            qualifier = things.group("or_more")[-2:]  # ``100万元及以上的村``
        if not _is_amount(run[0]) or (qualifier is None and floor is None) or things is None:
            first = end
            continue
        values_end = _joined_run(text, figures, end) if end < len(figures) else end
        values = figures[end:values_end]
        if len(values) != len(run) or values[0].start != things.end():
            first = end
            continue
        found.append(
            ThresholdList(
                thresholds=tuple(run),
                figures=tuple(values),
                qualifier=qualifier or "以上",
                floor_before=floor.group() if floor else "",
                things=things.group("things"),
                things_end=things.end("things"),
                verb=things.group("verb"),
            )
        )
        first = values_end
    return found
