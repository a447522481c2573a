"""The section trees of the five samples: exact parts and areas, offsets, and no noise."""

from __future__ import annotations

import itertools

import pytest

from core.model import Outline, Section
from core.noise import noise_spans
from core.outline import parse_outline
from core.text import normalise

# name -> [(part title or None for areas standing before any part, [area titles])]
EXPECTED: dict[str, list[tuple[str | None, list[str]]]] = {
    "cz2024": [
        (
            "2023年工作回顾",
            [
                "坚持抓项目、帮企业，经济运行向上向好",
                "坚持强产业、促转型，发展劲头更足更强",
                "坚持推改革、谋创新，动能活力日新日优",
                "坚持兴文旅、促消费，服务业发展见行见效",
                "坚持提品质、拓空间，城市建设提质提速",
                "坚持夯基础、补短板，乡村振兴有力有效",
                "坚持减排放、治污染，生态环境渐清渐绿",
                "坚持办实事、守底线，民生改善可感可及",
            ],
        ),
        (
            "2024年工作安排",
            [
                "着力扩大有效益的投资，夯实稳增长基础",
                "着力构建一流产业生态，加快发展新质生产力",
                "着力发挥资源优势，加快建设能源强市",
                "着力提升科技创新水平，增强发展新动能",
                "着力优化消费供给，推动服务业提质增效",
                "着力推进乡村全面振兴，夯实“三农”基础",
                "着力深化重点改革，增强发展内生动力",
                "着力扩大对外开放，更好服务和融入新发展格局",
                "着力加快新型城镇化，促进城乡融合发展",
                "着力强化生态保护，全面建设美丽长治",
                "着力保障和改善民生，扎实推动共同富裕",
                "着力维护安全稳定，牢牢守住发展底线",
            ],
        ),
        (
            "全面加强政府自身建设",
            [
                "讲政治、铸忠诚",
                "转观念、求创新",
                "守法度、重规范",
                "强担当、抓落实",
                "严纪律、葆廉洁",
            ],
        ),
    ],
    "cz2025i": [
        (
            "八个方面工作成效",
            [
                "承压前行、克难奋进,经济运行取得新成效",
                "深化改革、扩大开放,内生动力得到新增强",
                "项目带动、蓄势赋能,产业转型迈出新步伐",
                "以人为本、建管并重,城乡建设绘出新画卷",
                "优化供给、挖潜增效,消费市场迸发新活力",
                "强力攻坚、系统治理,生态环境实现新改善",
                "加大投入、重点攻关,科技赋能得到新提升",
                "坚守初心、聚力民生,社会事业取得新进步",
            ],
        ),
    ],
    "jc2024": [
        (
            "2023年工作回顾",
            [
                "经济发展迈上新台阶",
                "改革开放迸发新活力",
                "城乡建设展现新面貌",
                "民生保障实现新提升",
                "着力推动产业转型",
                "着力筑牢项目支撑",
                "着力深化改革创新",
                "着力提升城市能级",
                "着力推进乡村振兴",
                "着力建设美丽晋城",
                "着力增进民生福祉",
                "着力加强自身建设",
            ],
        ),
        (
            "2024年工作安排",
            [
                "坚定不移打好产业转型攻坚战，推动高质量发展态势更加稳健",
                "坚定不移打好文旅康养攻坚战，推动高质量发展优势更加彰显",
                "坚定不移打好项目建设攻坚战，推动高质量发展基础更加坚实",
                "坚定不移打好城乡融合攻坚战，推动高质量发展格局更加优化",
                "坚定不移打好改革创新攻坚战，推动高质量发展动能更加强劲",
                "坚定不移打好营商环境持久战，推动高质量发展活力更加充盈",
                "坚定不移打好生态环保持久战，推动高质量发展底色更加鲜明",
                "坚定不移打好民生改善持久战，推动高质量发展成果更加可感",
                "坚定不移打好社会治理持久战，推动高质量发展大局更加和谐",
                "坚定不移打好安全稳定持久战，推动高质量发展底线更加牢固",
            ],
        ),
        (
            "全面提升政府治理效能",
            [
                "突出政治建设，增强不折不扣抓落实的自觉",
                "突出作风建设，践行雷厉风行抓落实的要求",
                "突出制度建设，强化求真务实抓落实的约束",
                "突出效能建设，激发敢作善为抓落实的干劲",
            ],
        ),
    ],
    "cz2024np": [
        (None, ["坚持办实事、守底线,民生改善可感可及"]),
        (
            "2024年工作安排",
            [
                "着力扩大有效益的投资,夯实稳增长基础",
                "着力构建一流产业生态,加快发展新质生产力",
                "着力发挥资源优势,加快建设能源强市",
                "着力提升科技创新水平,增强发展新动能",
                "着力优化消费供给,推动服务业提质增效",
                "着力推进乡村全面振兴,夯实“三农”基础",
                "着力深化重点领域改革,增强发展内生动力",
                "着力扩大对外开放,更好服务和融入新发展格局",
                "着力加快新型城镇化,促进城乡融合发展",
                "着力强化生态保护,全面建设美丽长治",
                "着力保障和改善民生,扎实推动共同富裕",
            ],
        ),
    ],
    "cz2026np": [
        (None, ["城乡发展加力提速", "生态环境明显改善", "社会事业全面进步"]),
        (
            "“十五五”时期经济社会发展目标任务",
            [
                "在推动转型发展上实现更大突破",
                "在科技创新引领上实现更大突破",
                "在持续扩大内需上实现更大突破",
                "在发展特优农业上实现更大突破",
                "在深化改革开放上实现更大突破",
                "在实施城市更新上实现更大突破",
                "在激发文旅活力上实现更大突破",
                "在美丽长治建设上实现更大突破",
            ],
        ),
        (
            "2026年工作安排",
            [
                "坚持内需主导、投资拉动,推动经济平稳运行",
                "坚持双碳引领、多能融合,构建新型能源体系",
                "坚持产业升级、聚链成群,坚定推进转型发展",
                "坚持优质高效、扩能提质,推动适度多元发展",
                "坚持创新驱动、科技赋能,培育发展新质生产力",
                "坚持改革攻坚、开放合作,增强发展内生动力",
                "坚持融合发展、全面振兴,着力抓好“三农”工作",
                "坚持规划引领、建管并重,建设区域中心城市",
            ],
        ),
    ],
}


