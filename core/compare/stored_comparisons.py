"""Comparisons kept on disk between runs, so that one reopened after a restart is instant.

A comparison is kept under a digest of all it was made of: the engine's code
(``engine_fingerprint``), both texts, their readings (section trees and paragraphs) and
tokens, the settings and the user's pairing corrections. Any of them changed, the digest
differs and the comparison is computed anew. (The digest does not cover Python's own
``difflib`` and ``unicodedata``: a checkout run by another Python reads what this one kept.)
Only reports with their tokens (a library's, stored at import) are kept: a file's tokens
depend on the dictionary of the moment. The records are in a file of their own in the user's
cache folder (``core.library_location.comparisons_file``, written by
``core.store.kept_comparisons``), not in the library: they are not the user's data, and a
library's backups carry none of them.
"""

from __future__ import annotations

import hashlib
import json
import threading
import zlib
from collections.abc import Sequence
from pathlib import Path

from core.compare.comparison_record import comparison_from_record, comparison_record
from core.compare.engine_fingerprint import engine_fingerprint
from core.compare.records import CompareInput, CompareSettings, Comparison, PairOverride
from core.store.kept_comparisons import KeptComparisons


def comparison_key(
    left: CompareInput,
    right: CompareInput,
    settings: CompareSettings,
    overrides: Sequence[PairOverride],
) -> str | None:
    """The digest a comparison of these is kept under; None when it is not kept (a report
    without its tokens, or an engine whose code cannot be told)."""
    fingerprint = engine_fingerprint()
    if fingerprint is None or left.paragraph_tokens is None or right.paragraph_tokens is None:
        return None
    digest = hashlib.sha256(fingerprint.encode("ascii"))
    for side, paragraph_tokens in ((left, left.paragraph_tokens), (right, right.paragraph_tokens)):
        digest.update(side.content_hash.encode("ascii"))
        digest.update(repr((side.outline, side.paragraphs)).encode("utf-8"))
        for tokens in paragraph_tokens:
            digest.update("\x1f".join(tokens).encode("utf-8") + b"\x1e")
    digest.update(repr((settings, tuple(overrides))).encode("utf-8"))
    return digest.hexdigest()


class StoredComparisons:
    """Comparisons kept in a file (``use``), or nowhere until one is chosen.

    Safe to share between threads; reading or writing the file never raises: a comparison
    that cannot be kept or read back is computed again.
    """

    def __init__(self, path: Path | None = None) -> None:
        self._lock = threading.Lock()
        self._file = KeptComparisons(path) if path is not None else None

    def use(self, path: Path | None) -> None:
        """Keep comparisons in the file ``path`` from now on (None: nowhere)."""
        with self._lock:
            self._file = KeptComparisons(path) if path is not None else None

    @property
    def path(self) -> Path | None:
        """The file comparisons are kept in, if any."""
        with self._lock:
            return self._file.path if self._file is not None else None

    def find(
        self,
        left: CompareInput,
        right: CompareInput,
        settings: CompareSettings,
        overrides: Sequence[PairOverride] = (),
    ) -> Comparison | None:
        """The comparison kept for these, read back beside ``left`` and ``right``; None if
        none is kept (or the file cannot be read, or what it holds is not a record)."""
        with self._lock:
            kept = self._file
        if kept is None:
            return None
        key = comparison_key(left, right, settings, overrides)
        data = kept.get(key) if key is not None else None
        if data is None:
            return None
        try:
            record = json.loads(zlib.decompress(data))
            return comparison_from_record(record, left, right, settings)
        except (zlib.error, ValueError, UnicodeDecodeError):
            return None  # (json's errors are ValueErrors)

    def keep(self, comparison: Comparison, overrides: Sequence[PairOverride] = ()) -> None:
        """Keep ``comparison`` (made with the corrections ``overrides``), if its reports have
        their tokens and a file is chosen."""
        with self._lock:
            kept = self._file
        if kept is None:
            return
        key = comparison_key(comparison.left, comparison.right, comparison.settings, overrides)
        if key is None:
            return
        text = json.dumps(comparison_record(comparison), ensure_ascii=False, separators=(",", ":"))
        kept.put(key, zlib.compress(text.encode("utf-8"), 1))
