"""The command line's argument parser: a value may start with ``-`` where no option could.

A negative figure is a common search here (``reportlens search -5%``), and a note may open
with one (``--note -0.4个百分点，未完成``). Plain ``argparse`` takes only ``-5`` or ``-0.4`` for
a value and reads ``-5%`` as an unknown option. Options of ``reportlens`` are ``-`` or ``--``
and a Latin letter, so anything else after a ``-`` is taken as a value. A value that does look
like an option (``-abc``) is written after ``--`` or joined to its option with ``=``; the
error message says so.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any, NoReturn

# ``-`` then neither ``-`` nor a Latin letter: no option of this command line starts so.
_NOT_AN_OPTION = re.compile(r"^-[^-A-Za-z]")
# Errors that a value starting with "-" taken for an option gives.
_MISSING_VALUE = ("expected one argument", "arguments are required", "unrecognized arguments")
HOW_TO_DASH = (
    'a value that starts with "-" and a letter goes after "--" '
    '(reportlens search -- -abc) or after "=" (--note=-abc)'
)


class CommandLineParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` (its subcommands' parsers too) that reads ``-5%`` or
    ``-0.4个百分点`` as a value and says how to give one that looks like an option."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # argparse takes an argument that this matches for a value, not an option
        # (it is meant for negative numbers, and only ``-5`` or ``-0.4`` pass its own).
        self._negative_number_matcher = _NOT_AN_OPTION
        self._unknown_dashed = False

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
        if self._unknown_dashed and any(kind in message for kind in _MISSING_VALUE):
            message = f"{message}; {HOW_TO_DASH}"
        super().error(message)
