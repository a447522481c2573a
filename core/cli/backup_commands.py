"""Backup commands: ``backup``, ``backups``, ``restore BACKUP`` and ``check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.cli.table_columns import table_lines
from core.errors import StoreError
from core.library_location import library_path
from core.store.backup import check_library, list_backups, restore_backup, take_backup


def _cmd_backup(args: argparse.Namespace) -> int:
    library = library_path(args.db)
    if not library.exists():
        raise StoreError(f"{library.name}: there is no library at {library} to back up")
    backup = take_backup(library, "manual")
    print(
        f"backed up {library.name} to {backup.path} "
        f"(verified; its annotations in {backup.notes_path.name})"
    )
    return 0


def _cmd_backups(args: argparse.Namespace) -> int:
    library = library_path(args.db)
    backups = list_backups(library)
    if not backups:
        print(f"no backups of {library.name} yet (they are kept in {library.parent / 'backups'})")
    rows = [
        [
            str(number),
            backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            backup.reason,
            backup.path.name,
        ]
        for number, backup in enumerate(backups, start=1)
    ]
    for line in table_lines(rows, right_aligned={0}):
        print(line)
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    library = library_path(args.db)
    backups = list_backups(library)
    chosen = None
    if args.backup.isdigit() and 1 <= int(args.backup) <= len(backups):
        chosen = backups[int(args.backup) - 1]
    else:
        chosen = next((b for b in backups if b.path.name == Path(args.backup).name), None)
    if chosen is None:
        raise StoreError(
            f"{args.backup}: not a backup of {library.name} (see `reportlens backups`)"
        )
    aside = restore_backup(chosen, library)
    print(f"restored {chosen.path.name}; the library that was there is kept as {aside.name}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    library = library_path(args.db)
    if not library.exists():
        raise StoreError(f"{library.name}: there is no library at {library}")
    if not check_library(library):  # a library it cannot read now raises, naming why
        print(
            f"{library.name}: damaged (SQLite's check failed); "
            "restore a backup with `reportlens restore`"
        )
        return 1
    print(f"{library.name}: ok")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the backup commands to the ``reportlens`` parser."""
    p = subparsers.add_parser("backup", help="take a verified backup of the library now")
    p.set_defaults(handler=_cmd_backup)
    p = subparsers.add_parser("backups", help="list the library's backups, newest first")
    p.set_defaults(handler=_cmd_backups)
    p = subparsers.add_parser(
        "restore", help="put a backup in place of the library (the current file is kept aside)"
    )
    p.add_argument(
        "backup", metavar="BACKUP", help="its number in `reportlens backups`, or its file"
    )
    p.set_defaults(handler=_cmd_restore)
    p = subparsers.add_parser("check", help="check the library file for damage")
    p.set_defaults(handler=_cmd_check)
