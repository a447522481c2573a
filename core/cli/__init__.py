"""The ``reportlens`` command line: a thin layer over core, one module per group of commands.

Each command module exposes ``register(subparsers)``, adding its subcommands with a
``handler(args) -> int`` set through ``set_defaults``. Errors a user can fix are printed as
one sentence on stderr with a non-zero exit, in the user's language (``spoken_message``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from core import __version__
from core.cli.argument_parser import CommandLineParser
from core.cli.language import said
from core.errors import NoLibraryError, ReportLensError

Handler = Callable[[argparse.Namespace], int]
Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]


def _command_modules() -> list[Register]:
    # Imported here so that `reportlens --version` stays instant.
    from core.cli import library_commands

    modules: list[Register] = [library_commands.register]
    for optional in (
        "numbers_commands",
        "compare_commands",
        "notes_commands",
        "edition_commands",
        "backup_commands",
    ):
        try:
            module = __import__(f"core.cli.{optional}", fromlist=["register"])
        except ModuleNotFoundError as error:
            if error.name != f"core.cli.{optional}":
                raise
            continue
        modules.append(module.register)
    return modules


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand (a value may start with ``-``, as in
    ``search -5%``, where no option could: ``core.cli.argument_parser``), its help and usage
    errors in the user's language as the locale is now."""
    parser: argparse.ArgumentParser = CommandLineParser(
        prog="reportlens",
        description=said(
            "ReportLens (政报对读): read, compare and annotate government work reports.",
            "政报对读（ReportLens）：阅读、对比和批注政府工作报告。",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"reportlens {__version__}",
        help=said("show program's version number and exit", "显示程序的版本号并退出"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=said(
            "library file to use (default: $REPORTLENS_DB, else the user's data folder)",
            "要使用的报告库文件（默认：$REPORTLENS_DB，否则为用户数据文件夹中的报告库）",
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in _command_modules():
        register(subparsers)
    return parser


def _no_library(error: NoLibraryError, db: str | None) -> str:
    """Why a command was refused for want of a library, in the user's language: naming the
    path and what named it (``--db``, ``REPORTLENS_DB``), or how a first library starts."""
    from core.cli.library_words import LIBRARY_WORDS
    from core.library_location import ENV_VAR, library_named

    words = LIBRARY_WORDS.spoken()
    if not library_named(db):
        return words.no_default_library.format(name=error.path.name, path=error.path)
    named_by = "--db" if db else ENV_VAR
    return words.no_library.format(name=error.path.name, path=error.path, named_by=named_by)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv``; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    from core.cli.spoken_messages import spoken_message

    try:
        return handler(args)
    except NoLibraryError as error:
        # A usage error: the command is refused as it was typed, and nothing is made.
        print(f"reportlens: {_no_library(error, args.db)}", file=sys.stderr)
        return 2
    except ReportLensError as error:
        print(f"reportlens: {spoken_message(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as error:
        # A file asked for that cannot be written (a folder missing or read-only, a full
        # disk): one sentence naming it.
        name = error.filename or ""
        print(
            f"reportlens: {spoken_message(f'{name}: {error.strerror or error}')}", file=sys.stderr
        )
        return 1
