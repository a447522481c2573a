"""Paragraph starts shown by a PDF's layout: wider gaps and first-line indents, page by page."""

from __future__ import annotations

from core.ingest.pdf_layout import pages_to_text
from core.ingest.pdf_lines import LinePlace, PageLine, split_placed_text
from core.ingest.pdf_paragraph_marks import gaps_before, indented_lines

SIZE = 12.0
EDGE = 60.0
# Twenty characters: a full line of the text block.
FULL = "全市上下坚持以新时代中国特色社会主义思想"
ENDING_FULL = "全市上下坚持以新时代中国特色社会主义思想。"
SHORT = "攻坚克难。"


def page(*rows: tuple[float, float, str]) -> list[PageLine]:
    """Lines at (characters set in, y, text)."""
    return [PageLine(text, LinePlace(EDGE + chars * SIZE, y, SIZE)) for chars, y, text in rows]


def spaced(*texts: str, gap_after: tuple[int, ...] = (), top: float = 700) -> list[PageLine]:
    """Lines 18 points apart, with 10 points more after the lines numbered in ``gap_after``."""
    rows, y = [], top
    for index, text in enumerate(texts):
        rows.append((0.0, y, text))
        y -= 18 + (10 if index in gap_after else 0)
    return page(*rows)


def test_a_wider_gap_marks_the_line_below_it() -> None:
    lines = spaced(FULL, ENDING_FULL, FULL, SHORT, gap_after=(1,))
    assert gaps_before([lines]) == [False, False, True, False]


def test_lines_spaced_alike_have_no_gaps() -> None:
    assert gaps_before([spaced(FULL, ENDING_FULL, FULL, SHORT)]) == [False] * 4


def test_no_gap_is_read_across_a_page_break_or_up_to_a_new_column() -> None:
    first = spaced(FULL, FULL, FULL, top=100)
    # The next page starts at its top; a second column starts back up the page.
    second = [*spaced(FULL, FULL, top=700), *spaced(FULL, SHORT, top=700)]
    assert gaps_before([first, second]) == [False] * 7


def test_a_line_set_in_two_characters_is_marked() -> None:
    lines = page((2, 700, FULL), (0, 682, ENDING_FULL), (2, 664, FULL), (0, 646, SHORT))
    assert indented_lines([lines]) == [True, False, True, False]


def test_ideographic_spaces_setting_a_line_in_count_as_an_indent() -> None:
    assert indented_lines([page((0, 700, FULL), (0, 682, FULL))]) == [False, False]
    # What pypdf reports for "　　全市…" drawn at the edge, after reading its place.
    placed = LinePlace(EDGE, 664, SIZE)
    lines = split_placed_text(
        [(f"{FULL}\n", LinePlace(EDGE, 700, SIZE)), (f"\u3000\u3000{FULL}", placed)]
    )
    assert lines[1] == PageLine(FULL, LinePlace(EDGE + 2 * SIZE, 664, SIZE))
    assert indented_lines([[*lines, *page((0, 646, SHORT))]]) == [False, True, False]


def test_lines_all_set_in_alike_are_not_marked() -> None:
    lines = page((2, 700, FULL), (2, 682, FULL), (2, 664, SHORT))
    assert indented_lines([lines]) == [False, False, False]


def test_each_column_is_measured_from_its_own_edge() -> None:
    column = 25.0  # the second column's edge, in characters from the first's
    lines = page(
        (0, 700, FULL),
        (0, 682, FULL),
        (column, 700, FULL),
        (column + 2, 682, FULL),
        (column, 664, SHORT),
    )
    assert indented_lines([lines]) == [False, False, False, True, False]


def test_centred_and_far_set_in_lines_are_not_indents() -> None:
    lines = page((8, 700, "一、工作回顾"), (0, 682, FULL), (0, 664, SHORT))
    assert indented_lines([lines]) == [False, False, False]


def rotated(count: int) -> list[str]:
    """``count`` different full lines (a page edge repeating a line reads as a running head)."""
    return [FULL[k:] + FULL[:k] for k in range(count)]


def test_a_full_last_line_still_ends_its_paragraph_before_a_gap_or_an_indent() -> None:
    a, b = rotated(2)
    lead = "营造一流创新生态。强化企业创新主体地位。"
    gapped = spaced(a, SHORT, b, ENDING_FULL, lead, gap_after=(1, 3))
    assert pages_to_text([gapped]) == "\n\n".join([a + SHORT, b + ENDING_FULL, lead])
    indented = page(
        (2, 700, a), (0, 682, SHORT), (2, 664, b), (0, 646, ENDING_FULL), (2, 628, lead)
    )
    assert pages_to_text([indented]) == "\n\n".join([a + SHORT, b + ENDING_FULL, lead])


def test_a_lone_gap_or_indent_after_a_full_line_is_not_trusted() -> None:
    # Nothing else in the document shows that a gap or an indent marks its paragraphs.
    a, b = rotated(2)
    assert pages_to_text([spaced(a, b, SHORT, gap_after=(0,))]) == a + b + SHORT
    assert pages_to_text([page((0, 700, a), (2, 682, b), (0, 664, SHORT))]) == a + b + SHORT


def test_a_paragraph_wrapping_to_the_next_page_stays_whole() -> None:
    a, b, c, d = rotated(4)
    first = page((2, 120, a), (0, 102, SHORT), (2, 84, b), (0, 66, c))
    second = page((0, 760, d), (0, 742, "项目建设。"), (2, 724, "各位代表。"))
    assert pages_to_text([first, second]) == "\n\n".join(
        [a + SHORT, b + c + d + "项目建设。", "各位代表。"]
    )


def test_hanging_indents_are_not_paragraph_starts() -> None:
    # A list whose items run on under their text: the set-in lines follow full lines.
    item, run_on = "1．" + FULL[2:], FULL[:18]
    lines = page(
        (0, 700, item),
        (2, 682, run_on),
        (2, 664, SHORT),
        (0, 646, item),
        (2, 628, run_on),
        (2, 610, SHORT),
    )
    assert pages_to_text([lines]) == "\n\n".join([item + run_on + SHORT] * 2)
