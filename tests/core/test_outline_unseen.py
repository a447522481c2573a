"""Section trees of report texts that are not among the samples (tests/data/unseen/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Outline
from core.outline import parse_outline

UNSEEN = Path(__file__).resolve().parent.parent / "data" / "unseen"


def read(name: str) -> str:
    return (UNSEEN / name).read_text(encoding="utf-8")


def tree(outline: Outline) -> list[tuple[int, str, str]]:
    return [(s.level, s.style, s.title) for s in outline.walk()]


def test_national_report_excerpt() -> None:
    outline = parse_outline(read("national-2024-excerpt.txt"))
    assert tree(outline) == [
        (1, "numeral", "2023年工作回顾"),
        (2, "paren", "加大宏观调控力度，推动经济回升向好"),
        (2, "paren", "依靠创新引领，推动现代化产业体系建设"),
        (2, "paren", "深化改革扩大开放，持续改善营商环境"),
        (2, "paren", "加强生态文明建设，推动绿色低碳发展"),
        (2, "paren", "切实保障和改善民生，加强和创新社会治理"),
        (1, "numeral", "2024年经济社会发展总体要求和政策取向"),
        (1, "numeral", "2024年政府工作任务"),
        (2, "paren", "大力推进现代化产业体系建设，加快发展新质生产力"),
        (3, "lead", "推动产业链供应链优化升级"),
        (3, "lead", "积极培育新兴产业和未来产业"),
        (3, "lead", "深入推进数字经济创新发展"),
        (2, "paren", "深入实施科教兴国战略，强化高质量发展的基础支撑"),
        (3, "lead", "加快建设高质量教育体系"),
        (3, "lead", "扎实推动高水平科技自立自强"),
        (2, "paren", "着力扩大国内需求，推动经济实现良性循环"),
        (3, "lead", "促进消费稳定增长"),
        (3, "lead", "积极扩大有效投资"),
    ]


def test_county_report_with_shi_items() -> None:
    outline = parse_outline(read("pingshun-county-2024.txt"))
    assert tree(outline) == [
        (1, "numeral", "2023年工作回顾"),
        (2, "shi", "产业转型步伐加快"),
        (2, "shi", "项目建设提质增效"),
        (2, "shi", "城乡面貌持续改善"),
        (2, "shi", "民生福祉不断增进"),
        (2, "shi", "政府建设全面加强"),
        (1, "numeral", "2024年工作安排"),
        (2, "paren", "聚力产业转型，壮大县域经济实力"),
        (3, "shi", "做优特色农业"),
        (3, "shi", "做强新能源产业"),
        (3, "shi", "做活文旅康养"),
        (2, "paren", "聚力项目建设，增强发展后劲"),
        (3, "shi", "强化项目谋划"),
        (3, "shi", "加快项目推进"),
        (2, "paren", "聚力城乡融合，建设宜居平顺"),
        (3, "shi", "提升县城品质"),
        (3, "shi", "建设和美乡村"),
        (2, "paren", "聚力民生改善，增进群众福祉"),
        (3, "shi", "稳定扩大就业"),
        (3, "shi", "办好人民满意教育"),
        (3, "shi", "提升医疗服务水平"),
        (1, "numeral", "全面加强政府自身建设"),
    ]


def test_provincial_report_with_headings_on_their_own_lines_and_an_appendix() -> None:
    text = read("shanxi-province-2024.txt")
    outline = parse_outline(text)
    assert tree(outline) == [
        (1, "numeral", "过去一年的工作"),
        (2, "paren", "坚持稳中求进，经济运行回升向好"),
        (2, "paren", "坚持转型发展，产业结构持续优化"),
        (2, "paren", "坚持改革开放，发展活力持续增强"),
        (1, "numeral", "2024年工作总体要求和主要目标"),
        (1, "numeral", "2024年重点工作"),
        (2, "paren", "扎实推动能源革命综合改革试点"),
        (2, "paren", "加快构建现代化产业体系"),
        (2, "paren", "着力扩大有效需求"),
        (1, "numeral", "全面加强政府自身建设"),
    ]
    # The appendix's numbered glossary is not a part of the report.
    assert outline.sections[-1].end == text.index("附件")


@pytest.mark.parametrize(
    "name", ["national-2024-excerpt.txt", "pingshun-county-2024.txt", "shanxi-province-2024.txt"]
)
def test_heading_spans_hold_their_titles(name: str) -> None:
    text = read(name)
    for section in parse_outline(text).walk():
        assert section.title in text[section.start : section.heading_end]
        assert section.start < section.heading_end <= section.end
        for child in section.children:
            assert section.heading_end <= child.start and child.end <= section.end
