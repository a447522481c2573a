"""Backups of the library: taken, verified, rotated and restored, never a silent loss.

As Firefox's places database and Anki do, a copy of the library is taken with SQLite's online
backup API (never a file copy of a live WAL database) into ``backups/`` beside it: before every
migration, at most daily when the library changed, and when the user asks. Each copy passes
``PRAGMA integrity_check`` before it counts, and a JSON file of all its annotations lies beside
it, readable without the app. Restoring moves the current file aside first; nothing is deleted
but old backups past the rotation.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.errors import StoreError
from core.store.open_failure import is_damage, open_failure
from core.whole_file import write_whole

FOLDER = "backups"
SUFFIX = ".sqlite3"
NOTES_SUFFIX = ".annotations.json"
KEEP_ROUTINE = 3  # daily and manual copies kept, newest first (a large library is big)
KEEP_MIGRATION = 2  # copies taken before a migration kept, newest first
_STAMP = "%Y%m%dT%H%M%SZ"
# Files beside a copy that earlier versions left: they kept copies in the library's WAL mode,
# and reading such a copy (or its partial file) makes -wal and -shm files.
_LEFT_BESIDE = ("-wal", "-shm", ".partial-wal", ".partial-shm")


@dataclass(frozen=True)
class Backup:
    """One verified copy of the library.

    Attributes:
        path: the copy (``<library>-<UTC time>-<reason>.sqlite3`` in ``backups/``).
        taken_at: when it was taken (UTC).
        reason: ``daily``, ``manual`` or ``before-migration-vN``.
    """

    path: Path
    taken_at: datetime
    reason: str

    @property
    def notes_path(self) -> Path:
        """The JSON file of the copy's annotations, beside it."""
        return self.path.with_name(self.path.name.removesuffix(SUFFIX) + NOTES_SUFFIX)


def backup_folder(library: Path) -> Path:
    """Where the backups of ``library`` are kept: ``backups/`` beside it."""
    return Path(library).parent / FOLDER


def list_backups(library: Path) -> list[Backup]:
    """The backups of ``library``, newest first."""
    folder = backup_folder(library)
    prefix = Path(library).stem + "-"
    found = []
    if folder.is_dir():
        for path in folder.glob(f"{prefix}*{SUFFIX}"):
            stamp, _, reason = path.name[len(prefix) : -len(SUFFIX)].partition("-")
            try:
                taken_at = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
            except ValueError:
                continue  # not one of ours
            found.append(Backup(path, taken_at, reason))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def take_backup(library: Path, reason: str = "manual") -> Backup:
    """Copy ``library`` into its backup folder, verify the copy, write its notes, rotate.

    Args:
        library: the library file (open or not; its WAL is included by SQLite).
        reason: ``daily``, ``manual`` or ``before-migration-vN``.

    Raises:
        StoreError: the library is damaged (no copy is attempted: it would be damaged too), or
            the copy could not be made or did not verify; nothing is left behind either way.
    """
    library = Path(library)
    if looks_damaged(library):
        raise StoreError(f"{library.name}: the library file is damaged; no backup of it was taken")
    folder = backup_folder(library)
    taken_at = datetime.now(UTC).replace(microsecond=0)
    while True:  # one per second at most: a name is never reused
        target = folder / f"{library.stem}-{taken_at.strftime(_STAMP)}-{reason}{SUFFIX}"
        if not target.exists():
            break
        taken_at += timedelta(seconds=1)
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                # The copy came in the library's WAL mode; on its own, reading it would leave
                # -wal and -shm files beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        if not verify(partial):
            raise StoreError(f"{library.name}: the backup copy did not pass its integrity check")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"{library.name}: no backup could be taken ({error})") from error
    finally:  # a copy that failed, whatever stopped it, is removed with what SQLite left
        for left in ("", "-journal", "-wal", "-shm"):
            Path(f"{partial}{left}").unlink(missing_ok=True)
    backup = Backup(target, taken_at, reason)
    write_whole(
        backup.notes_path, json.dumps(annotations_json(target), ensure_ascii=False, indent=1)
    )
    rotate(library)
    return backup


