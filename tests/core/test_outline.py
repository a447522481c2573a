"""The heading grammar on small literal texts: styles, titles, nesting, offsets, noise."""

from __future__ import annotations

from core.model import Outline, Section
from core.outline import chinese_number, parse_outline
from core.text import normalise


def shape(outline: Outline) -> list[tuple[int, str, str]]:
    return [(s.level, s.style, s.title) for s in outline.walk()]


def check_offsets(text: str, outline: Outline) -> None:
    """Every title lies in its heading span; children inside parents; siblings in order."""

    def visit(sections: tuple[Section, ...], lower: int, upper: int) -> None:
        previous_end = lower
        for section in sections:
            assert lower <= section.start < section.heading_end <= section.end <= upper
            assert section.start >= previous_end
            heading = normalise(text[section.start : section.heading_end]).text
            assert normalise(section.title).text in heading
            visit(section.children, section.heading_end, section.end)
            previous_end = section.end

    visit(outline.sections, 0, len(text))


def test_chinese_numbers() -> None:
    values = {"一": 1, "九": 9, "十": 10, "十二": 12, "二十": 20, "二十三": 23, "九十九": 99}
    assert {n: chinese_number(n) for n in values} == values
    assert chinese_number("") is None
    assert chinese_number("十十") is None
    assert chinese_number("一二") is None


def test_heading_on_its_own_line_and_heading_opening_a_paragraph() -> None:
    text = (
        "一、2023年工作回顾\n\n"
        "（一）坚持抓项目、帮企业，经济运行向上向好。突出项目“第一支撑”，实施重点项目1920个。\n\n"
        "（二）坚持强产业、促转型\n\n规上工业增加值增长6.1%。\n"
    )
    outline = parse_outline(text)
    assert shape(outline) == [
        (1, "numeral", "2023年工作回顾"),
        (2, "paren", "坚持抓项目、帮企业，经济运行向上向好"),
        (2, "paren", "坚持强产业、促转型"),
    ]
    first = outline.sections[0].children[0]
    assert text[first.start : first.heading_end] == "（一）坚持抓项目、帮企业，经济运行向上向好。"
    check_offsets(text, outline)


def test_half_width_headings_read_like_full_width_ones() -> None:
    text = "二、2024年工作安排\n\n(一)着力扩大有效益的投资,夯实稳增长基础。大力开展活动。\n"
    assert shape(parse_outline(text)) == [
        (1, "numeral", "2024年工作安排"),
        (2, "paren", "着力扩大有效益的投资,夯实稳增长基础"),
    ]


def test_sections_end_where_the_next_one_starts_and_cover_their_children() -> None:
    text = "一、甲部分\n\n(一)子项一\n\n正文。\n\n(二)子项二\n\n正文。\n\n二、乙部分\n\n正文。\n"
    first, second = parse_outline(text).sections
    assert first.end == second.start == text.index("二、乙部分")
    area_one, area_two = first.children
    assert area_one.end == area_two.start
    assert area_two.end == first.end
    assert second.end == len(text)


def test_numbering_inside_a_sentence_is_body_text() -> None:
    text = (
        "一、工作回顾\n\n"
        "实现今年目标，要把握好以下几点：一、强化宏观政策；二、扩大国内需求。\n\n"
        "推动一、二、三产业融合发展，一是稳增长，二是调结构。\n\n"
        "一、二、三产业协同发展，成效明显。\n"
    )
    assert shape(parse_outline(text)) == [(1, "numeral", "工作回顾")]


def test_arabic_numbered_lists_are_not_headings() -> None:
    text = "一、工作安排\n\n1.加快项目建设。推进重点工程。\n\n2.扩大有效投资。加强要素保障。\n"
    assert shape(parse_outline(text)) == [(1, "numeral", "工作安排")]


def test_numbers_out_of_sequence_are_not_headings() -> None:
    text = "一、甲\n\n(一)子一\n\n正文。\n\n(五)跳号的列表项\n\n二、乙\n\n七、跳号\n"
    assert [s.title for s in parse_outline(text).walk()] == ["甲", "子一", "乙"]


def test_shi_items_under_a_part_are_level_two_and_under_an_area_level_three() -> None:
    text = (
        "一、2023年工作回顾\n\n"
        "一是着力推动产业转型。全年煤炭产量1.47亿吨。\n\n"
        "二是着力筑牢项目支撑。系统谋划重大项目。\n\n"
        "二、2024年工作安排\n\n"
        "（一）聚力产业转型，壮大县域经济\n\n"
        "一是做优特色农业。稳定种植面积。\n\n"
        "二是做强新能源产业。新增装机30万千瓦。\n"
    )
    assert shape(parse_outline(text)) == [
        (1, "numeral", "2023年工作回顾"),
        (2, "shi", "着力推动产业转型"),
        (2, "shi", "着力筑牢项目支撑"),
        (1, "numeral", "2024年工作安排"),
        (2, "paren", "聚力产业转型，壮大县域经济"),
        (3, "shi", "做优特色农业"),
        (3, "shi", "做强新能源产业"),
    ]


