"""The HTML report as a reader sees it: marks that survive printing, carets that read apart,
one wording for a caret, and a comparison with nothing to show that says so."""

from __future__ import annotations

import re

import pytest

from core.compare.comparison import compare_reports
from core.compare.html_report import WHERE_WIDTH, render_html
from core.compare.html_words import ENGLISH_HTML_WORDS
from core.compare.pair_reasons import reason_in_english, reason_in_plain_english
from core.compare.records import CompareInput, Comparison, PairLevel, PairOverride
from core.compare.section_labels import NO_PARTNER, PSEUDO_TITLES, section_label
from core.text_width import display_width


@pytest.fixture(scope="module")
def plan_2024_2026(inputs: dict[str, CompareInput]) -> Comparison:
    return compare_reports(inputs["cz2024"], inputs["cz2026np"])


def _print_rules(page: str) -> dict[str, str]:
    """The declarations of each selector inside the page's ``@media print`` block."""
    block = page.split("@media print {", 1)[1]
    rules: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", block):
        for selector in selectors.split(","):
            rules[selector.strip()] = rules.get(selector.strip(), "") + body
    return rules


def test_every_kind_of_change_has_a_line_of_its_own_on_paper(
    inputs: dict[str, CompareInput],
) -> None:
    # A browser prints without backgrounds by default, and greyscale makes the light colours
    # one grey: each mark keeps its colours where allowed and has a line besides.
    page = render_html(compare_reports(inputs["cz2024"], inputs["cz2024np"]))
    rules = _print_rules(page)
    lines = {".ins": "underline", ".chg": "dashed", ".num": "outline", ".mov": "double"}
    for selector, line in lines.items():
        assert line in rules.get(selector, ""), selector
    assert "line-through" in re.search(r"\.del \{([^}]*)\}", page).group(1)  # type: ignore[union-attr]
    # Four different lines: in greyscale no two kinds look alike.
    assert len({rules[selector] for selector in lines}) == len(lines)
    for selector in (".del", ".ins", ".chg", ".num", ".mov", ".caret"):
        assert "print-color-adjust: exact" in rules.get(selector, ""), selector
    assert "border-left" in rules["tr.removed td.l"] and "border-left" in rules["tr.added td.r"]
    # The marks the reader missed on paper are there to carry it.
    assert re.search(r'<span class="chg"[^>]*>国防动员</span>', page)


CARET = r'<span class="caret"[^>]*>‸(?:<sup>(\d+)</sup>)?((?:<span id="c\d+r?"></span>)*)</span>'


def test_carets_at_one_place_are_one_marker_with_their_count(plan_2024_2026: Comparison) -> None:
    page = render_html(plan_2024_2026)
    # Never two carets side by side (they ran together into a red squiggle).
    assert not re.search(CARET + '<span class="caret"', page)
    # Before the 2024 plan, the changes of the other side at one place: one ‸ counting them.
    marker = re.search(
        CARET + '(?:<span class="[a-z ]+"(?: id="c\\d+")?>)?二、2024年(?:</span>)?工作安排', page
    )
    assert marker is not None and marker.group(1) is not None
    count = int(marker.group(1))
    assert count >= 10 and f"另一侧在此处有 {count} 处增删" in marker.group(0)
    assert marker.group(2).count("<span id=") == count - 1  # each change's link still lands
    links = set(re.findall(r'href="#(c\d+r?)"', page))
    assert links <= set(re.findall(r'id="(c\d+r?)"', page))


def test_the_legend_and_the_caret_say_the_same(plan_2024_2026: Comparison) -> None:
    page = render_html(plan_2024_2026)
    legend = re.search(r'<p class="legend">.*?<span class="caret">‸ ([^<]+)</span>', page)
    assert legend is not None
    titles = set(re.findall(r'<span class="caret"[^>]*title="([^"]+)">‸</span>', page))
    assert titles == {legend.group(1)}


def test_a_report_compared_with_itself_says_there_is_no_change(
    inputs: dict[str, CompareInput],
) -> None:
    page = render_html(compare_reports(inputs["cz2024"], inputs["cz2024"]))
    changes = page.split("<h2>改动列表</h2>", 1)[1].split("<h2>", 1)[0]
    assert "没有改动：两份文本内容一致。" in changes
    # The opening has no heading: its pair is by content, not said to have unlike titles.
    opening = re.search(
        r"<th>（开篇）</th><th>（开篇） <span class=\"why\">（([^<]*)）</span>", page
    )
    assert opening is not None
    assert opening.group(1) == "主题相同：内容相似度 1.00，无标题可比"
    assert "标题相似度 0.00" not in page


def test_a_change_is_drawn_where_it_stands_not_at_the_end_of_the_area_before(
    plan_2024_2026: Comparison,
) -> None:
    # A change opening an area starts where the area before ends; it was drawn there too, as
    # a caret, and its link led there.
    page = render_html(plan_2024_2026)
    for index, change in enumerate(plan_2024_2026.changes):
        for anchor, start, end in (
            (f"c{index}", change.left_start, change.left_end),
            (f"c{index}r", change.right_start, change.right_end),
        ):
            if start == end:
                continue  # an empty side is a caret
            found = re.search(f'id="{anchor}"', page)
            assert found is not None, anchor
            element = page[page.rindex("<", 0, found.start()) : found.start()]
            assert 'class="caret"' not in element, (anchor, change)


