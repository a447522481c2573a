"""Telling a text with one paragraph per line from a wrapped one, and where wrapped text breaks."""

from __future__ import annotations

from core.line_breaks import read_line_breaks
from core.paragraphs import split_paragraphs

ONE_PER_LINE = [
    "各位代表：",
    "现在，我代表市人民政府向大会报告工作，请予审议。",
    "一、2023年工作回顾",
    "过去一年，全市上下攻坚克难，较好完成了全年各项目标任务。",
    "这些成绩的取得，是全市人民共同奋斗的结果。",
    "在肯定成绩的同时，我们也清醒认识到存在的困难和问题。",
]
# Three paragraphs of a report wrapped at 18 characters.
WRAPPED = [
    "过去一年，全市上下攻坚克难，较好完成",
    "了全年各项目标任务。这些成绩的取得，",
    "是全市人民共同奋斗的结果。",
    "在肯定成绩的同时，我们也清醒认识到存",
    "在的困难和问题。经济总量不大，产业结",
    "构不优，民生领域还有不少短板。",
    "今年是全面贯彻党的二十大精神的关键之",
    "年，做好政府工作意义重大。",
]


def texts(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text)]


def _reading(text: str) -> tuple[bool, int | None]:
    lines, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((at, at + len(line)))
        at += len(line) + 1
    breaks = read_line_breaks(text, lines, laid_out=False)
    return breaks.lines_are_paragraphs, breaks.wrap_width


def test_a_text_whose_lines_close_sentences_has_one_paragraph_per_line() -> None:
    text = "\n".join(ONE_PER_LINE) + "\n"
    assert _reading(text) == (True, None)
    assert texts(text) == ONE_PER_LINE
    indented = "\r\n".join("\u3000\u3000" + line for line in ONE_PER_LINE).replace("\r\n", "\n")
    assert [t.strip() for t in texts(indented)] == ONE_PER_LINE


def test_a_word_broken_across_a_line_is_still_joined_in_such_a_text() -> None:
    broken = [
        "叫响文旅康养品牌。围绕建设国内一流生态文化旅居目的地,推动黄崖",
        "洞文化旅游区创建5A级景区。",
    ]
    text = "\n".join([*ONE_PER_LINE, *broken]) + "\n"
    assert texts(text) == [*ONE_PER_LINE, "\n".join(broken)]


def test_a_wrapped_text_joins_its_lines_and_ends_a_paragraph_at_a_short_line() -> None:
    text = "\n".join(WRAPPED) + "\n"
    assert _reading(text) == (False, 18)
    assert texts(text) == ["\n".join(WRAPPED[:3]), "\n".join(WRAPPED[3:6]), "\n".join(WRAPPED[6:])]


def test_too_few_lines_to_tell_read_as_wraps() -> None:
    assert texts("第一段第一行。\n第一段第二行。\n\n第二段。\n") == [
        "第一段第一行。\n第一段第二行。",
        "第二段。",
    ]


def test_an_indented_line_after_a_sentence_opens_a_paragraph_in_wrapped_text() -> None:
    # Lines of no one width: only the indentation tells where a paragraph opens.
    first = ["\u3000\u3000第一段说了", "一句话，又说了一句", "话。"]
    second = ["\u3000\u3000第二段接着说，", "说完了。"]
    text = "\n".join([*first, *second]) + "\n"
    assert _reading(text) == (False, None)
    assert texts(text) == ["\n".join(first).lstrip(), "\n".join(second).lstrip()]


def test_a_heading_s_text_wrapped_past_its_title_stays_in_its_paragraph() -> None:
    lines = [
        "（一）坚持抓项目、帮企业，经济运行向上向好。突出项目“第一支",
        "撑”，滚动开展“三个一批”，实施重点项目1920个，带动固定",
        "资产投资完成963.5亿元。",
        "（二）坚持强产业",
        "突出制造业振兴升级主攻方向。",
    ]
    assert texts("\n".join(lines) + "\n") == ["\n".join(lines[:3]), lines[3], lines[4]]


def test_a_title_and_the_salutation_stand_alone_in_wrapped_text() -> None:
    lines = [
        "长治市2024年政府工作报告",
        "市长 某某",
        "各位代表：",
        "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委",
        "员和其他列席人员提出意见。",
    ]
    assert texts("\n".join(lines) + "\n") == [*lines[:3], "\n".join(lines[3:])]