def test_dash_leads_are_headings_but_a_dateline_is_not() -> None:
    text = (
        "政府工作报告\n——2024年1月23日在山西省第十四届人民代表大会第二次会议上\n\n"
        "一、2023年工作回顾\n\n"
        "——经济发展迈上新台阶。全年GDP增长7％。\n\n"
        "——改革开放迸发新活力。新增信贷投放477亿元。\n"
    )
    assert shape(parse_outline(text)) == [
        (1, "numeral", "2023年工作回顾"),
        (2, "dash", "经济发展迈上新台阶"),
        (2, "dash", "改革开放迸发新活力"),
    ]


def test_bullets_are_level_two() -> None:
    text = "一、重点工作\n\n●扩大有效投资。加快项目建设。\n\n●促进消费升级。开展促消费活动。\n"
    assert shape(parse_outline(text))[1:] == [
        (2, "bullet", "扩大有效投资"),
        (2, "bullet", "促进消费升级"),
    ]


def test_lead_sentences_open_paragraphs_and_come_in_groups() -> None:
    text = (
        "（一）着力扩大有效益的投资，夯实稳增长基础。大力开展“项目建设年”活动。\n\n"
        "保持投资强度。统筹抓好2265个项目建设。\n\n"
        "“赛马”比拼推进项目。紧盯年度投资计划。\n\n"
        "讲政治、铸忠诚。坚持用党的创新理论凝心铸魂。\n"
    )
    outline = parse_outline(text)
    assert shape(outline) == [
        (2, "paren", "着力扩大有效益的投资，夯实稳增长基础"),
        (3, "lead", "保持投资强度"),
        (3, "lead", "“赛马”比拼推进项目"),
        (3, "lead", "讲政治、铸忠诚"),
    ]
    check_offsets(text, outline)


def test_what_is_not_a_lead_sentence() -> None:
    text = (
        "（一）着力扩大有效益的投资\n\n"
        "科技创新能力不强。生态环境依然脆弱。\n\n"  # a lone short sentence: body text
        "突出政治建设，增强抓落实的自觉。巩固拓展主题教育成果。\n\n"  # a comma
        "新增城镇就业4.4万人。获得中央和省级资金。\n\n"  # a figure
        "创新在发展新质生产力中起主导作用。我们要围绕创新型城市建设。\n\n"  # too long
        "生态环境依然脆弱。\n"  # no body after it
    )
    assert shape(parse_outline(text)) == [(2, "paren", "着力扩大有效益的投资")]


def test_a_parallel_run_of_two_clause_leads() -> None:
    text = (
        "三、全面提升政府治理效能\n\n"
        "实干成就梦想，真抓创造未来。我们要以昂扬的精神状态。\n\n"  # another shape: body text
        "突出政治建设，增强不折不扣抓落实的自觉。巩固拓展主题教育成果。\n\n"
        "突出作风建设，践行雷厉风行抓落实的要求。对确定的目标任务，要方案先行。\n\n"
        "突出制度建设，强化求真务实抓落实的约束。健全完善工作机制。\n\n"
        "突出效能建设，激发敢作善为抓落实的干劲。坚持“四下基层”。\n"
    )
    outline = parse_outline(text)
    assert shape(outline) == [
        (1, "numeral", "全面提升政府治理效能"),
        (2, "lead", "突出政治建设，增强不折不扣抓落实的自觉"),
        (2, "lead", "突出作风建设，践行雷厉风行抓落实的要求"),
        (2, "lead", "突出制度建设，强化求真务实抓落实的约束"),
        (2, "lead", "突出效能建设，激发敢作善为抓落实的干劲"),
    ]
    check_offsets(text, outline)
    # Two in a row are not yet a run: body sentences often open with a comma.
    two = text[: text.index("突出制度建设")]
    assert shape(parse_outline(two)) == [(1, "numeral", "全面提升政府治理效能")]


def test_a_lead_must_open_a_paragraph() -> None:
    broken = "全面落实支持民营经济发展的各项政策措施，定期向民营企业推介重点项目和"
    text = (
        "（一）着力深化改革\n\n"
        "保持投资强度。统筹抓好项目建设。\n\n" + broken + "\n优化投资结构。更好发挥投资作用。\n\n"
        "加强投资调度。建立数字化平台。\n"
    )
    leads = [s.title for s in parse_outline(text).walk() if s.style == "lead"]
    assert leads == ["保持投资强度", "加强投资调度"]


