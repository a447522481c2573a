"""Strict decoding of text bytes: BOMs, UTF-8, GB18030, checked guesses, and refusals."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from core.errors import UnreadableFileError
from core.ingest.decode import decode_text

PATH = Path("report.txt")
TEXT = "一、2023年工作回顾\n（一）坚持抓项目、帮企业，经济运行向上向好。𠮷\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "gb18030"],
)
def test_each_encoding_gives_the_text_exactly(data: bytes, encoding: str) -> None:
    decoded = decode_text(data, PATH)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_gbk_bytes_are_read_as_gb18030() -> None:
    text = "各位代表：现在，我代表市人民政府向大会报告工作，请予审议。"
    decoded = decode_text(text.encode("gbk"), PATH)
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


def test_every_sample_reencoded_in_gbk_reads_back(sample_texts: dict[str, str]) -> None:
    for name, text in sample_texts.items():
        decoded = decode_text(text.encode("gb18030"), Path(name))
        assert decoded.encoding == "gb18030", name
        assert decoded.text == text, name


def test_utf16_without_bom_is_recognised_for_chinese_text() -> None:
    decoded = decode_text(TEXT.encode("utf-16-le"), PATH)
    assert (decoded.text, decoded.encoding) == (TEXT, "utf-16-le")


def test_utf8_cut_mid_character_is_refused_not_read_as_gb18030() -> None:
    data = TEXT.rstrip("\n").encode("utf-8")[:-1]
    with pytest.raises(UnreadableFileError, match=r"^report\.txt: the file is cut off"):
        decode_text(data, PATH)


def test_utf8_damaged_in_the_middle_is_refused() -> None:
    good = "过去一年，在市委的坚强领导下，全市上下坚持以习近平新时代中国特色社会主义思想为指导，"
    data = good.encode("utf-8") + "深入贯彻落实党的二十大精神".encode("gbk")
    with pytest.raises(UnreadableFileError, match=f"damaged at byte {len(good.encode())}"):
        decode_text(data, PATH)


def test_shift_jis_is_refused_rather_than_read_as_nonsense_chinese() -> None:
    data = "日本国民は、正当に選挙された国会における代表者を通じて行動する。".encode("shift_jis")
    assert data.decode("gb18030")  # GB18030 accepts these bytes: only the guard stops them
    with pytest.raises(UnreadableFileError, match="not Chinese in a known encoding"):
        decode_text(data, PATH)


def test_latin1_bytes_are_refused() -> None:
    data = "Le café était très animé près de la fenêtre, où le soleil brillait.".encode("latin-1")
    with pytest.raises(UnreadableFileError, match=r"^report\.txt: "):
        decode_text(data, PATH)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"abc\x00\x01\x02\xff\xfe" * 10, "binary data"),
    ],
)
def test_binary_files_are_named_as_such(data: bytes, kind: str) -> None:
    with pytest.raises(UnreadableFileError, match="this is not a text file") as caught:
        decode_text(data, PATH)
    assert kind in str(caught.value)


def test_a_damaged_file_behind_a_bom_is_refused() -> None:
    with pytest.raises(UnreadableFileError, match="marked as UTF-8 text but is damaged"):
        decode_text(codecs.BOM_UTF8 + "报告".encode() + b"\xff\xfe\xfd", PATH)
