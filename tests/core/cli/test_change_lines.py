"""The comparison as a terminal prints it: each change under its sections, a short one in the
words around it."""

from __future__ import annotations

from core.cli.change_line_words import CHINESE_LINE_WORDS, ENGLISH_LINE_WORDS
from core.cli.change_lines import change_lines
from core.compare.change_filter import ChangeFilter
from core.compare.comparison import compare_reports
from core.compare.records import CompareInput, CompareSettings, PairLevel, PairOverride
from tests.core.compare.compare_inputs import compared_under_plan


def test_a_changed_number_is_printed_with_its_indicator(
    inputs: dict[str, CompareInput],
) -> None:
    # 6%左右 stands twice in the 2024 targets sentence: the words around each tell them apart.
    lines = list(
        change_lines(compare_reports(inputs["cz2024"], inputs["cz2026np"]), ChangeFilter.NUMBERS)
    )
    assert lines[0].endswith("4 changed numbers among them")
    # The app's label of the text before a part's first area reads in the reader's language.
    assert lines[1] == "@ 2024年工作安排 › (introduction) ↔ 2026年工作安排 › (introduction)"
    chinese = change_lines(
        compare_reports(inputs["cz2024"], inputs["cz2026np"]),
        ChangeFilter.NUMBERS,
        CHINESE_LINE_WORDS,
    )
    assert list(chinese)[1] == "@ 2024年工作安排 › （导语） ↔ 2026年工作安排 › （导语）"
    numbers = [line for line in lines if line.startswith("# ")]
    assert len(numbers) == 4
    assert "固定资产投资增长【10.5%】" in numbers[0] and "固定资产投资增长【6%以上】" in numbers[0]


def test_an_empty_side_is_a_caret_in_its_words_and_a_long_change_is_cut() -> None:
    long_sentence = "全面推进数字政府建设，" * 6
    comparison = compared_under_plan(
        "加快建设现代化产业体系。稳步推进。",
        "加快建设现代化产业体系。" + long_sentence + "稳步推进。",
    )
    [header, inserted] = list(change_lines(comparison))[1:]
    assert header == "@ 2024年工作安排 › (whole text)"  # one path: the same on both sides
    old, new = inserted.split(" → ")
    assert old.endswith("现代化产业体系。‸稳步推进。")
    assert new.endswith("…") and len(new) == 41


def test_each_run_of_changes_stands_under_its_sections() -> None:
    text = "（一）扩大有效投资。新建项目10个。\n\n（二）促进消费。新开商场3家。"
    comparison = compared_under_plan(text, text.replace("10个", "12个").replace("3家", "4家"))
    lines = list(change_lines(comparison))[1:]
    assert [line[:1] for line in lines] == ["@", "#", "@", "#"]
    assert lines[0].endswith("扩大有效投资") and lines[2].endswith("促进消费")


def test_a_change_s_words_come_from_its_paragraph_across_a_wrapped_line() -> None:
    comparison = compared_under_plan(
        "今年，城镇新增就业\n4.3万人，全力以赴。", "今年，城镇新增就业4.5万人，全力以赴。"
    )
    [number] = [line for line in change_lines(comparison) if line.startswith("# ")]
    assert "城镇新增就业【4.3万人】，全力以赴。" in number


def test_a_change_of_spacing_alone_shows_the_space() -> None:
    comparison = compared_under_plan(
        "今年，全力以赴。", "今年， 全力以赴。", CompareSettings(show_layout=True)
    )
    [change] = list(change_lines(comparison))[2:]
    old, new = change.split(" → ")
    assert old.endswith("今年，‸全力以赴。") and new.endswith("今年，【␣】全力以赴。")


def test_a_pair_made_by_hand_is_named_under_the_counts(inputs: dict[str, CompareInput]) -> None:
    plain = compare_reports(inputs["cz2024"], inputs["cz2026np"])
    areas = [p for p in plain.pairs if p.level is PairLevel.AREA and p.left and p.right]
    assert areas[0].left is not None and areas[1].right is not None
    crossed = PairOverride(areas[0].left.path, areas[1].right.path)
    compared = compare_reports(inputs["cz2024"], inputs["cz2026np"], overrides=[crossed])
    lines = list(change_lines(compared, words=CHINESE_LINE_WORDS))
    left, right = " › ".join(crossed.left or ()), " › ".join(crossed.right or ())
    assert lines[1] == f"手动配对：{left} ↔ {right}"
    assert not any(
        line.startswith("手动") for line in change_lines(plain, words=CHINESE_LINE_WORDS)
    )
    # The area left without its partner: its side of the changes is named in words, not by a
    # dash that reads as 一.
    alone = [line for line in lines if line.startswith("@ ") and "（无对应）" in line]
    assert alone and not any(line.endswith("↔ —") or "@ — ↔" in line for line in lines)


def test_one_changed_number_is_said_in_the_singular() -> None:
    assert ENGLISH_LINE_WORDS.numbers.format(count=1) == "1 changed number among them"
    assert ENGLISH_LINE_WORDS.numbers.format(count=4) == "4 changed numbers among them"
    assert CHINESE_LINE_WORDS.numbers.format(count=1) == "其中数字变化 1"


def test_a_change_reads_as_the_reader_shows_it(inputs: dict[str, CompareInput]) -> None:
    # The 2026 newspaper edition breaks 地区 across a blank line, and the 2025 interpretation
    # is Markdown: the terminal prints 地区生产总值 whole and no heading or bold marks.
    lines = list(
        change_lines(compare_reports(inputs["cz2024"], inputs["cz2026np"]), ChangeFilter.ALL)
    )
    assert any("【地区生产总值】" in line for line in lines)
    assert not any("地 区" in line for line in lines)
    interpretation = list(
        change_lines(compare_reports(inputs["cz2025i"], inputs["cz2026np"]), ChangeFilter.ALL)
    )
    changes = [line for line in interpretation if not line.startswith("@ ")][1:]
    assert changes and not any("#" in line or "**" in line for line in changes)
    assert any("攻坚克难 高质量发展扎实推进" in line for line in changes)
