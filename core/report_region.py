"""The region a report belongs to, read from its text and file name.

Phrases that name the report's own region count before anything is counted:
``谱写中国式现代化长治篇章``, ``向关心支持长治改革发展的…``, ``长治市人民政府``,
``在长治市第十六届人民代表大会…``, a title ``长治市2024年政府工作报告``; failing those, the
prefecture-level city named most often (an interpretation rarely says more than ``游长治``);
then the file name. A region named in traditional characters is the same region, named in
simplified ones (長治市 is 长治市, ``core.place_characters``).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from core.place_characters import simplified_place_name
from core.title_line import LINE_OPENING

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
    (re.compile(LINE_OPENING + r"(?:\d{4}年)?" + _NAMED_REGION + r"人民政府", re.MULTILINE), 3),
    (
        re.compile(LINE_OPENING + _NAMED_REGION + r"(?:\d{4}年)?政府工作[报報]告", re.MULTILINE),
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
