"""argparse's own phrases in Chinese, for the command line's help and usage errors.

``argparse`` writes its phrases (``usage: ``, ``options``, ``the following arguments are
required: %s``…) through ``gettext.gettext``, in gettext's default domain, which is global to
the process: a catalogue installed there would translate any other library's messages as well.
So the phrases are translated where the command line's parser takes them from argparse
(``core.cli.argument_parser``): its headings and usage prefix are set from ``CHINESE_PHRASES``,
and an error message argparse has composed is read back against the phrases it was made of
(``chinese_argparse_message``).

``CHINESE_PHRASES`` is keyed by the very strings argparse passes to ``_()`` (Python 3.11's
``argparse.py``), placeholders and all, as a gettext catalogue would be; a phrase argparse no
longer has, or a message it composed of none of them, is printed as argparse wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

CHINESE_PHRASES: Mapping[str, str] = {
    # Help: the usage line's prefix, the two groups' headings, ``-h``'s own help.
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示此帮助信息并退出",
    # Usage errors: the line that ends every one, then what went wrong.
    "%(prog)s: error: %(message)s\n": "%(prog)s: 错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "须给出以下参数之一：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的选择：%(value)r（可选：%(choices)s）"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "未知的命令：%(parser_name)r（可选：%(choices)s）"
    ),
    "invalid %(type)s value: %(value)r": "无效的%(type)s：%(value)r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多只能给一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": (
        "选项不明确：%(option)s 可以是 %(matches)s"
    ),
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "此选项不带值，却给了 %r",
    "unexpected option string: %s": "意外的选项：%s",
}
"""argparse's phrases (its ``_()`` message ids) and their Chinese, with the same placeholders."""

# The name a value's type has in ``invalid %(type)s value`` (the converting function's name).
_CHINESE_TYPE_NAMES = {"int": "整数", "float": "数值"}

# ``%s``, ``%r``, ``%(name)s`` or ``%(name)r`` in a phrase.
_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")


def _pattern(phrase: str) -> re.Pattern[str]:
    """A pattern that matches a message made of ``phrase``, a group for each placeholder
    (named by it, or ``value`` for an unnamed one)."""
    parts: list[str] = []
    at = 0
    for placeholder in _PLACEHOLDER.finditer(phrase):
        parts.append(re.escape(phrase[at : placeholder.start()]))
        parts.append(f"(?P<{placeholder.group(1) or 'value'}>.+?)")
        at = placeholder.end()
    parts.append(re.escape(phrase[at:]))
    return re.compile("".join(parts), re.DOTALL)


# A phrase without placeholders is matched first: ``expected one argument`` is not an instance
# of ``expected %s argument``.
_COMPOSED = sorted(
    ((_pattern(phrase), chinese) for phrase, chinese in CHINESE_PHRASES.items()),
    key=lambda pair: pair[0].groups > 0,
)


def _filled(chinese: str, values: Mapping[str, str]) -> str:
    """``chinese`` with each placeholder replaced by the text argparse put in its place."""
    return _PLACEHOLDER.sub(lambda found: values[found.group(1) or "value"], chinese)


def chinese_argparse_message(message: str) -> str:
    """An error message argparse composed of its phrases (``argument --only: invalid choice:
    'x' (choose from 'all', 'numbers')``), in Chinese; a message of no phrase as it is.

    The values argparse put in a phrase (an option, a value as given, a list of choices) are
    kept as they are; a message inside another (``argument X: …``) is read in turn.
    """
    for pattern, chinese in _COMPOSED:
        found = pattern.fullmatch(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:
            values["message"] = chinese_argparse_message(values["message"])
        if "type" in values:
            values["type"] = _CHINESE_TYPE_NAMES.get(values["type"], f" {values['type']} 值")
        return _filled(chinese, values)
    return message
