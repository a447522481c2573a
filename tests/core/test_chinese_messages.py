"""Core's table of its messages in Chinese: each pattern's Chinese keeps what varies."""

from __future__ import annotations

import re

from core.chinese_messages import PATTERNS, chinese_message

PLACEHOLDER = re.compile(r"\{\w+\}")


def test_each_chinese_keeps_the_placeholders_of_its_english() -> None:
    for english, chinese in PATTERNS.items():
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(chinese))


def test_a_file_name_is_kept_and_words_core_filled_in_are_chinese() -> None:
    assert chinese_message("x.png: this is not a text file (it holds a PNG image)") == (
        "x.png: 这不是文本文件（其内容是PNG 图片）"
    )
    assert chinese_message("a.txt: the file could not be read (Is a directory)") == (
        "a.txt: 无法读取此文件（这是文件夹）"
    )


def test_a_report_named_before_its_problem_is_named_in_chinese() -> None:
    assert chinese_message("report 3: the title is empty") == "报告 3: 标题为空"


def test_the_reports_one_name_matches_are_listed_in_chinese() -> None:
    message = (
        "'长治' matches several reports (1: 长治2024, from a.txt; 2: 长治2023, from b.txt); "
        "name one by its id"
    )
    assert chinese_message(message) == (
        "“长治”对应多份报告（1：长治2024（a.txt）；2：长治2023（b.txt））；请用编号指明其中一份"
    )


def test_a_sentence_with_no_pattern_is_left_as_it_is() -> None:
    assert chinese_message("a.txt: something new") == "a.txt: something new"


def test_no_space_stands_inside_full_width_brackets() -> None:
    for chinese in PATTERNS.values():
        assert "（ " not in chinese and " ）" not in chinese, chinese


def test_another_edition_names_its_file_in_brackets_with_no_space() -> None:
    message = (
        "this reads as another edition of “长治市2024年政府工作报告” (changzhi-2024-report.txt); "
        "this one is listed as “长治市2024年政府工作报告（v2）”"
    )
    assert chinese_message(message) == (
        "此文件读来是“长治市2024年政府工作报告”（changzhi-2024-report.txt）的另一版本；"
        "本文件列为“长治市2024年政府工作报告（v2）”"
    )


def _filled(pattern: str) -> str:
    """``pattern`` with each ``{…}`` part filled in with words no pattern knows."""
    return PLACEHOLDER.sub("zz9", pattern)


def test_every_pattern_is_known_after_one_name_or_a_file_and_the_library() -> None:
    for english in PATTERNS:
        problem = _filled(english)
        alone = chinese_message(problem)
        assert alone != problem, english
        for names in ("lib.db: ", "some.txt: lib.db: ", "报告.pdf: report 3: "):
            said = chinese_message(names + problem)
            kept = names.replace("report 3", "报告 3")
            assert said == kept + alone, (english, said)


def test_a_refused_import_names_the_file_and_the_library_in_chinese() -> None:
    message = (
        "some.txt: lib.db: the library file or its folder is read-only; "
        "nothing of this change was saved"
    )
    assert chinese_message(message) == (
        "some.txt: lib.db: 报告库文件或其所在文件夹是只读的；此次改动未保存任何内容"
    )


def test_one_annotation_moved_to_a_new_edition_is_counted_in_chinese_as_several_are() -> None:
    fared = "{} in place, 0 on changed passages, 0 to place by hand"
    one = f"b.txt replaced “长治市2024年政府工作报告”: 1 annotation, {fared.format(1)}"
    two = f"b.txt replaced “长治市2024年政府工作报告”: 2 annotations, {fared.format(2)}"
    assert chinese_message(one) == (
        "b.txt 已替换“长治市2024年政府工作报告”：共 1 条批注，1 条位置不变，"
        "0 条在改动过的段落上，0 条需手动放置"
    )
    assert chinese_message(two) == chinese_message(one).replace("1 条", "2 条")
