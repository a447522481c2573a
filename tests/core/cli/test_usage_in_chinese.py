"""Under a Chinese locale the help of ``reportlens`` and of every command, and every usage
error, are in Chinese; the options, choices and values as they are typed; the exit status 2."""

from __future__ import annotations

import argparse
import re

import pytest

from core.cli import build_parser, main
from core.text_width import display_width

# Three English words in a row: a sentence of argparse's or of a command's help left in English.
_ENGLISH = re.compile(r"\b[a-z]{2,}'?[a-z]* [a-z]{2,} [a-z]{2,}\b")


def refused(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    """What ``reportlens ARGV`` prints on stderr when it refuses its arguments (status 2)."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    return capsys.readouterr().err


def help_of(capsys: pytest.CaptureFixture[str], command: list[str]) -> str:
    """What ``reportlens COMMAND --help`` prints (status 0)."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as stopped:
        main([*command, "--help"])
    assert stopped.value.code == 0
    return capsys.readouterr().out


def _commands() -> list[list[str]]:
    """The program and each command and subcommand, as the parser has them."""
    found: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        found.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])

    walk(build_parser(), [])
    return found


@pytest.mark.usefixtures("chinese_locale")
@pytest.mark.parametrize("command", _commands(), ids=" ".join)
def test_every_help_is_in_chinese(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    text = help_of(capsys, command)
    usage, rest = text.split("\n\n", 1)
    assert usage.startswith(f"用法：reportlens {' '.join(command)}".rstrip() + " [-h]")
    assert "选项：\n  -h, --help" in rest and "显示此帮助信息并退出" in rest
    assert "options" not in rest and "positional arguments" not in rest
    assert not _ENGLISH.findall(
        rest.replace("reportlens show", "").replace("reportlens backups", "")
    )
    # Lines fit the terminal by the columns they take, a Chinese character two.
    assert max(display_width(line) for line in text.splitlines()) <= 100


@pytest.mark.usefixtures("chinese_locale")
def test_the_commands_are_listed_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(capsys, [])
    assert "政报对读（ReportLens）：阅读、对比和批注政府工作报告。" in text
    assert "位置参数：\n  COMMAND\n" in text
    assert "    compare   并排对比两份报告\n" in text
    assert "  --db PATH   要使用的报告库文件" in text


@pytest.mark.usefixtures("chinese_locale")
def test_a_wrapped_usage_continues_under_the_first_option(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    first, *more = help_of(capsys, ["compare"]).split("\n\n")[0].splitlines()
    assert first.startswith("用法：reportlens compare [-h]")
    column = display_width(first[: first.index("[-h]")])
    assert more and all(len(line) - len(line.lstrip()) == column for line in more)


@pytest.mark.usefixtures("chinese_locale")
@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["compare"], "reportlens compare: 错误：缺少必需的参数：A, B"),
        (
            ["compare", "a", "b", "--only", "x"],
            "参数 --only：无效的选择：'x'（可选：'all', 'numbers'",
        ),
        (["nonsense"], "reportlens: 错误：参数 COMMAND：无效的选择：'nonsense'（可选：'import'"),
        (["show", "a", "b"], "reportlens: 错误：无法识别的参数：b"),
        (["compare", "a", "b", "--html"], "参数 --html：需要一个值"),
        (["notes", "add", "1", "--start", "x", "--end", "2"], "参数 --start：无效的整数：'x'"),
        (["notes", "add", "1"], "reportlens notes add: 错误：缺少必需的参数：--start, --end"),
        (["notes"], "reportlens notes: 错误：缺少必需的参数：NOTES_COMMAND"),
        (["search", "x", "--limit", "0"], "参数 --limit：0 不是不小于 1 的整数"),
        (["search", " "], "参数 query：搜索内容是空的：请写出要找的字词"),
        (["search", "-abc"], '缺少必需的参数：query；以"-"和字母开头的值写在"--"之后'),
    ],
)
def test_every_usage_error_is_in_chinese(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    usage, error = refused(capsys, argv).rstrip("\n").rsplit("\n", 1)
    assert usage.startswith("用法：reportlens ")
    assert said in error
    _prog, told = error.split(": 错误：")
    assert not _ENGLISH.findall(told) and "argument" not in told


@pytest.mark.usefixtures("chinese_locale")
def test_another_parser_in_the_process_still_speaks_argparses_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "错误：缺少必需的参数：A, B" in refused(capsys, ["compare"])
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("file")
    with pytest.raises(SystemExit):
        other.parse_args([])
    assert capsys.readouterr().err == (
        "usage: other [-h] file\nother: error: the following arguments are required: file\n"
    )
    assert "show this help message and exit" in other.format_help()
