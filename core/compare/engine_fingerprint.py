"""Which build of the engine made a comparison: a digest of the source of every module of core.

A comparison kept on disk is used again only by the same code: any change to how reports are
read, tokens made, sections paired or changes found may change what a comparison finds, so
the digest covers every module of the ``core`` package, not a version number someone must
remember to raise. From a source checkout it is made from the files (a few milliseconds, once
per process); the packaged app, which has no sources, reads the digest its build wrote from
the same files (``packaging/bundle_plan.py``) as the resource ``ENGINE_FINGERPRINT_FILE``.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path

ENGINE_FINGERPRINT_FILE = "engine_fingerprint.txt"
"""The packaged app's digest of its core's sources, a resource written at build time."""


def sources_fingerprint(package: Path) -> str:
    """A digest of every ``.py`` file under ``package`` (a checkout's ``core/``): their paths
    within it and their bytes, in the order of their paths."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@cache
def engine_fingerprint() -> str | None:
    """The digest of this app's core; None when it cannot be had (then nothing this build
    makes is kept on disk, nor taken from it)."""
    try:
        if getattr(sys, "frozen", False):
            from core.resources import read_resource_text

            found = read_resource_text(ENGINE_FINGERPRINT_FILE).strip()
            return found or None
        return sources_fingerprint(Path(__file__).resolve().parent.parent)
    except OSError:
        return None
