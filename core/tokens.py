"""jieba word segmentation, loaded lazily with the domain dictionary of government reports.

Loading jieba's dictionary takes most of a second, so nothing here runs at import: the app
calls ``ensure_loaded`` on a background thread, and ``tokenize`` loads on first use.
Tokens always join back to the text (``"".join(tokenize(t)) == t``), so offsets are derivable.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from core.library_location import cache_dir
from core.resources import resource_path

_lock = threading.Lock()
_tokenizer: Any = None


def is_loaded() -> bool:
    """Whether jieba's dictionary is in memory."""
    return _tokenizer is not None


def ensure_loaded() -> None:
    """Load jieba and the user dictionary once (thread-safe; slow the first time)."""
    global _tokenizer
    if _tokenizer is not None:
        return
    with _lock:
        if _tokenizer is not None:
            return
        import jieba

        # Quiet even when its cache cannot be written: that only slows the next start.
        jieba.setLogLevel(logging.CRITICAL)
        tokenizer = jieba.Tokenizer()
        folder = cache_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # jieba writes its dictionary cache here, never next to the program.
            tokenizer.tmp_dir = str(folder)
        except OSError:
            pass  # an unwritable cache folder only costs a slower start
        tokenizer.initialize()
        tokenizer.load_userdict(str(resource_path("jieba_user_dict.txt")))
        _tokenizer = tokenizer


def tokenize(text: str) -> list[str]:
    """jieba's precise-mode tokens of ``text`` (HMM on for unknown words).

    Args:
        text: any text; whitespace and punctuation come back as tokens of their own.
    """
    ensure_loaded()
    return list(_tokenizer.lcut(text, HMM=True))
