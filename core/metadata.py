"""Metadata of a report detected from its text: region, year delivered, kind, title, edition.

Every guess here is a suggestion the user can correct; the rules favour phrases that name a
region or a year outright over counting:

* region: ``谱写中国式现代化长治篇章``, ``向关心支持长治改革发展的…``, ``长治市人民政府``,
  ``在长治市第十六届人民代表大会…``, a title ``长治市2024年政府工作报告``; failing those, the
  prefecture-level city named most often (an interpretation rarely says more than
  ``游长治``); then the file name. A region named in traditional characters is the same
  region, named in simplified ones (長治市 is 长治市, ``core.place_characters``).
* year delivered: a title line naming it (``太原市2022年政府工作报告``); ``2024年工作安排``
  (``2023年重点工作`` as a part's title); a date line at the top; ``今年是新中国成立75周年``;
  ``2026年是“十五五”规划的开局之年``; ``2023年工作回顾`` (+1); the file name; a review with
  no plan part (an interpretation) reviews the year before the one it is delivered in.
* kind: ``not_a_report`` for a text in another language or one without report structure and
  wording (a news article, plain prose); ``newspaper`` when page-jump markers or a repeated
  page header show a newspaper printing; ``interpretation`` for a 解读/图解; else ``report``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import PurePath

from core.line_space import LINE_SPACE, LINE_SPACE_CLASS
from core.model import Outline, ReportKind, ReportMeta
from core.noise import PAGE_HEADER, PAGE_JUMP, PAGE_NUMBER, noise_spans
from core.place_characters import simplified_place_name

_PROVINCE_NAMES = """
    河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南
    湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾
"""
_MUNICIPALITY_NAMES = "北京 天津 上海 重庆"
_PROVINCES = {
    **{name: name + "省" for name in _PROVINCE_NAMES.split()},
    **{name: name + "市" for name in _MUNICIPALITY_NAMES.split()},
    "内蒙古": "内蒙古自治区",
    "广西": "广西壮族自治区",
    "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区",
}
# Prefecture-level cities, by province; enough to recognise the city a text keeps naming.
_CITY_NAMES = """
    石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水
    太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
    呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布
    沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛
    长春 四平 辽源 通化 白山 松原 白城
    哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化
    南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁
    杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水
    合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城
    福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德
    南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶
    济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽
    郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店
    武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州
    长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
    广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山
    潮州 揭阳 云浮
    南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左
    海口 三亚 三沙 儋州
    成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳
    贵阳 六盘水 遵义 安顺 毕节 铜仁
    昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧
    拉萨 日喀则 昌都 林芝 山南 那曲
    西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛
    兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南
    西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密
