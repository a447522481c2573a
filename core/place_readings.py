"""Place names whose characters read differently there: 长治 is Chángzhì, 厦门 Xiàmén.

A pinyin collation knows one reading per character, the common one: it files 长治市 under
zhǎng (among the Z's, after 郑州) and 厦门市 under shà, where no Chinese reader would look.
``collation_name`` writes such a name with characters of the right reading, for sorting only;
the name shown is never changed.
"""

from __future__ import annotations

# A name's beginning → the same sounds in characters whose common reading is the place's.
# Longest beginnings are tried first, so 六盘水 (Liùpánshuǐ) keeps its common reading.
_READINGS = {
    "长": "常",  # cháng: 长治, 长春, 长沙, 长葛, 长兴, 长汀 (every place name with 长)
    "厦门": "夏门",  # xià
    "重庆": "崇庆",  # chóng
    "蚌埠": "迸埠",  # bèng
    "六安": "陆安",  # lù
    "乐清": "月清",  # yuè
    "乐亭": "烙亭",  # lào
    "铅山": "沿山",  # yán
    "单县": "善县",  # shàn
    "番禺": "潘禺",  # pān
    "蔚县": "玉县",  # yù
    "涡阳": "锅阳",  # guō
    "枞阳": "宗阳",  # zōng
    "歙县": "社县",  # shè
}
_LONGEST_FIRST = sorted(_READINGS, key=len, reverse=True)


def collation_name(region: str) -> str:
    """``region`` with its place-specific readings written in characters a pinyin collation
    reads that way (``长治市`` → ``常治市``); other names unchanged."""
    for beginning in _LONGEST_FIRST:
        if region.startswith(beginning):
            return _READINGS[beginning] + region[len(beginning) :]
    return region
