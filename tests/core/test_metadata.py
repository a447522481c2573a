"""Metadata detection: region, year delivered, kind, title and edition."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.importer import import_paths
from core.ingest import read_document
from core.library import open_library
from core.metadata import detect_kind, detect_metadata, looks_like_report
from core.model import ReportKind, ReportMeta
from core.outline import parse_outline
from core.report_region import detect_region
from core.report_year import detect_year
from tests.conftest import sample_catalog

SAMPLES = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
UNSEEN = Path(__file__).resolve().parent.parent / "data" / "unseen"

ENGLISH = """Government Work Report

Fellow Deputies,

On behalf of the State Council, I will now report to you on the work of the government.

I. A Review of Our Work in 2023

(1) We strengthened macro regulation and promoted economic recovery.

(2) We pursued innovation-driven development and modernised the industrial system.
"""

NEWS = """本报讯（记者 王明 通讯员 李华）1月10日，长治市第十六届人民代表大会第三次会议开幕。

市长作政府工作报告。报告指出，过去一年，全市经济运行稳中有进，地区生产总值增长5.6%。

报告提出，今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。

一是扩大有效投资。报告提出实施重点项目2265个。

二是培育新质生产力。报告提出大力发展LED光电等新兴产业。

会议听取了其他报告。（责任编辑：张三）
"""

PROSE = """春天的太行山

清晨，山间的雾气慢慢散开，远处的村庄传来几声鸡鸣。

我们沿着旅游公路向山里走去，路边的桃花开得正好。

