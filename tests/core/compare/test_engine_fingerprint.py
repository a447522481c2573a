"""The digest of core's code that a comparison kept on disk is kept by: the same for the same
code wherever it is, another for any change, read from the bundle in the packaged app."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from core.compare import engine_fingerprint as fingerprints
from core.compare.engine_fingerprint import ENGINE_FINGERPRINT_FILE, sources_fingerprint

CORE = Path(fingerprints.__file__).resolve().parent.parent


def test_the_same_code_anywhere_has_the_same_digest(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "core"
    shutil.copytree(CORE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert sources_fingerprint(copy) == sources_fingerprint(CORE)
    assert fingerprints.engine_fingerprint() == sources_fingerprint(CORE)


def test_any_change_to_core_changes_the_digest(tmp_path: Path) -> None:
    copy = tmp_path / "core"
    shutil.copytree(CORE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = sources_fingerprint(copy)
    noise = copy / "noise.py"
    noise.write_text(noise.read_text(encoding="utf-8") + "\n# another build\n", encoding="utf-8")
    edited = sources_fingerprint(copy)
    (copy / "numbers" / "new_rule.py").write_text('"""A new rule."""\n', encoding="utf-8")
    added = sources_fingerprint(copy)
    (copy / "numbers" / "new_rule.py").rename(copy / "numbers" / "renamed_rule.py")
    assert len({before, edited, added, sources_fingerprint(copy)}) == 4


def test_the_packaged_app_reads_the_digest_its_build_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    unwrapped = fingerprints.engine_fingerprint.__wrapped__
    assert unwrapped() is None  # no digest: nothing is kept on disk
    (bundle / "resources" / ENGINE_FINGERPRINT_FILE).write_text("abc123\n", encoding="utf-8")
    assert unwrapped() == "abc123"
