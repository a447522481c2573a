"""Backup commands: ``backup``, ``backups``, ``restore BACKUP`` and ``check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.cli.backup_words import BACKUP_WORDS, BackupWords
from core.cli.language import said
from core.cli.table_columns import table_lines
from core.errors import NoLibraryError, StoreError
from core.library_location import library_path
from core.store.backup import check_library, list_backups, restore_backup, take_backup, verify

_BEFORE_MIGRATION = "before-migration-v"


def _reason(reason: str, words: BackupWords) -> str:
    """Why a backup was taken, in the user's language (a reason not known as it is kept)."""
    if reason.startswith(_BEFORE_MIGRATION):
        return words.before_migration.format(version=reason.removeprefix(_BEFORE_MIGRATION))
    return words.reasons.get(reason, reason)


def _cmd_backup(args: argparse.Namespace) -> int:
    words = BACKUP_WORDS.spoken()
    library = library_path(args.db)
    if not library.exists():
        raise NoLibraryError(library)
    backup = take_backup(library, "manual")
    print(
        words.backed_up.format(name=library.name, backup=backup.path, notes=backup.notes_path.name)
    )
    return 0


def _cmd_backups(args: argparse.Namespace) -> int:
    words = BACKUP_WORDS.spoken()
    library = library_path(args.db)
    backups = list_backups(library)
    if not backups and not library.exists():
        raise NoLibraryError(library)  # backups of a library since deleted are still listed
    if not backups:
        print(words.no_backups.format(name=library.name, folder=library.parent / "backups"))
    rows = [
        [
            str(number),
            backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            _reason(backup.reason, words),
            backup.path.name,
        ]
        for number, backup in enumerate(backups, start=1)
    ]
    for line in table_lines(rows, right_aligned={0}):
        print(line)
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    words = BACKUP_WORDS.spoken()
    library = library_path(args.db)
    backups = list_backups(library)
    chosen = None
    if args.backup.isdigit() and 1 <= int(args.backup) <= len(backups):
        chosen = backups[int(args.backup) - 1]
    else:
        chosen = next((b for b in backups if b.path.name == Path(args.backup).name), None)
    if chosen is None:
        raise StoreError(words.not_a_backup.format(backup=args.backup, name=library.name))
    aside = restore_backup(chosen, library)
    print(words.restored.format(backup=chosen.path.name, aside=aside.name))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    words = BACKUP_WORDS.spoken()
    library = library_path(args.db)
    if not library.exists():
        raise NoLibraryError(library)
    if not check_library(library):  # a library it cannot read now raises, naming why
        restorable = any(verify(backup.path) for backup in list_backups(library))
        advice = words.damaged if restorable else words.damaged_no_backup
        print(advice.format(name=library.name))
        return 1
    print(words.sound.format(name=library.name))
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the backup commands to the ``reportlens`` parser."""
    p = subparsers.add_parser(
        "backup",
        help=said("take a verified backup of the library now", "立即为报告库做一份经过校验的备份"),
    )
    p.set_defaults(handler=_cmd_backup)
    p = subparsers.add_parser(
        "backups",
        help=said("list the library's backups, newest first", "列出报告库的备份，最新的在前"),
    )
    p.set_defaults(handler=_cmd_backups)
    p = subparsers.add_parser(
        "restore",
        help=said(
            "put a backup in place of the library (the current file is kept aside)",
            "用一份备份替换报告库（当前的文件另行保留）",
        ),
    )
    p.add_argument(
        "backup",
        metavar="BACKUP",
        help=said(
            "its number in `reportlens backups`, or its file",
            "它在 `reportlens backups` 中的编号，或它的文件",
        ),
    )
    p.set_defaults(handler=_cmd_restore)
    p = subparsers.add_parser(
        "check", help=said("check the library file for damage", "检查报告库文件是否损坏")
    )
    p.set_defaults(handler=_cmd_check)
