"""Telling real Chinese text from mis-decoded bytes and garbage."""

from __future__ import annotations

import pytest

from core.ingest.quality import is_garbled, profile_text, reads_as_chinese


def test_profile_counts_on_a_literal_text() -> None:
    profile = profile_text("报告ab\x01\ufffd𠮷")
    assert profile.length == 7
    assert profile.garbage == 2
    assert profile.non_ascii == 4  # 报 告 \ufffd 𠮷
    assert profile.ideographs == 3
    assert profile.common == 2  # 报告 are common; 𠮷 is not in GB2312


def test_cid_codes_count_as_garbage() -> None:
    assert profile_text("(cid:123)(cid:45)").garbage == 2
    assert is_garbled("(cid:12)(cid:13)(cid:14) 报告")


def test_plain_text_with_tabs_and_line_breaks_is_not_garbled() -> None:
    assert not is_garbled("一、总体要求\r\n\t（一）坚持稳中求进。\f\n")


def test_every_sample_reads_as_chinese(sample_texts: dict[str, str]) -> None:
    for name, text in sample_texts.items():
        assert reads_as_chinese(text), name
        assert profile_text(text).common_share > 0.97, name


def test_ascii_text_passes() -> None:
    assert reads_as_chinese("Annual report of the village library, 2024.")


@pytest.mark.parametrize("encoding", ["utf-8", "big5", "shift_jis", "euc-kr"])
def test_report_bytes_read_as_gb18030_in_the_wrong_codec_do_not(
    sample_texts: dict[str, str], encoding: str
) -> None:
    text = sample_texts["cz2024"][:3000]
    mojibake = text.encode(encoding, errors="ignore").decode("gb18030", errors="replace")
    assert not reads_as_chinese(mojibake)


def test_a_long_text_is_judged_on_a_bounded_sample() -> None:
    text = "报告" * 1_000_000 + "\x01" * 10
    assert profile_text(text).length < 250_000
