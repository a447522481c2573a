"""The command line's argument parser: a value may start with ``-`` where no option could, and
the help and usage errors are in the user's language.

A negative figure is a common search here (``reportlens search -5%``), and a note may open
with one (``--note -0.4个百分点，未完成``). Plain ``argparse`` takes only ``-5`` or ``-0.4`` for
a value and reads ``-5%`` as an unknown option. Options of ``reportlens`` are ``-`` or ``--``
and a Latin letter, so anything else after a ``-`` is taken as a value. A value that does look
like an option (``-abc``) is written after ``--`` or joined to its option with ``=``; the
error message says so.

Under a Chinese locale argparse's own phrases are given in Chinese by this parser, not by a
catalogue in gettext's process-wide domain (``core.cli.argparse_phrases``); under any other,
the parser writes what argparse writes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from core.cli.argparse_phrases import CHINESE_PHRASES, chinese_argparse_message
from core.cli.chinese_help_formatter import ChineseHelpFormatter
from core.cli.language import Bilingual, speaks_chinese

# ``-`` then neither ``-`` nor a Latin letter: no option of this command line starts so.
_NOT_AN_OPTION = re.compile(r"^-[^-A-Za-z]")
# Errors that a value starting with "-" taken for an option gives (as argparse words them).
_MISSING_VALUE = ("expected one argument", "arguments are required", "unrecognized arguments")
HOW_TO_DASH = Bilingual(
    chinese='以"-"和字母开头的值写在"--"之后（reportlens search -- -abc）或"="之后（--note=-abc）',
    english=(
        'a value that starts with "-" and a letter goes after "--" '
        '(reportlens search -- -abc) or after "=" (--note=-abc)'
    ),
)
"""How to give a value that starts with ``-`` and a letter, said after the error it gave."""


class CommandLineParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` (its subcommands' parsers too) that reads ``-5%`` or
    ``-0.4个百分点`` as a value, says how to give one that looks like an option, and speaks
    Chinese under a Chinese locale (as the locale is when it is made)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._chinese = speaks_chinese()
        if self._chinese:
            kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        super().__init__(*args, **kwargs)
        # argparse takes an argument that this matches for a value, not an option
        # (it is meant for negative numbers, and only ``-5`` or ``-0.4`` pass its own).
        self._negative_number_matcher = _NOT_AN_OPTION
        self._unknown_dashed = False
        if self._chinese:
            self._positionals.title = CHINESE_PHRASES["positional arguments"]
            self._optionals.title = CHINESE_PHRASES["options"]
            for action in self._actions:
                if isinstance(action, argparse._HelpAction):
                    action.help = CHINESE_PHRASES["show this help message and exit"]

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """As ``ArgumentParser.parse_known_args``; notes whether an argument looks like an
        option this parser does not have (a value meant, most likely)."""
        self._unknown_dashed = any(
            arg.startswith("-")
            and arg != "--"
            and arg.split("=", 1)[0] not in self._option_string_actions
            for arg in (args or [])
        )
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        """Print the usage and ``message`` and exit with 2; where an argument that looks like
        an option left a value missing, also say how to give a value that starts with ``-``."""
        hint = self._unknown_dashed and any(kind in message for kind in _MISSING_VALUE)
        if not self._chinese:
            super().error(f"{message}; {HOW_TO_DASH.english}" if hint else message)
        said = chinese_argparse_message(message)
        if hint:
            said = f"{said}；{HOW_TO_DASH.chinese}"
        self.print_usage(sys.stderr)
        ending = CHINESE_PHRASES["%(prog)s: error: %(message)s\n"]
        self.exit(2, ending % {"prog": self.prog, "message": said})
