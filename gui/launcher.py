"""Entry point of the ``reportlens`` command: the app with no arguments, else the command line.

Qt is imported only when a window is wanted, so subcommands run without a display and
start quickly.
"""

from __future__ import annotations

import sys

GUI_FLAGS = {"--self-test", "--gui"}


def wants_gui(argv: list[str]) -> bool:
    """Whether the arguments ask for a window rather than a command-line answer."""
    return not argv or argv[0].startswith("--db") and len(argv) <= 2 or bool(GUI_FLAGS & set(argv))


def main(argv: list[str] | None = None) -> int:
    """Run ReportLens with ``argv`` (default: the process arguments)."""
    args = sys.argv[1:] if argv is None else argv
    if wants_gui(args):
        from gui.app import run_app

        return run_app(args)
    from core.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
