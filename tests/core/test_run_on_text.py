"""Restoring the line breaks of a run-on report: where breaks go, and on whose text."""

from __future__ import annotations

import re

import pytest

from core.run_on_text import LONG_LINE, is_run_on, restore_line_breaks

# Body text long enough to make a line run on, with no structure of its own.
BODY = "全市上下坚持稳中求进，推动各项工作取得新进展。" * 50


def _lines(text: str) -> list[str]:
    return [line for line in restore_line_breaks(text).split("\n") if line]


def test_a_text_is_run_on_when_long_lines_hold_half_of_it() -> None:
    assert is_run_on(BODY)
    paragraph = "推动各项工作取得新进展。" * 20  # 240 characters
    assert not is_run_on("\n\n".join([paragraph] * 60))
    # One long paragraph in a report of normal ones is not enough.
    assert not is_run_on("\n\n".join([BODY] + [paragraph] * 20))
    # A few very long lines are.
    assert is_run_on("\n".join([BODY] * 4))
    assert not is_run_on(BODY[: LONG_LINE - 10])  # too short to tell


def test_a_part_heading_gets_a_line_of_its_own_and_its_title_ends_where_the_body_starts() -> None:
    text = BODY + "一、2023年工作回顾过去一年，我们攻坚克难。" + BODY
    lines = _lines(text)
    assert "一、2023年工作回顾" in lines
    assert any(line.startswith("过去一年，我们") for line in lines)
    # A year opening the body, and a title ending such as 自身建设, end a title too.
    text = (
        BODY
        + "二、2024年工作安排2024年是关键之年。"
        + BODY
        + "三、全面加强政府自身建设新征程新使命，要求更高。"
    )
    assert {"二、2024年工作安排", "三、全面加强政府自身建设"} <= set(_lines(BODY + text))


def test_a_part_number_out_of_sequence_or_inside_a_sentence_is_running_text() -> None:
    lines = _lines(BODY + "一、工作回顾过去一年，" + BODY + "五、工作安排今年是，" + BODY)
    assert not any(line.startswith("五、") for line in lines)
    lines = _lines(BODY + "重点有一、工作回顾过去一年如此。" + BODY)
    assert not any(line.startswith("一、") for line in lines)


def test_area_headings_open_lines_after_a_sentence_end_or_a_colon() -> None:
    text = (
        BODY + "重点抓好以下工作：（一）着力扩大投资。" + BODY + "（二）着力构建产业生态。" + BODY
    )
    lines = _lines(text)
    assert [line[:3] for line in lines if line.startswith("（")] == ["（一）", "（二）"]
    # Inside a sentence a bracketed numeral is running text.
    assert not any(line.startswith("（三）") for line in _lines(BODY + "包括（三）类项目。" + BODY))


def test_ordinal_items_and_dash_leads_open_lines_only_in_groups() -> None:
    text = BODY + "一是着力推动产业转型。" + BODY + "二是着力筑牢项目支撑。" + BODY
    assert [line[:2] for line in _lines(text) if line[1] == "是"] == ["一是", "二是"]
    alone = BODY + "一是着力推动产业转型。" + BODY
    assert not any(line.startswith("一是") for line in _lines(alone))
    numbered = BODY + "1.完善机制。" + BODY + "2.强化保障。" + BODY + "投资1.5亿元。" + BODY
    assert [line[:2] for line in _lines(numbered) if line[0].isdigit()] == ["1.", "2."]
    leads = BODY + "——经济发展迈上新台阶。" + BODY + "——改革开放迸发新活力。" + BODY
    assert len([line for line in _lines(leads) if line.startswith("——")]) == 2


def test_the_opening_and_closing_salutations_open_lines() -> None:
    text = "各位代表：现在，我代表市人民政府向大会报告工作。" + BODY + "各位代表！让我们团结奋斗。"
    lines = _lines(text)
    assert lines[0] == "各位代表："
    assert lines[-1] == "各位代表！让我们团结奋斗。"


def test_page_noise_stands_on_lines_of_its_own() -> None:
    text = (
        "政府工作报告(上接第一版)完成造林13万亩。"
        + BODY
        + "推动大道全线贯通, (下转第四版)政府工作报告(上接第四版)持续推进。"
    )
    lines = _lines(text)
    assert lines[0] == "政府工作报告"
    assert lines[1].startswith("(上接第一版)完成造林")
    assert "(下转第四版)" in lines
    assert lines[-2:] == ["政府工作报告", "(上接第四版)持续推进。"]


def test_blank_space_after_a_sentence_or_two_spaces_become_a_paragraph_break() -> None:
    text = BODY + "一、2023年工作回顾  过去一年，攻坚克难。  （一）抓项目。 " + BODY
    lines = _lines(text)
    assert "一、2023年工作回顾" in lines
    assert "过去一年，攻坚克难。" in lines
    # A space inside a sentence stays.
    assert any("市长 张三" in line for line in _lines(BODY + "市长 张三说。" + BODY))


def test_nothing_but_line_breaks_and_blank_space_changes() -> None:
    text = BODY + "一、2023年工作回顾 过去一年，攻坚克难。  （一）抓项目。" + BODY

    def bare(value: str) -> str:
        return re.sub(r"[\s\u3000]", "", value)

    restored = restore_line_breaks(text)
    assert bare(restored) == bare(text)
    assert restore_line_breaks(restored) == restored


@pytest.mark.parametrize("name", ["cz2024", "cz2025i", "jc2024", "cz2024np", "cz2026np"])
def test_no_sample_is_run_on(sample_texts: dict[str, str], name: str) -> None:
    assert not is_run_on(sample_texts[name])