def test_a_pair_made_by_hand_says_so_above_its_area_and_the_counts_add_up(
    inputs: dict[str, CompareInput], plan_2024_2026: Comparison
) -> None:
    areas = [p for p in plan_2024_2026.pairs if p.level is PairLevel.AREA and p.left and p.right]
    first, second = areas[0], areas[1]
    assert first.left is not None and second.right is not None
    crossed = PairOverride(first.left.path, second.right.path)
    page = render_html(compare_reports(inputs["cz2024"], inputs["cz2026np"], overrides=[crossed]))
    notes = re.findall(r'<tr class="hand"><td colspan="2" class="why">([^<]*)</td></tr>', page)
    assert len(notes) == 1
    assert notes[0].startswith("手动配对（内容相似度 ")
    assert (
        f"「{section_label(first.left.path)}」↔「{section_label(second.right.path)}」" in notes[0]
    )
    # The counts: the kinds, their total, and the changed numbers apart from it (a changed
    # number is also a changed passage).
    overall = plan_2024_2026.summary.overall
    plain = render_html(plan_2024_2026)
    head, body = re.search(r'<table class="counts"><tr>(.*?)</tr><tr>(.*?)</tr>', plain).groups()
    assert re.findall(r"<th>([^<]*)</th>", head) == [
        "新增",
        "删除",
        "改写",
        "移动",
        "合计",
        "其中数字变化",
    ]
    values = [int(v) for v in re.findall(r"<td>(\d+)</td>", body)]
    assert sum(values[:4]) == values[4] == overall.total == len(plan_2024_2026.changes)
    assert values[5] == overall.numbers


def test_the_change_list_marks_a_section_name_it_cuts(plan_2024_2026: Comparison) -> None:
    page = render_html(plan_2024_2026)
    names = re.findall(r"</a> <small>([^<]*)</small>：", page)
    cut = [n for n in names if n.endswith("…")]  # 坚持兴文旅、促消费，服务业发展见行…
    assert cut and all(display_width(n) in (WHERE_WIDTH - 1, WHERE_WIDTH) for n in cut)
    assert all(display_width(n) <= WHERE_WIDTH for n in names)


def test_the_english_change_list_keeps_a_stretch_label_whole(
    inputs: dict[str, CompareInput], plan_2024_2026: Comparison
) -> None:
    # 2023年工作回顾 (closin… said nothing: the part's title gives way to its label, and a
    # Latin name gets the room of as many Chinese characters' columns, not characters.
    pages = [
        render_html(comparison, words=ENGLISH_HTML_WORDS)
        for comparison in (plan_2024_2026, compare_reports(inputs["cz2024"], inputs["cz2024np"]))
    ]
    names = [n for page in pages for n in re.findall(r"</a> <small>([^<]*)</small>: ", page)]
    labelled = [n for n in names if "(" in n]
    assert {"2023年工作回顾 (closing)", "2024年工作安排 (introduction)"} <= set(labelled)
    assert all(n.endswith(")") for n in labelled)
    assert all(display_width(n) <= WHERE_WIDTH for n in names)


def test_the_english_report_names_stretches_without_heading_in_english(
    inputs: dict[str, CompareInput],
) -> None:
    # The edition lacks its first and last pages: its opening pairs by content, and the full
    # text's closing stands alone. Headings stay as the reports have them.
    comparison = compare_reports(inputs["cz2024"], inputs["cz2024np"])
    page = render_html(comparison, words=ENGLISH_HTML_WORDS)
    assert "<th>(opening)</th>" in page
    assert not [label for label in (*PSEUDO_TITLES, NO_PARTNER) if label in page]
    chinese = render_html(comparison)
    assert "<th>（开篇）</th>" in chinese


def test_the_english_report_says_why_areas_were_paired_in_sentences(
    inputs: dict[str, CompareInput], plan_2024_2026: Comparison
) -> None:
    # As the window says them in English, not in the JSON's short words (``same theme:
    # content 0.25, title 0.00``), which scripts read.
    page = render_html(plan_2024_2026, words=ENGLISH_HTML_WORDS)
    reasons = re.findall(r'<span class="why" lang="en"> \(([^<]*)\)</span>', page)
    pairs = plan_2024_2026.pairs
    assert reasons and set(reasons) <= {reason_in_plain_english(p.reason) for p in pairs}
    assert not set(reasons) & {reason_in_english(p.reason) for p in pairs}
    assert "Same title, content likeness 0.32" in reasons
    assert "Removed: nothing in the other report is alike (best likeness 0.00)" in reasons
    # A pair by hand says so in the same words.
    areas = [p for p in pairs if p.level is PairLevel.AREA]
    first, second = [p for p in areas if p.left and p.right][:2]
    assert first.left is not None and second.right is not None
    crossed = PairOverride(first.left.path, second.right.path)
    by_hand = render_html(
        compare_reports(inputs["cz2024"], inputs["cz2026np"], overrides=[crossed]),
        words=ENGLISH_HTML_WORDS,
    )
    notes = re.findall(
        r'<tr class="hand"><td colspan="2" class="why" lang="en">([^<]*)</td></tr>', by_hand
    )
    assert len(notes) == 1 and notes[0].startswith("Paired by hand (content likeness ")


def test_the_english_report_says_a_pair_without_headings_has_none_to_compare(
    inputs: dict[str, CompareInput],
) -> None:
    page = render_html(
        compare_reports(inputs["cz2024"], inputs["cz2024"]), words=ENGLISH_HTML_WORDS
    )
    assert (
        '<th>(opening)</th><th>(opening) <span class="why" lang="en"> '
        "(Same theme: content likeness 1.00, no heading to compare)</span>"
    ) in page
    assert "title likeness" not in page
