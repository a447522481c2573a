"""Paragraph splitting: runs of lines, hard breaks, broken words, noise paragraphs."""

from __future__ import annotations

import itertools

from core.model import Paragraph
from core.numbers.scan_text import scan_text
from core.paragraphs import split_paragraphs
from core.text import normalise

# A body line long enough (20+ characters) for extraction to have broken it mid-word.
LONG = "叫响文旅康养品牌。围绕建设国内一流国际知名生态文化旅居目的地,推动黄崖"


def texts(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text)]


def test_blank_lines_separate_paragraphs_and_lines_of_a_run_stay_together() -> None:
    text = "第一段第一行，\n第一段第二行。\n\n第二段。\n"
    assert texts(text) == ["第一段第一行，\n第一段第二行。", "第二段。"]


def test_indices_offsets_and_surrounding_whitespace() -> None:
    text = "\n\n\u3000\u3000𠮷第一段。  \n\n  第二段。\n"
    paragraphs = split_paragraphs(text)
    assert [p.index for p in paragraphs] == [0, 1]
    assert text[paragraphs[0].start : paragraphs[0].end] == "𠮷第一段。"
    assert paragraphs[1].start == text.index("第二段")
    assert all(not p.is_noise for p in paragraphs)


def test_a_hard_break_after_a_sentence_ends_the_paragraph() -> None:
    text = "京长对口合作实施项目212个。  \n主动承接东部地区产业转移。  \n新增外贸企业20家。\n"
    assert texts(text) == [
        "京长对口合作实施项目212个。",
        "主动承接东部地区产业转移。",
        "新增外贸企业20家。",
    ]


def test_fragments_of_one_figure_stay_together() -> None:
    text = "全市地区生产总值完成  \n**2593.4亿元**  \n增长  \n**2.6%**\n"
    assert texts(text) == [text.strip()]


def test_heading_line_stands_alone_without_blank_lines() -> None:
    text = "一、2023年工作回顾\n过去一年，全市上下攻坚克难。\n（一）坚持抓项目\n突出项目支撑。\n"
    assert texts(text) == [
        "一、2023年工作回顾",
        "过去一年，全市上下攻坚克难。",
        "（一）坚持抓项目",
        "突出项目支撑。",
    ]


def test_word_broken_across_a_blank_line_is_one_paragraph() -> None:
    text = LONG + "\n\n洞文化旅游区、八路军文化旅游区创建5A级景区。\n\n下一段。\n"
    assert texts(text) == [LONG + "\n\n洞文化旅游区、八路军文化旅游区创建5A级景区。", "下一段。"]


def test_long_heading_line_is_not_glued_to_the_body_after_it() -> None:
    heading = "（一）坚定不移打好产业转型攻坚战，推动高质量发展态势更加稳健"
    text = heading + "\n\n坚持脱胎换骨、强筋壮骨，持续推进能源革命。\n"
    assert texts(text) == [heading, "坚持脱胎换骨、强筋壮骨，持续推进能源革命。"]


def test_a_word_broken_after_a_heading_s_run_in_text_is_joined() -> None:
    # The heading ends at its 。 and the area's text runs on in the same line, to a word
    # extraction broke: that word is joined as in any body line, in every reading of the text.
    line = "(一)在推动转型发展上实现更大突破。建成3个绿电园区、绿电消纳"
    text = line + "\n\n比例达到35%以上。\n\n下一段。\n"
    assert texts(text) == [line + "\n\n比例达到35%以上。", "下一段。"]
    assert "绿电消纳比例达到35%以上" in normalise(text).text
    assert "绿电消纳比例达到35%以上" in scan_text(text).text
    # Figures read a short line's word across a single line break too (search does not).
    assert "预算收入增长3%" in scan_text("(一)目标。预算收\n入增长3%。\n").text
    assert "目标预算" not in scan_text("(一)目标\n预算收入增长3%。\n").text


def test_a_heading_whose_title_holds_a_semicolon_is_not_glued_to_the_body() -> None:
    for heading in (
        "三、坚持稳中求进；全面推动高质量发展新篇章",
        "（一）扩大有效需求！全面促进消费提质升级行动",
    ):
        body = "过去一年，全市经济运行总体平稳，地区生产总值增长5%。"
        text = f"{heading}\n\n{body}\n"
        assert texts(text) == [heading, body]
        assert f"{heading}{body}" not in normalise(text).text
        assert f"{heading}{body}" not in scan_text(text).text


def test_noise_between_broken_halves_is_not_glued() -> None:
    text = LONG + "\n\n政府工作报告\n\n洞文化旅游区创建5A级景区。\n"
    paragraphs = split_paragraphs(text)
    assert [p.is_noise for p in paragraphs] == [False, True, False]


