"""Chinese help wrapped by the columns it takes on screen, and argparse's phrases read back."""

from __future__ import annotations

import argparse
import inspect

import pytest

from core.cli.argparse_phrases import CHINESE_PHRASES, chinese_argparse_message
from core.cli.chinese_help_formatter import wrapped_by_columns
from core.text_width import display_width


def test_a_chinese_sentence_is_wrapped_by_columns_words_and_options_whole() -> None:
    text = "只列出数字变化、改写、新增（JSON 与文字输出；摘要仍计入所有变化），见 --show-layout"
    lines = wrapped_by_columns(text, 20)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(display_width(line) <= 20 for line in lines)
    assert "--show-layout" in lines[-1] and "JSON" in " ".join(lines)
    # A closing mark never starts a line, an opening one never ends one.
    assert not [line for line in lines if line[0] in "，、；）" or line[-1] == "（"]


@pytest.mark.parametrize(
    ("message", "chinese"),
    [
        ("expected one argument", "需要一个值"),
        ("expected 2 arguments", "需要 2 个值"),
        ("argument --year: invalid int value: 'x'", "参数 --year：无效的整数：'x'"),
        (
            "argument A: invalid choice: 'a: b' (choose from 'x', 'y')",
            "参数 A：无效的选择：'a: b'（可选：'x', 'y'）",
        ),
        ("argument --limit: 0 不是不小于 1 的整数", "参数 --limit：0 不是不小于 1 的整数"),
        ("a message argparse never writes", "a message argparse never writes"),
    ],
)
def test_argparses_messages_are_read_back_in_chinese(message: str, chinese: str) -> None:
    assert chinese_argparse_message(message) == chinese


def test_each_phrase_is_one_argparse_writes() -> None:
    source = inspect.getsource(argparse)
    missing = [phrase for phrase in CHINESE_PHRASES if repr(phrase)[1:-1] not in source]
    assert not missing