"""
_CITIES = frozenset(_CITY_NAMES.split())
# Set phrases that contain a city's name without meaning the city.
_IDIOMS = re.compile(r"长治久安|朝阳产业|世界大同|大同小异")
_NAME = r"([\u4e00-\u9fff]{2,8}?)"
# What may open a title line before its words: spaces of any kind, Markdown's #.
_LINE_OPENING = f"^[{LINE_SPACE_CLASS}#]*"
_NAMED_REGION = r"([\u4e00-\u9fff]{2,8}?[省市县区州旗])"
# (pattern, weight): phrases that name the report's own region.
# Their words match in traditional characters too (中國式現代化長治篇章): the characters of
# place names are simplified before they are read (core.place_characters), the others are
# spelt both ways here.
_REGION_PHRASES = (
    (re.compile(r"中[国國]式[现現]代化" + _NAME + r"(?:新?篇章|[实實][践踐])"), 3),
    (
        re.compile(
            r"向关心支持"
            + _NAME
            + r"(?:高[质質]量[发發]展|改革[发發]展|[现現]代化建[设設]|[发發]展|建[设設])"
        ),
        2,
    ),
    (re.compile(r"在" + _NAMED_REGION + r"第[一二三四五六七八九十]+[届屆]人民代表大会"), 3),
    (re.compile(_LINE_OPENING + r"(?:\d{4}年)?" + _NAMED_REGION + r"人民政府", re.MULTILINE), 3),
    (
        re.compile(_LINE_OPENING + _NAMED_REGION + r"(?:\d{4}年)?政府工作[报報]告", re.MULTILINE),
        3,
    ),
    (re.compile(r"生活在" + _NAME + r"的人民"), 2),
)
_NATIONAL = re.compile(
    r"在第[一二三四五六七八九十]+[届屆]全[国國]人民代表大会|我代表[国國][务務]院"
)
_NATIONAL_REGION = "全国"
_SPEAKER = re.compile(r"我代表([省市县区州旗])人民政府")
_NOT_A_NAME = re.compile(r"^(?:全|本|我|各|该|省|市|县|区|在|向|对)")
_REGION_SUFFIX = "省市县区州旗"
_MIN_CITY_MENTIONS = 2

# \d matches full-width digits too, and int() reads them.
_YEAR = r"(\d{4})"
_PLAN_YEAR = re.compile(_YEAR + r"年(?:的)?(?:工作安排|政府工作任务|主要工作任务)")
# Plan parts named in other words (二、2023年重点工作, 2023年工作总体要求和主要任务); in body
# text these phrases also name last year's work, so only a part's own title counts.
_PLAN_PART_YEAR = re.compile(
    _YEAR + r"年(?:的)?(?:重点工作|主要任务|[\u4e00-\u9fff]{0,8}?总体要求[^。\n]{0,12}任务)"
)
_REVIEW_PART = re.compile(r"完成|情况|回顾|落实|进展|成效|成绩")
# A title line holding the report's year: 太原市2022年政府工作报告, 2024年长治市人民政府工作报告,
# 太原市人民政府工作报告（2022年）, 长治市2025年政府工作报告解读.
_YEAR_TITLE_LINE = re.compile(
    _LINE_OPENING + r"([^\n]{0,24}政府工作报告[^\n]{0,12})$", re.MULTILINE
)
_YEAR_IN_TITLE = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")
_LINE = re.compile(r"[^\n]*")
_BODY_LINE = re.compile(r"[:：]|[。！？!?；;][”’」』)）]?\s*$")
_DATE_LINE = re.compile(_YEAR + r"年\d{1,2}月\d{1,2}日")
_ANNIVERSARY = re.compile(r"今年是(?:新中国|中华人民共和国)成立(\d{2,3})周年")
_FIVE_YEAR_PLAN = re.compile(
    r"(今年|"
    + _YEAR
    + r"年)是[“\"]?十([一二三四五六七八九])五[”\"]?(?:规划)?(?:的)?(开局|收官)之年"
)
_REVIEW_YEAR = re.compile(_YEAR + r"年(?:的)?工作回顾")
# A year named as a horizon ("到2035年") says nothing about when the report was given.
_ANY_YEAR = re.compile(r"(?<![\d.到至])" + _YEAR + r"(?![\d.])")
_YEARS = range(1950, 2100)
_REVIEW_WORDS = re.compile(r"过去一年|一年来|工作成效|工作回顾")
_PLAN_WORDS = re.compile(r"今年|工作安排|工作任务|预期目标")
_PLAN_ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FOUNDING = 1949
_DATE_LINE_REACH = 400

# UTF-8 lead bytes of U+3000–U+9FFF: CJK punctuation and ideographs.
_CJK_LEAD_BYTES = tuple(bytes([b]) for b in range(0xE3, 0xEA))
_MIN_CJK_SHARE = 0.5
_SAMPLE = 8000
_REPORT_WORDS = (
    "各位代表",
    "政府工作报告",
    "工作回顾",
    "工作安排",
    "预期目标",
    "过去一年",
    "一年来",
    "今年",
    "政府自身建设",
    "民生实事",
    "高质量发展",
    "十四五",
    "十五五",
    "全市",
    "全省",
    "全县",
    "全区",
)
_NEWS_WORDS = ("记者", "本报讯", "通讯员", "新华社", "日电", "责任编辑", "来源:", "来源：")
_MIN_REPORT_WORDS = 3
_MIN_SECTIONS = 2
_NEWS_MIN_SECTIONS = 6
_INTERPRETATION = re.compile(r"解读|图解")
_TITLE_LINE = re.compile(
    f"[{LINE_SPACE_CLASS}#]*" + r"([^\n]{2,40}?报告[^\n]{0,8}?)[ \t]*$", re.MULTILINE
)
_TITLE_REACH = 300


def _canonical_region(name: str, text: str) -> str:
    """``长治`` → ``长治市``, ``山西`` → ``山西省``; a county name gets the suffix the text uses."""
    base = name[:-1] if name[-1] in _REGION_SUFFIX and name[:-1] in _CITIES else name
    if base in _PROVINCES:
        return _PROVINCES[base]
    if base[:-1] in _PROVINCES and base[-1] in _REGION_SUFFIX:
        return _PROVINCES[base[:-1]]
    if base in _CITIES:
        return base + "市"
    if name[-1] in _REGION_SUFFIX:
        return name
    # "我代表县人民政府" says which level of government speaks, hence the suffix.
    speaker = _SPEAKER.search(text)
    if speaker:
        return name + speaker.group(1)
    suffixed = Counter({s: text.count(name + s) for s in _REGION_SUFFIX})
    suffix, count = suffixed.most_common(1)[0]
    return name + suffix if count else name


def detect_region(text: str, filename: str = "") -> str | None:
    """The region a report belongs to (``长治市``; ``全国`` for the State Council's), or None.

    Args:
        text: the text as read.
        filename: the source file's name; a city named in it counts as a weak hint.

    A region named in traditional characters is the same region (長治市 is 长治市): the text
    and the file name are read with place names' characters simplified.
    """
    text = simplified_place_name(text)
    filename = simplified_place_name(filename)
    votes: Counter[str] = Counter()
    for pattern, weight in _REGION_PHRASES:
        for match in pattern.finditer(text):
            name = match.group(1)
            if not _NOT_A_NAME.match(name):
                votes[_canonical_region(name, text)] += weight
    if _NATIONAL.search(text):
        votes[_NATIONAL_REGION] += 3
    if not votes:
        plain = _IDIOMS.sub("", text)
        mentions = Counter({city: plain.count(city) for city in _CITIES})
        ranked = mentions.most_common(2)
        top, count = ranked[0]
        if count >= _MIN_CITY_MENTIONS and count > ranked[1][1]:
            votes[top + "市"] += 1
    stem = PurePath(filename).stem if filename else ""
    for city in (c for c in _CITIES if c in stem):
        votes[city + "市"] += 1
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def _plan_start(ordinal: str) -> int:
    """First year of the n-th five-year plan (十四五 → 2021)."""
    return 2021 + (_PLAN_ORDINALS[ordinal] - 4) * 5


def _year(digits: str) -> int | None:
    year = int(digits)
    return year if year in _YEARS else None


def _title_lines(text: str) -> Iterator[str]:
    """The first non-empty lines of the text, up to the first that reads as body text: one
    ending a sentence or holding a colon (``各位代表：``, ``相关链接：2023年政府工作报告``)."""
    for line in _LINE.finditer(text):
        if line.start() >= _TITLE_REACH:
            return
        if not line.group().strip(LINE_SPACE):
            continue
        if _BODY_LINE.search(line.group()):
            return
        yield line.group()


def _title_line_year(text: str) -> int | None:
    """The year the title at the top names (``太原市2022年政府工作报告``), or None: a line
    below the title that names a report (a link to last year's) names no year."""
    for title in _title_lines(text):
        line = _YEAR_TITLE_LINE.match(title)
        if line is None:
            continue
        for named in _YEAR_IN_TITLE.finditer(line.group(1)):
            year = _year(named.group(1))
            if year is not None:
                return year
    return None


def detect_year(text: str, outline: Outline | None = None, filename: str = "") -> int | None:
    """The year a report was delivered in, or None.

    Args:
        text: the text as read.
        outline: its section tree; a part title such as ``2024年工作安排`` is the surest
            sign after a year in the title line itself (``太原市2022年政府工作报告``).
        filename: the source file's name; a year in it is used when the text says nothing.
    """
    titled = _title_line_year(text)
    if titled is not None:
        return titled
    titles = " ".join(s.title for s in outline.walk()) if outline else ""
    # A part reviewing that work (2023年重点工作完成情况) names last year, not the plan's.
    parts = (
        " ".join(s.title for s in outline.sections if not _REVIEW_PART.search(s.title))
        if outline
        else ""
    )
    for pattern, source in ((_PLAN_YEAR, titles), (_PLAN_PART_YEAR, parts), (_PLAN_YEAR, text)):
        for plan in pattern.finditer(source):
            if _year(plan.group(1)):
                return int(plan.group(1))
    dated = _DATE_LINE.search(text, 0, _DATE_LINE_REACH)
    if dated and _year(dated.group(1)):
        return int(dated.group(1))
    anniversary = _ANNIVERSARY.search(text)
    if anniversary:
        return _FOUNDING + int(anniversary.group(1))
    for match in _FIVE_YEAR_PLAN.finditer(text):
        year = _plan_start(match.group(3)) + (0 if match.group(4) == "开局" else 4)
        if match.group(2) is None or int(match.group(2)) == year:
            return year
    for review in _REVIEW_YEAR.finditer(text):
        reviewed = _year(review.group(1))
        if reviewed:
            return reviewed + 1
    stem = PurePath(filename).stem if filename else ""
    for named in re.finditer(r"(?<!\d)" + _YEAR + r"(?!\d)", stem):
        if _year(named.group(1)):
            return int(named.group(1))
    years = Counter(y for m in _ANY_YEAR.finditer(text) if (y := _year(m.group(1))))
    if not years:
        return None
    most = max(years.values())
    latest = max(year for year, count in years.items() if count == most)
    # A text that only reviews a year (an interpretation) is delivered the year after.
    return latest + 1 if _REVIEW_WORDS.search(text) and not _PLAN_WORDS.search(text) else latest


def looks_like_report(text: str, outline: Outline) -> bool:
    """Whether a text reads as a government work report (or an edition or reading of one).

    Args:
        text: the text as read.
        outline: its section tree (``core.outline.parse_outline``).

    Returns:
        False for a text mostly in another language, a text with fewer than two headings,
        one with little report wording (各位代表, 工作回顾, 过去一年, 今年, 全市…), and a news
        article (记者, 本报讯, 新华社…) without parts; True otherwise.
    """
    sample = "".join(text[:_SAMPLE].split())
    encoded = sample.encode("utf-8")
    cjk = sum(encoded.count(lead) for lead in _CJK_LEAD_BYTES)
    if not sample or cjk / len(sample) < _MIN_CJK_SHARE:
        return False
    sections = list(outline.walk())
    if len(sections) < _MIN_SECTIONS:
        return False
    if sum(1 for word in _REPORT_WORDS if word in text) < _MIN_REPORT_WORDS:
        return False
    is_news = any(word in sample for word in _NEWS_WORDS)
    has_parts = any(s.style == "numeral" for s in sections)
    return not (is_news and not has_parts and len(sections) < _NEWS_MIN_SECTIONS)


def detect_kind(text: str, outline: Outline, filename: str = "") -> ReportKind:
    """What a text is: a report, an interpretation, a newspaper printing, or not a report.

    Args:
        text: the text as read.
        outline: its section tree.
        filename: the source file's name (``…解读.txt`` marks an interpretation).
    """
    return _kind(text, outline, filename, _noise_counts(text))


def _noise_counts(text: str) -> Counter[str]:
    return Counter(kind for _start, _end, kind in noise_spans(text))


def _kind(text: str, outline: Outline, filename: str, noise: Counter[str]) -> ReportKind:
    if not looks_like_report(text, outline):
        return ReportKind.NOT_A_REPORT
    head = text[:_TITLE_REACH]
    if _INTERPRETATION.search(head) or _INTERPRETATION.search(PurePath(filename).stem):
        return ReportKind.INTERPRETATION
    if noise[PAGE_JUMP] or noise[PAGE_HEADER] > 1:
        return ReportKind.NEWSPAPER
    return ReportKind.REPORT


def _edition(kind: ReportKind, text: str, noise: Counter[str]) -> str:
    if kind is ReportKind.REPORT:
        return "全文"
    if kind is ReportKind.INTERPRETATION:
        return "图解" if noise[PAGE_NUMBER] or "\n#" in text else "解读"
    if kind is ReportKind.NEWSPAPER:
        return "报纸版内页" if noise[PAGE_JUMP] else "报纸版"
    return ""


def _title(text: str, kind: ReportKind, region: str | None, year: int | None, filename: str) -> str:
    if kind is not ReportKind.NOT_A_REPORT and region and year:
        suffix = {ReportKind.INTERPRETATION: "解读", ReportKind.NEWSPAPER: "（报纸版）"}.get(
            kind, ""
        )
        return f"{region}{year}年政府工作报告{suffix}"
    line = _TITLE_LINE.search(text, 0, _TITLE_REACH)
    if line:
        return line.group(1).strip()
    if filename:
        return PurePath(filename).stem
    first = next((row.strip(LINE_SPACE + "#") for row in text.splitlines() if row.strip()), "")
    return first[:40] or "政府工作报告"


def detect_metadata(text: str, outline: Outline, filename: str = "") -> ReportMeta:
    """Detect a report's title, region, year delivered, kind and edition from its text.

    Args:
        text: the text as read.
        outline: its section tree (``core.outline.parse_outline(text)``).
        filename: the source file's name, a weaker hint for region and year.

    Returns:
        The guesses as an editable ``ReportMeta``; region and year are None when the text
        gives no sign of them.
    """
    noise = _noise_counts(text)
    kind = _kind(text, outline, filename, noise)
    region = detect_region(text, filename)
    year = detect_year(text, outline, filename)
    return ReportMeta(
        title=_title(text, kind, region, year, filename),
        region=region,
        year=year,
        kind=kind,
        edition=_edition(kind, text, noise),
    )
