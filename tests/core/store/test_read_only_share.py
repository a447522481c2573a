"""A library on a read-only share (its folder cannot be written): it reads, and every change is
refused with one clear message, nothing written beside it.

SQLite refuses for real: the commands run in a process of their own as a user who may not
write the folder (when the tests run as root, who may write anywhere, as ``nobody``).
"""

from __future__ import annotations

import os
import pwd
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.importer import import_file
from core.library import open_library

ROOT = Path(__file__).resolve().parents[3]
READ_ONLY = "library.sqlite3: the library file or its folder is read-only"
_OPEN = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH  # 755
_SHARED = _OPEN & ~stat.S_IWUSR  # 555


@pytest.fixture(scope="module")
def one_report_db(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    path = tmp_path_factory.mktemp("share") / "library.sqlite3"
    with open_library(str(path)) as store:
        import_file(store, samples["cz2024"])
    return path


@pytest.fixture
def share(one_report_db: Path) -> Iterator[Path]:
    """A folder everyone may read and no one write, holding a library closed cleanly."""
    outer = Path(tempfile.mkdtemp())
    outer.chmod(_OPEN)
    folder = outer / "share"
    folder.mkdir()
    (outer / "home").mkdir()
    (outer / "home").chmod(0o777)  # the other user's caches
    shutil.copyfile(one_report_db, folder / "library.sqlite3")
    (folder / "library.sqlite3").chmod(0o444)
    folder.chmod(_SHARED)
    try:
        yield folder
    finally:
        folder.chmod(_OPEN)
        shutil.rmtree(outer)


def _reportlens(share: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """``reportlens ARGV`` on the share's library, as a user who may not write there."""
    code = "import sys; from core.cli import main; sys.exit(main(sys.argv[1:]))"
    home = share.parent / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "LANG": "C.UTF-8"}
    env["XDG_CACHE_HOME"] = env["XDG_DATA_HOME"] = str(home)
    someone = {"user": pwd.getpwnam("nobody").pw_uid} if os.geteuid() == 0 else {}
    return subprocess.run(
        [sys.executable, "-c", code, "--db", str(share / "library.sqlite3"), *argv],
        cwd=share.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        **someone,  # type: ignore[call-overload]
    )


def test_a_library_on_a_read_only_share_is_listed_read_and_checked(share: Path) -> None:
    before = (share / "library.sqlite3").read_bytes()
    listed = _reportlens(share, "list")
    assert listed.returncode == 0, listed.stderr
    assert "长治市2024年政府工作报告" in listed.stdout
    shown = _reportlens(share, "show", "1")
    assert shown.returncode == 0 and "各位代表" in shown.stdout
    checked = _reportlens(share, "check")
    assert checked.returncode == 0 and checked.stdout == "library.sqlite3: ok\n"
    assert sorted(p.name for p in share.iterdir()) == ["library.sqlite3"]
    assert (share / "library.sqlite3").read_bytes() == before


def test_a_change_to_a_library_on_a_read_only_share_is_refused_plainly(
    share: Path, samples: dict[str, Path]
) -> None:
    before = (share / "library.sqlite3").read_bytes()
    for argv in (("remove", "1"), ("import", str(samples["jc2024"]))):
        refused = _reportlens(share, *argv)
        assert refused.returncode != 0
        assert READ_ONLY in refused.stderr and "nothing of this change was saved" in refused.stderr
        assert refused.stderr.count("\n") == 1
    assert sorted(p.name for p in share.iterdir()) == ["library.sqlite3"]
    assert (share / "library.sqlite3").read_bytes() == before


def test_a_library_left_with_changes_in_its_log_is_not_read_without_them(share: Path) -> None:
    library = share / "library.sqlite3"
    share.chmod(_OPEN)
    library.chmod(0o644)
    stored = library.read_bytes()
    writer = sqlite3.connect(library)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE reports SET title = '改过的标题'")
    writer.commit()
    log = Path(f"{library}-wal")
    kept = log.read_bytes()
    writer.close()  # folds the log into the file: put both back as a crash would leave them
    library.write_bytes(stored)
    log.write_bytes(kept)
    Path(f"{library}-shm").unlink(missing_ok=True)
    share.chmod(_SHARED)
    for argv in (("list",), ("search", "政府工作")):  # opened to write, and to read
        refused = _reportlens(share, *argv)
        assert refused.returncode != 0, refused.stdout
        assert "改过的标题" not in refused.stdout and "2024年政府工作报告" not in refused.stdout
        assert refused.stderr.startswith("reportlens: library.sqlite3: the library file cannot be")