def test_short_lead_right_after_an_area_heading() -> None:
    text = (
        "(七)坚持融合发展、全面振兴,着力抓好“三农”工作。保障粮食安全。严守耕地红线。\n\n"
        "建设和美乡村。学习运用“千万工程”经验。\n"
    )
    outline = parse_outline(text)
    assert shape(outline) == [
        (2, "paren", "坚持融合发展、全面振兴,着力抓好“三农”工作"),
        (3, "lead", "保障粮食安全"),
        (3, "lead", "建设和美乡村"),
    ]
    check_offsets(text, outline)


def test_noise_is_never_a_heading_and_a_marker_before_a_heading_is_skipped() -> None:
    text = (
        "政府工作报告\n\n3\n\n文字整理:桂滨\n\n"
        "(上接第一版)(八)坚持办实事、守底线,民生改善可感可及。财政支出七成用于民生。\n\n"
        "(下转第四版)\n"
    )
    outline = parse_outline(text)
    assert shape(outline) == [(2, "paren", "坚持办实事、守底线,民生改善可感可及")]
    assert outline.sections[0].start == text.index("(八)")


def test_a_fragment_gets_a_tree_of_what_it_contains() -> None:
    text = (
        "(上接第一版)新增进出口实绩企业78家。\n\n"
        "四是城乡发展加力提速。上党城镇群建设扎实推进。\n\n"
        "五是生态环境明显改善。完成清洁取暖改造。\n\n"
        "二、“十五五”时期经济社会发展目标任务\n\n"
        "(一)在推动转型发展上实现更大突破。围绕构建现代化产业体系。\n"
    )
    assert shape(parse_outline(text)) == [
        (2, "shi", "城乡发展加力提速"),
        (2, "shi", "生态环境明显改善"),
        (1, "numeral", "“十五五”时期经济社会发展目标任务"),
        (2, "paren", "在推动转型发展上实现更大突破"),
    ]


def test_appendix_lists_are_not_parts() -> None:
    text = (
        "一、工作回顾\n\n正文。\n\n二、工作安排\n\n正文。\n\n"
        "附件\n\n名词解释\n\n三、“三个一批”：签约一批、开工一批、投产一批。\n"
    )
    outline = parse_outline(text)
    assert [s.title for s in outline.walk()] == ["工作回顾", "工作安排"]
    assert outline.sections[-1].end == text.index("附件")


def test_offsets_stay_right_after_a_character_outside_the_bmp() -> None:
    text = "𠮷𠮷各位代表：\n\n一、２０２３年工作回顾\n\n（一）坚持抓项目，经济向好。正文。\n"
    outline = parse_outline(text)
    part = outline.sections[0]
    assert part.start == text.index("一、")
    assert part.title == "２０２３年工作回顾"
    area = part.children[0]
    assert text[area.start : area.heading_end] == "（一）坚持抓项目，经济向好。"
    check_offsets(text, outline)


def test_markdown_title_block_panel_label_and_relative_levels() -> None:
    text = (
        "# 攻坚克难 高质量发展扎实推进\n\n## ——政府工作报告解读\n\n"
        "### 八个方面工作成效\n\n过去一年，全市上下攻坚克难。\n\n1\n\n"
        "#### ●承压前行、克难奋进,经济运行取得新成效\n\n地区生产总值增长2.6%。  \n\n"
        "#### ●深化改革、扩大开放,内生动力得到新增强\n\n改革纵深推进。\n\n"
        "# 2024\n\n一年来，坚持依法行政。\n"
    )
    outline = parse_outline(text)
    assert shape(outline) == [
        (1, "markdown", "八个方面工作成效"),
        (2, "markdown", "承压前行、克难奋进,经济运行取得新成效"),
        (2, "markdown", "深化改革、扩大开放,内生动力得到新增强"),
    ]
    check_offsets(text, outline)
    assert outline.sections[0].end == len(text)


def test_markdown_with_several_top_headings_keeps_them_as_parts() -> None:
    text = "# 一、工作回顾\n\n正文。\n\n## 经济运行\n\n正文。\n\n# 二、工作安排\n\n正文。\n"
    assert shape(parse_outline(text)) == [
        (1, "markdown", "工作回顾"),
        (2, "markdown", "经济运行"),
        (1, "markdown", "工作安排"),
    ]


def test_texts_without_headings_have_an_empty_outline() -> None:
    assert parse_outline("").sections == ()
    assert parse_outline("This is an English text.\n\nNo headings here.\n").sections == ()
    prose = "记者从市政府获悉，今年全市经济运行稳中向好。\n\n消费市场持续回暖，投资保持增长。\n"
    assert parse_outline(prose).sections == ()