这里的人们说，今年的春天来得比往年早一些。
"""


def meta_of(text: str, filename: str = "") -> ReportMeta:
    return detect_metadata(text, parse_outline(text), filename)


@pytest.mark.parametrize("entry", sample_catalog(), ids=lambda e: str(e["file"]))
def test_samples_match_their_catalogue(entry: dict[str, object]) -> None:
    text = (SAMPLES / str(entry["file"])).read_text(encoding="utf-8")
    expected = (entry["title"], entry["region"], entry["year"], entry["kind"], entry["edition"])
    for filename in ("", str(entry["file"])):
        meta = meta_of(text, filename)
        assert (meta.title, meta.region, meta.year, meta.kind.value, meta.edition) == expected


@pytest.mark.parametrize(
    ("name", "region", "year"),
    [
        ("national-2024-excerpt.txt", "全国", 2024),
        ("pingshun-county-2024.txt", "平顺县", 2024),
        ("shanxi-province-2024.txt", "山西省", 2024),
    ],
)
def test_unseen_reports(name: str, region: str, year: int) -> None:
    meta = meta_of((UNSEEN / name).read_text(encoding="utf-8"))
    assert (meta.region, meta.year, meta.kind) == (region, year, ReportKind.REPORT)
    assert meta.title == f"{region}{year}年政府工作报告"
    assert meta.edition == "全文"


@pytest.mark.parametrize("text", [ENGLISH, NEWS, PROSE, "", "一、\n"])
def test_what_is_not_a_report(text: str) -> None:
    outline = parse_outline(text)
    assert not looks_like_report(text, outline)
    meta = detect_metadata(text, outline, "article.txt")
    assert meta.kind is ReportKind.NOT_A_REPORT
    assert meta.edition == ""


def test_not_a_report_keeps_a_usable_title() -> None:
    assert meta_of(ENGLISH, "gwr-english.txt").title == "gwr-english"
    assert meta_of(PROSE).title == "春天的太行山"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("奋力谱写中国式现代化长治篇章！", "长治市"),
        ("向关心支持晋城改革发展的各界朋友表示感谢。", "晋城市"),
        ("长治市人民政府\n\n各位代表：", "长治市"),
        ("——2024年1月在太原市第十六届人民代表大会第三次会议上", "太原市"),
        ("奋力谱写中国式现代化山西篇章", "山西省"),
        ("奋力谱写中国式现代化广西篇章", "广西壮族自治区"),
        ("我代表县人民政府报告工作。谱写中国式现代化武乡篇章", "武乡县"),
        ("跟着悟空游长治，“长治有礼”上线。", "长治市"),
        ("确保社会长治久安。美丽晋城建设。晋城发展。", "晋城市"),
        ("全市经济运行稳中向好。", None),
    ],
)
def test_region_phrases(text: str, region: str | None) -> None:
    assert detect_region(text) == region


def test_region_from_the_file_name_when_the_text_is_silent() -> None:
    assert detect_region("全市经济运行稳中向好。", "大同市2024年政府工作报告.txt") == "大同市"
    assert detect_region("谱写中国式现代化长治篇章", "晋城.txt") == "长治市"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("二、2024年工作安排\n\n今年是关键一年。", 2024),
        ("——2025年1月9日在长治市第十六届人民代表大会第四次会议上", 2025),
        ("今年是新中国成立75周年，是关键一年。", 2024),
        ("2026年是“十五五”规划的开局之年。", 2026),
        ("今年是“十四五”规划收官之年。", 2025),
        ("一、2023年工作回顾\n\n过去一年，攻坚克难。", 2024),
        ("一、２０２３年工作回顾", 2024),
        ("过去一年，承办“2024中国-东盟周”，入选2024年度试点。", 2025),
        ("到2035年基本实现现代化，今年2025年目标明确。", 2025),
        ("全市经济运行稳中向好。", None),
        ("2024年是中华人民共和国成立75周年。", 2024),
        # Quantities are not years; of the review's and the plan's year, the plan's.
        ("2023年是开局之年。改造2000余套棚户区，推进2000亩标准地。2024年是关键一年。", 2024),
        ("建成2000个站点，新增2000万元，2000套住房。", None),
        ("承办2024中国-东盟周，建成2000余套住房。", 2024),
        ("2022年以来稳中向好，过去一年，2023年是关键一年。", 2024),
    ],
)
def test_year_phrases(text: str, year: int | None) -> None:
    assert detect_year(text, parse_outline(text)) == year


def test_year_from_the_file_name_when_the_text_is_silent() -> None:
    assert detect_year("全市经济运行稳中向好。", None, "changzhi-2023-report.txt") == 2023
    assert detect_year("二、2024年工作安排", None, "2019.txt") == 2024


def test_kind_signs() -> None:
    body = (
        "各位代表：\n\n一、2023年工作回顾\n\n（一）坚持抓项目，经济运行向好。过去一年，全市上下攻坚克难。"
        "\n\n（二）坚持强产业，发展劲头更足。今年继续推进高质量发展。\n"
    )
    outline = parse_outline(body)
    assert detect_kind(body, outline) is ReportKind.REPORT
    printed = "政府工作报告\n\n(上接第一版)" + body
    assert detect_kind(printed, parse_outline(printed)) is ReportKind.NEWSPAPER
    # A single title line 政府工作报告 at the top of a full text is not a newspaper header.
    titled = "政府工作报告\n\n" + body
    assert detect_kind(titled, parse_outline(titled)) is ReportKind.REPORT
    read = "# 政府工作报告解读\n\n" + body
    assert detect_kind(read, parse_outline(read)) is ReportKind.INTERPRETATION
    assert detect_kind(body, outline, "长治市政府工作报告解读.txt") is ReportKind.INTERPRETATION


def test_samples_look_like_reports(sample_texts: dict[str, str]) -> None:
    for text in sample_texts.values():
        assert looks_like_report(text, parse_outline(text))


# A new term's report: its review names 2021 more often than any other year, and its plan part
# says 今年 rather than a year.
NEW_TERM_BODY = """
各位代表：

现在，我代表市人民政府向大会报告工作，请予审议。

一、过去五年工作回顾

五年来，全市地区生产总值由2017年的3382亿元增加到2021年的5122亿元。2021年，规上工业增加值增长12%，2021年全市新开工项目500个。

（一）坚持转型发展，综合实力显著增强。2021年新增高新技术企业200家。

（二）坚持改革创新，发展活力持续迸发。全市营商环境不断优化。

二、{plan}

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业7万人以上。

（一）着力扩大有效需求。全力抓好100个省重点工程。

（二）着力推动产业转型。新建智能化矿井8座。

三、全面加强政府自身建设