def verify(copy: Path) -> bool:
    """Whether a copy of the library passes SQLite's integrity check."""
    try:
        conn = sqlite3.connect(f"{Path(copy).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def annotations_json(copy: Path) -> dict[str, object]:
    """Every annotation of a library file, with its report's title, as plain JSON."""
    conn = sqlite3.connect(f"{Path(copy).resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "annotations" not in tables:
            return {"annotations": []}
        tags: dict[int, list[str]] = {}
        for row in conn.execute("SELECT annotation_id, tag FROM annotation_tags ORDER BY position"):
            tags.setdefault(row["annotation_id"], []).append(row["tag"])
        rows = conn.execute(
            "SELECT a.*, r.title AS report FROM annotations a "
            "LEFT JOIN reports r ON r.id = a.report_id ORDER BY a.report_id, a.start, a.id"
        )
        notes = [
            {
                "id": row["id"],
                "report_id": row["report_id"],
                "report": row["report"],
                "start": row["start"],
                "end": row["end"],
                "quote": row["quote"],
                "section": json.loads(row["section_path"]),
                "colour": row["colour"],
                "note": row["note"],
                "tags": tags.get(row["id"], []),
                "status": row["status"],
                "created_at": row["created_at"],
                "updated_at": row["updated_at"],
            }
            for row in rows
        ]
        return {"annotations": notes}
    finally:
        conn.close()


def rotate(library: Path) -> list[Backup]:
    """Drop old backups: the newest KEEP_ROUTINE daily or manual ones and the newest
    KEEP_MIGRATION taken before a migration stay. Returns those dropped."""
    routine = [b for b in list_backups(library) if not b.reason.startswith("before-migration")]
    migration = [b for b in list_backups(library) if b.reason.startswith("before-migration")]
    dropped = routine[KEEP_ROUTINE:] + migration[KEEP_MIGRATION:]
    for backup in dropped:
        backup.path.unlink(missing_ok=True)
        backup.notes_path.unlink(missing_ok=True)
        for left in _LEFT_BESIDE:
            Path(f"{backup.path}{left}").unlink(missing_ok=True)
    return dropped


def changed_since(library: Path, moment: datetime) -> bool:
    """Whether the library file (or its write-ahead log) was written after ``moment``."""
    times = [
        path.stat().st_mtime for path in (Path(library), Path(f"{library}-wal")) if path.exists()
    ]
    return bool(times) and max(times) > moment.timestamp()


def ensure_daily_backup(library: Path) -> Backup | None:
    """Take the day's backup if the library changed since the last one (cheap otherwise).

    Returns:
        The backup taken, or None (no library yet, no reports yet, or nothing new).
    """
    library = Path(library)
    if not library.exists() or library.stat().st_size == 0:
        return None
    newest = next(iter(list_backups(library)), None)
    now = datetime.now(UTC)
    if newest is not None and (
        newest.taken_at.date() == now.date() or not changed_since(library, newest.taken_at)
    ):
        return None
    return take_backup(library, "daily")


def restore_backup(backup: Backup, library: Path) -> Path:
    """Put ``backup`` in place of ``library``; the current file is moved aside, not deleted.

    Returns:
        Where the library that was there now lies (``<name>.before-restore-<time>``).

    Raises:
        StoreError: the backup does not pass its integrity check (nothing was changed).
    """
    library = Path(library)
    if not verify(backup.path):
        raise StoreError(f"{backup.path.name}: this backup is damaged; nothing was restored")
    aside = move_aside(library, "before-restore")
    shutil.copyfile(backup.path, library)
    return aside


def _passes_quick_check(library: Path) -> bool:
    """Whether the library passes SQLite's quick check, read without writing anything.

    Raises:
        sqlite3.DatabaseError: the file could not be read (damaged, locked, out of reach).
    """
    from core.store.read_only_opening import connect_read_only

    conn = connect_read_only(library)  # also on a read-only share
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    finally:
        conn.close()


def looks_damaged(library: Path) -> bool:
    """Whether a library file is damaged: not a database, malformed, or failing SQLite's quick
    check. A library that cannot be read now (locked by another program, in a folder out of
    reach) is not damaged: it must not be moved aside (``core.store.open_failure``)."""
    library = Path(library)
    if not library.exists():
        return False
    try:
        return not _passes_quick_check(library)
    except sqlite3.DatabaseError as error:
        return is_damage(error)


def check_library(library: Path) -> bool:
    """Whether an existing library file is sound (False: it is damaged, as ``looks_damaged``).

    Args:
        library: the library file.

    Raises:
        StoreError: the file could not be read now, so nothing can be said of its health
            (another program holds it locked, its folder is out of reach): the sentence of
            ``core.store.open_failure`` naming the file.
    """
    library = Path(library)
    try:
        return _passes_quick_check(library)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return False
        raise StoreError(open_failure(library, error)) from None


def move_aside(library: Path, why: str) -> Path:
    """Rename the library file (with its -wal and -shm) to ``<name>.<why>-<UTC time>``, or
    ``…-<UTC time>-2`` (and on) when a file moved aside in the same second has that name:
    nothing kept aside is ever overwritten."""
    library = Path(library)
    stamp = datetime.now(UTC).strftime(_STAMP)
    aside = library.with_name(f"{library.name}.{why}-{stamp}")
    number = 1
    while any(Path(f"{aside}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        number += 1
        aside = library.with_name(f"{library.name}.{why}-{stamp}-{number}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{library}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{aside}{suffix}"))
    return aside
