"""The simplified form of a place name written in traditional characters: 長治市 is 长治市.

A report from Hong Kong, Taiwan or a site that serves traditional characters names its region
長治市, 廈門市 or 瀋陽市. A region is one place whichever characters name it, so it is listed,
grouped and scored under its simplified name. This is not a conversion of the report's text
(which stays as written), only of the characters of place names: of the provinces and cities
``core.report_region`` knows, of the suffixes of a region's name (縣, 區, 鄉, 鎮) and of other
counties' and districts' names. Every character here is one that simplified Chinese does not
use, so a name already in simplified characters is never changed.
"""

from __future__ import annotations

# Each pair is a simplified character and its traditional form(s). Grouped by where they are
# met: the provinces and their short names, the prefecture-level cities, region suffixes, and
# counties and districts.
_PAIRS = """
    东東 辽遼 宁寧 龙龍 苏蘇 广廣 贵貴 云雲 陕陝 肃肅 台臺 湾灣 庆慶 内內 壮壯 维維 尔爾
    闽閩 沪滬 琼瓊 陇隴 赣贛
    临臨 丽麗 义義 乌烏 乐樂 乡鄉 亚亞 伦倫 余餘 兰蘭 关關 兴興 冈岡 凉涼 则則 卫衛衞
    华華 厦廈 双雙 吕呂 吴吳 头頭 娄婁 宝寶 宾賓 岗崗 岛島 岩巖 岭嶺 岳嶽 峡峽 庄莊 开開
    张張 彦彥 怀懷 扬揚 抚撫 无無 晋晉 来來 枣棗 毕畢 汉漢 沈瀋 沧滄 泸瀘 泽澤 济濟 温溫
    滨濱 潍濰 烟煙 玛瑪 盐鹽 盘盤 绍紹 绥綏 绵綿 节節 芜蕪 芦蘆 荆荊 营營 萨薩 许許 贝貝
    贡貢 贺賀 资資 达達 迁遷 运運 远遠 连連 郑鄭 郸鄲 钦欽 铁鐵 铜銅 银銀 锡錫 锦錦 镇鎮
    长長 门門 阳陽 随隨 顶頂 顺順 饶饒 马馬 驻駐 鲁魯 鸡雞鷄 鸭鴨 鹤鶴 鹰鷹 黄黃 齐齊 峰峯
    县縣 区區
    壶壺 党黨 万萬 丰豐 凤鳳 灵靈 罗羅 阴陰 汤湯 岚嵐 寿壽 尧堯 绛絳 滦灤 涞淶 边邊 邓鄧
    会會 莲蓮 钟鐘 渑澠 荥滎 卢盧 历歷 仓倉
"""
_TO_SIMPLIFIED = {traditional: pair[0] for pair in _PAIRS.split() for traditional in pair[1:]}
_TABLE = str.maketrans(_TO_SIMPLIFIED)


def simplified_place_name(name: str) -> str:
    """``name`` with the traditional characters of place names in their simplified form:
    ``長治市`` → ``长治市``, ``瀋陽市`` → ``沈阳市``; any other character as it is.

    Args:
        name: a region's name as detected, or a text read only to find one.
    """
    return name.translate(_TABLE)


def traditional_forms() -> dict[str, str]:
    """Each traditional character of the table and its simplified form (``長`` → ``长``)."""
    return dict(_TO_SIMPLIFIED)