各位代表！让我们奋勇争先，为谱写中国式现代化太原篇章不懈奋斗！
"""


@pytest.mark.parametrize(
    ("title_line", "plan", "year"),
    [
        ("太原市2022年政府工作报告", "今年重点工作", 2022),
        ("2024年长治市人民政府工作报告", "今年重点工作", 2024),
        ("太原市人民政府工作报告（2022年）", "今年重点工作", 2022),
        ("太原市２０２３年政府工作报告", "今年工作安排", 2023),
        # The title line's own year wins over a plan part that says another.
        ("太原市2022年政府工作报告", "2021年工作安排", 2022),
        ("政府工作报告", "2023年重点工作", 2023),
        ("政府工作报告", "2023年工作总体要求和主要任务", 2023),
        ("政府工作报告", "2023年经济社会发展总体要求和主要任务", 2023),
    ],
)
def test_the_title_line_and_plan_part_name_the_year(
    title_line: str, plan: str, year: int, tmp_path: Path
) -> None:
    source = tmp_path / "report.txt"
    source.write_text(title_line + "\n" + NEW_TERM_BODY.format(plan=plan), encoding="utf-8")
    text = source.read_text(encoding="utf-8")
    meta = detect_metadata(text, parse_outline(text), source.name)
    assert meta.year == year
    assert meta.title == f"太原市{year}年政府工作报告"


def test_a_title_line_opening_with_its_year_names_the_region() -> None:
    assert detect_region("2024年长治市人民政府工作报告\n\n各位代表：") == "长治市"


def test_a_year_in_body_text_or_far_below_the_title_is_not_a_title_year() -> None:
    body = NEW_TERM_BODY.format(plan="今年重点工作")
    # Without a title line, the five-year review's most named year is all there is to go on.
    assert detect_year(body, parse_outline(body)) == 2021
    # 重点工作 in body text names work done, not the plan part.
    worded = body.replace("全市营商环境不断优化", "2021年重点工作全面完成")
    assert detect_year(worded, parse_outline(worded)) == 2021
    late = "各位代表：\n\n" + "全市上下攻坚克难。" * 40 + "\n\n太原市2030年政府工作报告\n" + body
    assert detect_year(late, parse_outline(late)) == 2021


@pytest.mark.parametrize(
    ("review", "plan"),
    [
        ("2023年重点工作完成情况", "2024年重点任务"),
        ("2023年主要任务完成情况", "2024年主要目标和重点任务"),
        ("2023年重点工作回顾", "2024年工作安排"),
    ],
)
def test_a_part_reviewing_last_years_tasks_does_not_name_the_year(review: str, plan: str) -> None:
    text = (
        f"政府工作报告\n\n各位代表：\n\n一、{review}\n\n过去一年，全市经济稳中向好。"
        f"地区生产总值增长5%。\n\n二、{plan}\n\n今年的主要预期目标是：地区生产总值增长5%左右。\n"
    )
    assert detect_year(text, parse_outline(text)) == 2024


def test_a_link_to_last_years_report_below_the_title_names_no_year(tmp_path: Path) -> None:
    report = tmp_path / "长治市政府工作报告.txt"
    report.write_text(
        "长治市政府工作报告\n\n"
        "相关链接：2023年政府工作报告\n\n"
        "各位代表：\n\n"
        "现在，我代表市人民政府向大会报告工作，请予审议。\n\n"
        "一、过去一年工作回顾\n\n"
        "过去一年，全市经济运行稳中有进。\n\n"
        "二、2024年工作安排\n\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n",
        encoding="utf-8",
    )
    document = read_document(report)
    assert detect_year(document.text, parse_outline(document.text), report.name) == 2024


def test_a_report_without_headings_is_not_dated_by_its_quantities(tmp_path: Path) -> None:
    """The sample without its part and section headings: its only 2000s are 2000余套, 2000亩."""
    lines = (SAMPLES / "jincheng-2024-report.txt").read_text(encoding="utf-8").splitlines()
    kept = [
        line.removeprefix("——")
        for line in lines
        if not re.match(r"[一二三四五六七八九十]、|（", line)
    ]
    source = tmp_path / "noheadings.txt"
    source.write_text("\n".join(kept) + "\n", encoding="utf-8")
    with open_library(str(tmp_path / "library.sqlite3")) as store:
        (outcome,) = import_paths(store, [source])
        assert outcome.report_id is not None
        meta = store.report(outcome.report_id).meta
    assert (meta.title, meta.year) == ("晋城市2024年政府工作报告", 2024)
