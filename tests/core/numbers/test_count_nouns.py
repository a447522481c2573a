"""What a count counts when the items of its list share one noun or name it in one character."""

from __future__ import annotations

from core.numbers.extract import extract_numbers
from core.numbers.statements import NumericStatement, StatementKind
from core.outline import parse_outline


def figures_of(text: str, year: int) -> list[NumericStatement]:
    return extract_numbers(text, parse_outline(text), year)


def read(statements: list[NumericStatement]) -> list[tuple[str, float | None, str, str]]:
    return [(s.text, s.value, s.unit, s.indicator) for s in statements]


def test_a_level_before_the_next_level_s_noun_shares_it(sample_texts: dict[str, str]) -> None:
    """``1个省级、5个市级专业镇``: one provincial and five municipal 专业镇."""
    for name in ("cz2024", "cz2024np"):
        statements = read(figures_of(sample_texts[name], 2024))
        assert ("1个省级", 1.0, "个", "省级专业镇") in statements
        assert ("5个市级专业镇", 5.0, "个", "市级专业镇") in statements


def test_a_trade_before_the_next_trade_s_enterprises_shares_them(
    sample_texts: dict[str, str],
) -> None:
    """``8家焦化、11家水泥企业超低排放改造``: eight coking and eleven cement enterprises, both
    read up to the next break as any count's noun is."""
    statements = read(figures_of(sample_texts["cz2024"], 2024))
    assert ("8家焦化", 8.0, "家", "焦化企业超低排放改造") in statements
    assert ("11家水泥企业超低排放改造", 11.0, "家", "水泥企业超低排放改造") in statements


def test_a_one_character_item_shares_the_next_item_s_noun(sample_texts: dict[str, str]) -> None:
    """``9个国、省考断面全部为优良水体``: nine sections monitored by the state or the province."""
    statements = read(figures_of(sample_texts["jc2024"], 2024))
    assert ("9个国、省考断面", 9.0, "个", "国、省考断面") in statements
    assert [row for row in statements if row[1] == 9.0 and row[3] == ""] == []


def test_an_adverb_before_the_verb_is_not_part_of_the_noun(sample_texts: dict[str, str]) -> None:
    """``310个村整体提升``: 310 villages, which are upgraded as a whole."""
    statements = read(figures_of(sample_texts["jc2024"], 2024))
    assert ("310个村", 310.0, "个", "村") in statements


def test_what_became_of_the_things_counted_ends_their_noun() -> None:
    """``7个…升级改造项目全面投产``: the projects, whatever words and quotes name them; the 中
    of ``项目中`` is not theirs, the 中 of 初中 is."""
    text = (
        "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长5%。\n\n"
        "二、2024年工作安排\n\n在7个焦化“上大关小”升级改造项目全面投产基础上，推动5个技改项目中"
        "全部达产，3所初中全部建成。\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )
    commitments = [s for s in figures_of(text, 2024) if s.kind is StatementKind.COMMITMENT]
    assert [(s.text, s.indicator) for s in commitments] == [
        ("7个焦化“上大关小”升级改造项目", "焦化“上大关小”升级改造项目"),
        ("5个技改项目", "技改项目"),
        ("3所初中", "初中"),
    ]


def test_items_with_nouns_of_their_own_keep_them() -> None:
    text = (
        "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长5%。\n\n"
        "二、2024年工作安排\n\n建成27个公园、44个游园，改造20家医院、10家民营企业，"
        "辐射带动3个县、13个乡镇。\n\n三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )
    commitments = [s for s in figures_of(text, 2024) if s.kind is StatementKind.COMMITMENT]
    assert [(s.value, s.indicator) for s in commitments] == [
        (27.0, "公园"),
        (44.0, "游园"),
        (20.0, "医院"),
        (10.0, "民营企业"),
        (3.0, "县"),
        (13.0, "乡镇"),
    ]


def test_a_range_of_things_described_before_their_noun_counts_the_noun(
    sample_texts: dict[str, str],
) -> None:
    """``培育1至2个在全省乃至周边地区有影响力的核心商圈`` and ``每个县区培育发展1至2个带动能力强、
    就业容量大的特色产业``: one or two 核心商圈 and 特色产业, not a description cut at its 的."""
    ranges = [
        (s.indicator, s.text)
        for s in figures_of(sample_texts["cz2026np"], 2026)
        if (s.value, s.value_max, s.unit) == (1.0, 2.0, "个")
    ]
    assert ranges == [
        ("核心商圈", "培育1至2个在全省乃至周边地区有影响力的核心商圈"),
        ("产业合作项目", "每个县区每年落地1至2个产业合作项目"),
        ("特色产业", "每个县区培育发展1至2个带动能力强、就业容量大的特色产业"),
    ]


def test_a_count_of_places_before_their_de_keeps_its_noun() -> None:
    text = (
        "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长5%。\n\n"
        "二、2024年工作安排\n\n壮大1至2个县区的集体经济，支持10个重点产业链的龙头企业。\n\n"
        "三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )
    commitments = [s for s in figures_of(text, 2024) if s.kind is StatementKind.COMMITMENT]
    assert [(s.value, s.indicator) for s in commitments] == [(1.0, "县区"), (10.0, "重点产业链")]


def test_a_noun_with_its_kinds_in_brackets_is_what_is_counted(
    sample_texts: dict[str, str],
) -> None:
    """``泽州、高平、阳城、沁水4个县（市）经济实力连续三年进入全省10强``: the 4 counts 县（市）,
    not the places listed before it."""
    statements = read(figures_of(sample_texts["jc2024"], 2024))
    assert ("泽州、高平、阳城、沁水4个县（市）", 4.0, "个", "县(市)") in statements
    assert [row for row in statements if "泽州" in row[3]] == []


def test_bracketed_kinds_end_the_noun_they_follow() -> None:
    text = (
        "各位代表：\n\n一、2023年工作回顾\n\n全市地区生产总值增长5%。\n\n"
        "二、2024年工作安排\n\n推动10个县（市、区）全域达标，12个乡镇(街道)建成示范点。\n\n"
        "三、全面加强政府自身建设\n\n坚持过紧日子。\n"
    )
    commitments = [s for s in figures_of(text, 2024) if s.kind is StatementKind.COMMITMENT]
    assert [(s.value, s.indicator) for s in commitments] == [
        (10.0, "县(市、区)"),
        (12.0, "乡镇(街道)"),
    ]


def test_a_count_before_a_grade_or_a_code_counts_what_they_name(
    sample_texts: dict[str, str],
) -> None:
    """``新增2家4A级景区、14家“太行山居”``: two 4A scenic spots and fourteen guesthouses, no
    longer one count of fourteen read over both; ``新增8家A级景区``: eight A-grade spots."""
    statements = read(figures_of(sample_texts["cz2025i"], 2025))
    assert ("新增2家4A级景区", 2.0, "家", "4A级景区") in statements
    assert ("14家“太行山居”", 14.0, "家", "“太行山居”") in statements
    for name in ("cz2024", "cz2024np"):
        statements = read(figures_of(sample_texts[name], 2024))
        assert ("新增8家A级景区", 8.0, "家", "A级景区") in statements


def test_a_count_before_a_code_is_not_a_count_of_the_code() -> None:
    """``建成1000个5G基站``: a thousand 5G base stations; the 5 of 5G is no figure."""
    text = "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市建成1000个5G基站，新增3家4A级景区。\n"
    assert read(figures_of(text, 2024)) == [
        ("建成1000个5G基站", 1000.0, "个", "5G基站"),
        ("新增3家4A级景区", 3.0, "家", "4A级景区"),
    ]