def test_noise_only_paragraphs_are_flagged() -> None:
    text = (
        "政府工作报告\n\n(上接第一版)完成营造林13万亩。\n\n5\n\n"
        "文字整理:桂滨  \n版式设计:高琪\n\n(下转第四版)\n"
    )
    flagged = [(text[p.start : p.end], p.is_noise) for p in split_paragraphs(text)]
    assert flagged == [
        ("政府工作报告", True),
        ("(上接第一版)完成营造林13万亩。", False),
        ("5", True),
        ("文字整理:桂滨", True),
        ("版式设计:高琪", True),
        ("(下转第四版)", True),
    ]


def test_empty_and_blank_texts_have_no_paragraphs() -> None:
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\n\u3000\n") == []


def _check_shape(text: str, paragraphs: list[Paragraph]) -> None:
    assert [p.index for p in paragraphs] == list(range(len(paragraphs)))
    for paragraph in paragraphs:
        content = text[paragraph.start : paragraph.end]
        assert content and content == content.strip()
    for first, second in itertools.pairwise(paragraphs):
        assert first.end < second.start


def test_samples_split_into_sensible_paragraphs(sample_texts: dict[str, str]) -> None:
    counts = {}
    for name, text in sample_texts.items():
        paragraphs = split_paragraphs(text)
        _check_shape(text, paragraphs)
        counts[name] = len(paragraphs)
    # The full reports have one paragraph per blank-line separated block.
    assert counts["cz2024"] == 86
    assert counts["jc2024"] == 92


def test_newspaper_sample_rejoins_words_broken_across_blank_lines(
    sample_texts: dict[str, str],
) -> None:
    text = sample_texts["cz2024np"]
    joined = [text[p.start : p.end] for p in split_paragraphs(text)]
    assert any("推动黄崖\n\n洞文化旅游区" in paragraph for paragraph in joined)
    assert any("智库招\n\n商等多种形式" in paragraph for paragraph in joined)
    noise = [text[p.start : p.end] for p in split_paragraphs(text) if p.is_noise]
    assert noise == ["政府工作报告", "(下转第四版)"]
    later = sample_texts["cz2026np"]
    joined = [later[p.start : p.end] for p in split_paragraphs(later)]
    assert any(p.startswith("(一)在推动转型") and "绿电消纳\n\n比例" in p for p in joined)


def test_interpretation_sample_statements_and_noise(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2025i"]
    paragraphs = split_paragraphs(text)
    noise = [text[p.start : p.end] for p in paragraphs if p.is_noise]
    assert noise == [*"15263748", "文字整理:桂滨", "版式设计:高琪 桂滨", "# 2024"]
    contents = [text[p.start : p.end] for p in paragraphs]
    assert "京长对口合作实施项目212个。" in contents
    assert "全市地区生产总值完成  \n**2593.4亿元**  \n增长  \n**2.6%**" in contents


def test_a_title_line_is_not_glued_to_the_salutation_or_the_body() -> None:
    # A report file opens with its title block; the gap after each line is no broken word.
    title = "长治市2024年政府工作报告"
    opening = "现在，我代表市人民政府向大会报告工作。"
    text = f"{title}\n\n各位代表：\n\n{opening}\n\n一、2023年工作回顾\n\n过去一年。\n"
    assert texts(text) == [title, "各位代表：", opening, "一、2023年工作回顾", "过去一年。"]
    assert texts(f"{title}\n\n过去一年，全市经济运行总体平稳。\n") == [
        title,
        "过去一年，全市经济运行总体平稳。",
    ]
    block = [
        "政府工作报告",
        "——2024年1月20日在长治市第十六届人民代表大会第三次会议上",
        "长治市人民政府市长\u3000某某",
        "各位代表：",
        opening,
    ]
    assert texts("\n\n".join(block) + "\n") == block
    credit = "长治市人民政府代理市长某某"
    assert texts(f"{credit}\n\n一、2023年工作回顾\n") == [credit, "一、2023年工作回顾"]


def test_words_broken_near_a_title_like_line_are_still_joined() -> None:
    # Only a line standing alone, with no sentence punctuation, reads as a title: the last
    # line of a paragraph, or a broken line before body text, keeps its broken word joined.
    run = "过去一年，全市上下攻坚克难。\n全面推进乡村振兴战略实施建设宜居宜业和美乡"
    assert texts(f"{run}\n\n村。各位代表：\n") == [f"{run}\n\n村。各位代表："]
    alone = "全面推进乡村振兴战略实施建设宜居宜业和美乡"
    assert texts(f"{alone}\n\n村。\n") == [f"{alone}\n\n村。"]
    said = "现在，我代表市人民政府向大会报告"
    assert texts(f"{said}\n\n工作。\n") == [f"{said}\n\n工作。"]
