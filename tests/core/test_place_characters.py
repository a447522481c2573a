"""Place names in traditional characters read as the same places: 長治市 is 长治市."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.place_characters import simplified_place_name, traditional_forms
from core.report_region import detect_region
from tests.core.traditional_characters import in_traditional_characters


@pytest.mark.parametrize(
    ("name", "simplified"),
    [
        ("長治市", "长治市"),
        ("廈門市", "厦门市"),
        ("長沙市", "长沙市"),
        ("瀋陽市", "沈阳市"),
        ("濟南市", "济南市"),
        ("臺灣省", "台湾省"),
        ("黑龍江省", "黑龙江省"),
        ("廣西壯族自治區", "广西壮族自治区"),
        ("內蒙古自治區", "内蒙古自治区"),
        ("烏魯木齊市", "乌鲁木齐市"),
        ("壺關縣", "壶关县"),
        ("武鄉縣", "武乡县"),
    ],
)
def test_a_place_name_in_traditional_characters_reads_simplified(
    name: str, simplified: str
) -> None:
    assert simplified_place_name(name) == simplified


def test_a_text_in_simplified_characters_is_never_changed(sample_texts: dict[str, str]) -> None:
    """Every character of the table is one simplified Chinese does not use: the samples, and
    the traditional table's own simplified forms, read exactly as they are."""
    for text in sample_texts.values():
        assert simplified_place_name(text) == text
    simplified = "".join(set(traditional_forms().values()))
    assert simplified_place_name(simplified) == simplified
    assert not set(traditional_forms()) & set(simplified)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("廈門市2024年政府工作報告\n\n各位代表：", "厦门市"),
        ("長沙市人民政府\n\n各位代表：", "长沙市"),
        ("——2024年1月在瀋陽市第十七屆人民代表大會第三次會議上", "沈阳市"),
        ("生活在濟南的人民", "济南市"),
        ("奮力譜寫中國式現代化長治篇章！", "长治市"),
        ("向關心支持長治改革發展的各界朋友表示感謝。", "长治市"),
        ("我代表國務院，向大會報告政府工作", "全国"),
        ("跟着悟空遊長治，“長治有禮”上線。", "长治市"),
    ],
)
def test_a_region_named_in_traditional_characters_is_the_simplified_region(
    text: str, region: str
) -> None:
    assert detect_region(text) == region


def test_a_region_in_traditional_characters_in_the_file_name() -> None:
    assert detect_region("全市經濟運行穩中向好。", "長治市2024年政府工作報告.txt") == "长治市"


def test_the_sample_in_traditional_characters_is_the_same_city(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    text = in_traditional_characters(samples["cz2024"].read_text(encoding="utf-8"))
    assert "長治" in text and "长治" not in text
    assert detect_region(text, "changzhi-2024.txt") == "长治市"
