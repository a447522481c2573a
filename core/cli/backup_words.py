"""The words of ``reportlens backup``, ``backups``, ``restore`` and ``check``, in Chinese and
in English.

A file's name and a folder are printed as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.cli.language import Bilingual


@dataclass(frozen=True)
class BackupWords:
    """The backup commands' words in one language.

    Attributes:
        backed_up: a backup taken, with ``{name}``, ``{backup}`` and ``{notes}`` (the file of
            its annotations).
        no_backups: none taken yet, with ``{name}`` and ``{folder}``.
        reasons: why a backup was taken, by the reason it is kept with (``manual``…).
        before_migration: a backup taken before the library was upgraded, with ``{version}``.
        not_a_backup: a backup asked for that is not one, with ``{backup}`` and ``{name}``.
        restored: a backup put in place, with ``{backup}`` and ``{aside}``.
        damaged: a library that failed its check, with ``{name}``, when a sound backup of it
            is there to restore.
        damaged_no_backup: the same, with no sound backup to restore, with ``{name}``.
        sound: a library that passed it, with ``{name}``.
    """

    backed_up: str
    no_backups: str
    reasons: dict[str, str]
    before_migration: str
    not_a_backup: str
    restored: str
    damaged: str
    damaged_no_backup: str
    sound: str


BACKUP_WORDS = Bilingual(
    chinese=BackupWords(
        backed_up="已将 {name} 备份到 {backup}（已校验；其批注另存于 {notes}）",
        no_backups="{name} 还没有备份（备份存放在 {folder}）",
        reasons={"manual": "手动", "daily": "每日"},
        before_migration="升级前（第 {version} 版）",
        not_a_backup="{backup}: 不是 {name} 的备份（`reportlens backups` 列出所有备份）",
        restored="已恢复 {backup}；原来的报告库保留为 {aside}",
        damaged="{name}: 已损坏（SQLite 的检查未通过）；请用 `reportlens restore` 恢复备份",
        damaged_no_backup=(
            "{name}: 已损坏（SQLite 的检查未通过），且没有可恢复的完好备份；"
            "请把该文件移到别处保存（ReportLens 随后会新建空报告库），再重新导入报告"
        ),
        sound="{name}: 完好",
    ),
    english=BackupWords(
        backed_up="backed up {name} to {backup} (verified; its annotations in {notes})",
        no_backups="no backups of {name} yet (they are kept in {folder})",
        reasons={"manual": "manual", "daily": "daily"},
        before_migration="before-migration-v{version}",
        not_a_backup="{backup}: not a backup of {name} (see `reportlens backups`)",
        restored="restored {backup}; the library that was there is kept as {aside}",
        damaged=(
            "{name}: damaged (SQLite's check failed); restore a backup with `reportlens restore`"
        ),
        damaged_no_backup=(
            "{name}: damaged (SQLite's check failed), and there is no sound backup of it to "
            "restore; move the file elsewhere to keep it (ReportLens then starts an empty "
            "library) and import the reports again"
        ),
        sound="{name}: ok",
    ),
)
"""The backup commands' words, as ``BACKUP_WORDS.spoken()`` picks them."""