def parts_and_areas(outline: Outline) -> list[tuple[str | None, list[str]]]:
    """Level-1 titles with their level-2 children; loose level-2 sections grouped under None."""
    found: list[tuple[str | None, list[str]]] = []
    for section in outline.sections:
        if section.level == 1:
            found.append((section.title, [c.title for c in section.children if c.level == 2]))
        elif section.level == 2:
            if not found or found[-1][0] is not None:
                found.append((None, []))
            found[-1][1].append(section.title)
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parts_and_areas_of_each_sample(name: str, sample_texts: dict[str, str]) -> None:
    assert parts_and_areas(parse_outline(sample_texts[name])) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_titles_lie_in_their_heading_spans_and_children_in_parents(
    name: str, sample_texts: dict[str, str]
) -> None:
    text = sample_texts[name]

    def visit(sections: tuple[Section, ...], lower: int, upper: int) -> None:
        previous_end = lower
        for section in sections:
            assert lower <= section.start < section.heading_end <= section.end <= upper
            assert section.start >= previous_end
            heading = normalise(text[section.start : section.heading_end]).text
            assert normalise(section.title).text in heading
            assert section.title == section.title.strip()
            visit(section.children, section.heading_end, section.end)
            previous_end = section.end

    visit(parse_outline(text).sections, 0, len(text))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_heading_touches_noise(name: str, sample_texts: dict[str, str]) -> None:
    text = sample_texts[name]
    spans = noise_spans(text)
    for section in parse_outline(text).walk():
        for start, end, _kind in spans:
            assert end <= section.start or start >= section.heading_end


def test_siblings_tile_their_parent(sample_texts: dict[str, str]) -> None:
    part = parse_outline(sample_texts["cz2024"]).sections[1]
    areas = part.children
    assert areas[0].start > part.heading_end  # the opening and the targets stand before
    for first, second in itertools.pairwise(areas):
        assert first.end == second.start
    assert areas[-1].end == part.end


def test_lead_sentences_of_the_plan_parts(sample_texts: dict[str, str]) -> None:
    investment = parse_outline(sample_texts["cz2024"]).sections[1].children[0]
    assert [(s.level, s.style, s.title) for s in investment.children] == [
        (3, "lead", "保持投资强度"),
        (3, "lead", "优化投资结构"),
        (3, "lead", "加强投资调度"),
    ]
    farming = parse_outline(sample_texts["cz2026np"]).sections[-1].children[6]
    assert [s.title for s in farming.children] == [
        "保障粮食安全",
        "建设和美乡村",
        "促进农民增收",
        "深化城乡融合",
    ]


def test_every_area_of_the_2024_plan_has_its_leads(sample_texts: dict[str, str]) -> None:
    plan = parse_outline(sample_texts["cz2024"]).sections[1]
    assert [len(area.children) for area in plan.children] == [3, 3, 4, 4, 4, 4, 5, 3, 3, 3, 5, 3]
    edition = parse_outline(sample_texts["cz2024np"]).sections[1]
    # The newspaper edition stops inside area (十一), after its third lead.
    assert [len(area.children) for area in edition.children] == [3, 3, 4, 4, 4, 4, 5, 3, 3, 3, 3]


def test_interpretation_title_block_and_panel_label_are_not_sections(
    sample_texts: dict[str, str],
) -> None:
    text = sample_texts["cz2025i"]
    titles = [s.title for s in parse_outline(text).walk()]
    assert "攻坚克难 高质量发展扎实推进" not in titles
    assert "——政府工作报告解读" not in titles
    assert "2024" not in titles
    # The text after the "# 2024" label stays inside the last area rather than being lost.
    assert parse_outline(text).sections[0].end == len(text)
