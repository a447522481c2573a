"""Two rewritten areas' headings are diffed with each other, apart from the paragraphs under
them (``areadiff._heading_changes``): a renamed area reads as its heading reworded, and its
paragraphs are paired, removed, added and moved on their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare.comparison import compare_reports
from core.compare.records import CompareInput, CompareSettings, Comparison, Granularity
from tests.core.compare.compare_inputs import compare_input


@pytest.fixture(scope="module")
def report(samples: dict[str, Path]) -> str:
    return samples["cz2024"].read_text(encoding="utf-8")


def _changes(comparison: Comparison) -> list[tuple[str, str, str]]:
    left, right = comparison.left.text, comparison.right.text
    return [
        (c.kind.value, left[c.left_start : c.left_end], right[c.right_start : c.right_end])
        for c in comparison.changes
    ]


def test_a_renamed_review_area_reads_as_its_heading_reworded(
    inputs: dict[str, CompareInput],
) -> None:
    # 2024's review area on the environment and 2026's are one theme, rewritten: the heading
    # is one rewording, and the paragraph under it, which shares none of its sentences, is
    # removed on its own (it was removed with the heading, as if the area had no pair).
    changes = _changes(compare_reports(inputs["cz2024"], inputs["cz2026np"]))
    assert (
        "replaced",
        "（七）坚持减排放、治污染，生态环境渐清渐绿",
        "五是生态环境明显改善",
    ) in changes
    [removed] = [c for c in changes if c[1].startswith("坚决打好污染防治攻坚战")]
    assert removed[0] == "deleted"


def test_a_paragraph_removed_under_a_heading_stands_after_the_other_heading(
    inputs: dict[str, CompareInput],
) -> None:
    # The first plan area's opening paragraph has no pair in 2026: it is shown removed after
    # the 2026 area's heading, not before it.
    comparison = compare_reports(inputs["cz2024"], inputs["cz2026np"])
    [removed] = [
        c
        for c in comparison.changes
        if comparison.left.text[c.left_start : c.left_end].startswith("大力开展“项目建设年”活动")
    ]
    before = comparison.right.text[: removed.right_start].rstrip()
    assert before.endswith("(一)坚持内需主导、投资拉动,推动经济平稳运行。")


def test_plan_headings_are_diffed_with_each_other(inputs: dict[str, CompareInput]) -> None:
    # 晋城 2024's plan heading stands on a line of its own, 长治 2026's too: the headings are
    # one rewording of the year and number, and 晋城's 做好今年政府工作，要坚持 stands against
    # the start of 长治's paragraph after the heading (taking other words as its rewording
    # would leave half a paragraph added).
    changes = _changes(compare_reports(inputs["jc2024"], inputs["cz2026np"]))
    at = [i for i, c in enumerate(changes) if c[1] == "做好今年政府工作，要坚持"]
    assert len(at) == 1
    kind, _, new = changes[at[0]]
    assert kind == "replaced" and new.startswith("2026年是“十五五”规划的开局之年")
    assert ("replaced", "二、2024年", "三、2026年") in changes[: at[0]]


def test_an_area_left_with_its_heading_alone_keeps_the_heading_in_place(
    inputs: dict[str, CompareInput], samples: dict[str, Path]
) -> None:
    # 晋城's first plan area loses every paragraph under its heading: the paragraphs are
    # removed, the heading stays (it was shown moved onto itself: read as the body of the area
    # that holds nothing else, removed on one side and added on the other).
    text = samples["jc2024"].read_text(encoding="utf-8")
    start = text.index("\n（一）坚定不移打好产业转型攻坚战") + 1
    heading_end = text.index("\n", start)
    end = text.index("\n（二）", start) + 1
    cut = text[:heading_end] + "\n\n" + text[end:]
    for left, right in ((text, cut), (cut, text)):
        comparison = compare_reports(compare_input(left), compare_input(right))
        changes = _changes(comparison)
        assert changes and {kind for kind, *_ in changes} <= {"deleted", "inserted"}
        assert not any(text[start:heading_end] in old + new for _, old, new in changes)


def test_a_part_heading_renamed_with_its_preamble_removed_is_reworded(report: str) -> None:
    start = report.index("二、2024年工作安排")
    preamble_end = report.index("\n（一）", start) + 1
    renamed = report[:start] + "二、今年工作安排\n\n" + report[preamble_end:]
    changes = _changes(compare_reports(compare_input(report), compare_input(renamed)))
    assert ("replaced", "2024年", "今年") in changes
    assert not [c for c in changes if "工作安排" in c[1] + c[2]]


def test_a_renamed_heading_that_keeps_no_word_is_one_rewording(
    inputs: dict[str, CompareInput],
) -> None:
    # 长治's review heading against 晋城's item: no word kept, so the whole heading is one
    # rewording (its second clause was cut off as a removal of its own).
    for left, right in (("cz2024", "jc2024"), ("jc2024", "cz2024")):
        changes = _changes(compare_reports(inputs[left], inputs[right]))
        renamed = ("（二）坚持强产业、促转型，发展劲头更足更强", "一是着力推动产业转型")
        old, new = renamed if left == "cz2024" else renamed[::-1]
        assert ("replaced", old, new) in changes
        assert not [c for c in changes if c[1] + c[2] == "，发展劲头更足更强"]


def test_a_heading_cut_into_several_edits_around_chance_words_is_one_rewording(
    inputs: dict[str, CompareInput],
) -> None:
    # Character by character, the two science areas' headings kept 发展 and 动能 and read as
    # three edits (着力提升科技创新水平，增强 → 坚定不移打好改革创新攻坚战，推动高质量, 新 removed,
    # 。 → 更加强劲); the 2026 rural heading, word by word, kept 全面振兴 and 三农 in three edits.
    characters = CompareSettings(granularity=Granularity.CHARACTER)
    changes = _changes(compare_reports(inputs["cz2024"], inputs["jc2024"], characters))
    assert (
        "replaced",
        "（四）着力提升科技创新水平，增强发展新动能。",
        "（五）坚定不移打好改革创新攻坚战，推动高质量发展动能更加强劲",
    ) in changes
    changes = _changes(compare_reports(inputs["cz2024"], inputs["cz2026np"]))
    assert (
        "replaced",
        "（六）着力推进乡村全面振兴，夯实“三农”基础",
        "(七)坚持融合发展、全面振兴,着力抓好“三农”工作",
    ) in changes
    assert ("replaced", "夯实", "着力抓好") not in changes


def test_a_heading_edited_in_one_place_keeps_its_word_diff(
    inputs: dict[str, CompareInput],
) -> None:
    # One edit beside words kept reads well as it is: the part heading keeps 三、全面, the plan
    # area its second clause.
    changes = _changes(compare_reports(inputs["cz2024"], inputs["jc2024"]))
    assert ("replaced", "加强政府自身建设", "提升政府治理效能") in changes
    changes = _changes(compare_reports(inputs["cz2024np"], inputs["cz2026np"]))
    assert ("replaced", "(七)着力深化重点领域改革", "(六)坚持改革攻坚、开放合作") in changes


@pytest.mark.parametrize(
    ("old", "new", "edits"),
    [
        # A figure changed in a heading stays a changed number beside the words reworded.
        ("三、GDP增长5%", "三、GDP提高6%", [("增长", "提高"), ("5%", "6%")]),
        ("三、新建5G基站1000个", "三、建成5G基站1200座", [("新建", "建成"), ("1000个", "1200座")]),
        # A heading renumbered and edited in one place: the number's edit is not one of its
        # words', so the word diff stands.
        (
            "三、全面加强政府自身建设",
            "四、全面提升政府治理效能",
            [("三", "四"), ("加强政府自身建设", "提升政府治理效能")],
        ),
    ],
)
def test_a_heading_with_a_figure_or_a_new_number_keeps_its_word_diff(
    samples: dict[str, Path], old: str, new: str, edits: list[tuple[str, str]]
) -> None:
    # 长治's and 晋城's government-building parts are rewritten areas: their headings are
    # diffed with each other.
    left = samples["cz2024"].read_text(encoding="utf-8").replace("三、全面加强政府自身建设", old, 1)
    right = (
        samples["jc2024"].read_text(encoding="utf-8").replace("三、全面提升政府治理效能", new, 1)
    )
    for granularity in Granularity:
        comparison = compare_reports(
            compare_input(left), compare_input(right), CompareSettings(granularity=granularity)
        )
        at, end = left.index(old), left.index(old) + len(old)
        found = [
            (c.kind.value, left[c.left_start : c.left_end], right[c.right_start : c.right_end])
            for c in comparison.changes
            if c.left_start < end and c.left_end > at
        ]
        assert [(o, n) for _, o, n in found] == edits
        numbers = [c for c in comparison.changes if c.numbers_changed and at <= c.left_start < end]
        assert len(numbers) == ("%" in old or "个" in old)
