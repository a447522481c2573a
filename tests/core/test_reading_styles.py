"""Where a reader styles a report's text, worked out without Qt."""

from __future__ import annotations

from core.outline import parse_outline
from core.reading_styles import ZERO_WIDTH, Style, StyledSpan, reading_styles

TEXT = "一、过去一年工作回顾\n\nPM_{2.5}浓度下降。\n第1页\n"


def test_headings_subscripts_and_noise_are_styled_in_order() -> None:
    noise = [(TEXT.index("第1页"), TEXT.index("第1页") + 3)]
    styles = reading_styles(TEXT, parse_outline(TEXT), noise)
    assert styles.shown == TEXT
    assert styles.part_starts == (0,)
    pm = TEXT.index("_{")
    assert styles.spans == (
        StyledSpan(noise[0][0], noise[0][1], Style.NOISE),
        StyledSpan(pm, pm + 2, Style.HIDDEN),
        StyledSpan(pm + 2, pm + 5, Style.LOWERED),
        StyledSpan(pm + 5, pm + 6, Style.HIDDEN),
        StyledSpan(0, len("一、过去一年工作回顾"), Style.HEADING_1),
    )


def test_a_joined_gap_is_shown_as_zero_width_spaces_one_for_one() -> None:
    text = "目标是：地\n\n区生产总值增长6%。\n"
    gap = (text.index("\n"), text.index("区"))
    styles = reading_styles(text, parse_outline(text), joined=[gap])
    assert styles.shown == text.replace("\n\n", ZERO_WIDTH * 2, 1)
    assert len(styles.shown) == len(text)


def test_markdown_marks_are_hidden_in_place_of_other_styles_and_bold_follows() -> None:
    text = "增长**2.6%**。\n"
    styles = reading_styles(text, parse_outline(text))
    bold = text.index("2.6"), text.index("%*") + 1
    assert styles.spans[-3:] == (
        StyledSpan(bold[0] - 2, bold[0], Style.HIDDEN, replace=True),
        StyledSpan(bold[1], bold[1] + 2, Style.HIDDEN, replace=True),
        StyledSpan(*bold, Style.BOLD),
    )


def test_the_start_of_the_styles_cuts_spans_at_its_end() -> None:
    styles = reading_styles(TEXT, parse_outline(TEXT))
    start = styles.upto(5)
    assert start.shown == TEXT[:5]
    assert start.part_starts == (0,)
    assert start.spans == (StyledSpan(0, 5, Style.HEADING_1),)
