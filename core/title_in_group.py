"""What a report's title says beyond the region and year of the groups it is listed under.

The library lists reports under their region, then their year. A detected title repeats both
(``长治市2024年政府工作报告（报纸版）``): listed under 长治市 › 2024 the row reads
``政府工作报告（报纸版）``, which is what tells it from the other reports of that year, and fits
a narrow column. The title itself stays whole wherever it names the report on its own (a tab,
an export, the tooltip, the filter).
"""

from __future__ import annotations

import re

# The characters that end a region's name (长治市, 山西省, 壶关县): a title opening with the
# group's name followed by one of them names another place (长治 and 长治县), kept whole.
REGION_SUFFIXES = "省市县区州旗"
# What may stand between the region, the year and the rest of a title.
_BETWEEN = " \t\u3000·・-–—_:："
_BETWEEN_RUN = f"[{re.escape(_BETWEEN)}]*"


def title_within_group(title: str, region: str | None, year: int | None) -> str:
    """The part of ``title`` its groups in the library do not already name.

    The region and the year (``2024年``, or ``2024`` standing alone) are dropped from the
    start of the title, in either order, with what separates them from the rest.

    Args:
        title: the report's title.
        region: the region it is listed under (None or ``""``: unknown, nothing dropped).
        year: the year it is listed under (None or 0: unknown, nothing dropped).

    Returns:
        The rest of the title; the title whole when it does not open with its groups, or
        when nothing but them would be left.
    """
    rest = title
    pieces = [piece for piece in (_region_at_start(region), _year_at_start(year)) if piece]
    dropped = False
    while match := next((m for piece in pieces if (m := piece.match(rest))), None):
        pieces.remove(match.re)
        rest = rest[match.end() :].lstrip(_BETWEEN)
        dropped = True
    if not dropped or not rest.strip(_BETWEEN):
        return title
    return rest


def _region_at_start(region: str | None) -> re.Pattern[str] | None:
    """A title's opening that is ``region``'s name and ends there."""
    if not region:
        return None
    # 长治 opening 长治县 is another place; ``Chang`` opening ``Changzhi`` another word.
    ending = f"[{REGION_SUFFIXES}]" if not region.isascii() else r"[^\W\d_]"
    return re.compile(f"{_BETWEEN_RUN}{re.escape(region)}(?!{ending})")


def _year_at_start(year: int | None) -> re.Pattern[str] | None:
    """A title's opening that is ``year``: ``2024年``, or 2024 not followed by a digit."""
    if not year:
        return None
    return re.compile(f"{_BETWEEN_RUN}{year}(?:[ \u3000]*年|(?!\\d))")
