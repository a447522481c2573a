"""``reportlens replace REPORT FILE``: a corrected edition replaces a report, notes follow."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.cli.language import said
from core.cli.notes_words import NOTES_WORDS
from core.cli.spoken_messages import spoken_message
from core.importer import BREAKS_RESTORED_NOTE
from core.library import find_report, open_library
from core.notes.new_edition import replace_with_edition
from core.notes.shown_quote import quote_on_context


def _cmd_replace(args: argparse.Namespace) -> int:
    with open_library(args.db, create=False) as store:
        old = find_report(store, args.report)
        outcome = replace_with_edition(store, old, Path(args.file), force=args.force)
    words = NOTES_WORDS.spoken()
    if outcome.new_report is None:
        hint = words.force_hint if outcome.not_an_edition else ""
        print(f"reportlens: {spoken_message(outcome.message)}{hint}", file=sys.stderr)
        return 1
    print(spoken_message(outcome.message))
    if outcome.imported.breaks_restored:
        print(f"  {spoken_message(BREAKS_RESTORED_NOTE)}")
    if outcome.reanchored is not None:
        for orphan in outcome.reanchored.orphans:
            # An orphan's passage is not in the new text: its quote is read on its context.
            quote = quote_on_context(orphan.anchor)
            print(words.to_place.format(id=orphan.id, quote=quote[:60]))
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``replace`` to the ``reportlens`` parser."""
    p = subparsers.add_parser(
        "replace",
        help=said(
            "replace a report with a corrected edition; its annotations move to the new text",
            "用更正版替换一份报告；其批注随之移到新文本",
        ),
    )
    p.add_argument(
        "report", metavar="REPORT", help=said("the report: its id or title", "报告：编号或标题")
    )
    p.add_argument("file", metavar="FILE", help=said("the corrected file", "更正后的文件"))
    p.add_argument(
        "--force",
        action="store_true",
        help=said(
            "replace it even with a file that reads as another city's or year's report",
            "即使文件读来是另一城市或另一年份的报告，也照样替换",
        ),
    )
    p.set_defaults(handler=_cmd_replace)
