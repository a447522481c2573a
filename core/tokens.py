"""jieba word segmentation, loaded lazily with the domain dictionary of government reports.

Loading jieba's dictionary takes most of a second, so nothing here runs at import: the app
calls ``ensure_loaded`` on a background thread, and ``tokenize`` loads on first use.
Tokens always join back to the text (``"".join(tokenize(t)) == t``), so offsets are derivable.

``tokenize`` gives exactly jieba's precise-mode tokens (``Tokenizer.lcut(text, HMM=True)``),
but finds the best path through jieba's word graph in one pass with the word scores kept
between calls: jieba builds the graph as a dict of lists, then takes the maximum over a
generator of tuples calling ``log`` for every candidate word, which is most of its time.
Unknown runs still go to jieba's own HMM (``jieba.finalseg``).
"""

from __future__ import annotations

import logging
import math
import threading
from typing import Any

from core.library_location import cache_dir
from core.resources import resource_path

_lock = threading.Lock()
_tokenizer: Any = None
_segmenter: Any = None
_UNSEEN = math.inf  # never a word's score (those are log-probabilities, at most 0)


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
        global _segmenter
        _segmenter = _Segmenter(tokenizer)
        _tokenizer = tokenizer


class _Segmenter:
    """jieba's precise mode with HMM (``Tokenizer.cut``), the same tokens in less time."""

    def __init__(self, tokenizer: Any) -> None:
        import jieba
        from jieba import finalseg

        self._freq: dict[str, int] = tokenizer.FREQ
        self._log_total = math.log(tokenizer.total)
        # log(freq) - log(total) of each word seen, the same float jieba computes each time;
        # None for a prefix that is no word itself.
        self._scores: dict[str, float | None] = {}
        self._han = jieba.re_han_default
        self._skip = jieba.re_skip_default
        self._hmm_cut = finalseg.cut

    def cut(self, text: str) -> list[str]:
        """The tokens of ``text``, as ``Tokenizer.lcut(text, HMM=True)``."""
        out: list[str] = []
        han, skip = self._han, self._skip
        for block in han.split(text):
            if not block:
                continue
            if han.match(block):
                self._cut_block(block, out)
            else:
                for piece in skip.split(block):
                    if skip.match(piece):
                        out.append(piece)
                    else:
                        out.extend(piece)
        return out

    def _best_ends(self, block: str) -> list[int]:
        """For each start, the end of the word on jieba's best path (its ``route``)."""
        freq, scores, log_total = self._freq, self._scores, self._log_total
        size = len(block)
        best = [0.0] * (size + 1)
        ends = [0] * (size + 1)
        unknown = -log_total  # log(1) - log(total): a character that is no word
        for k in range(size - 1, -1, -1):
            top = 0.0
            top_end = -1
            i = k
            fragment = block[k]
            while True:
                score = scores.get(fragment, _UNSEEN)
                if score == _UNSEEN:
                    count = freq.get(fragment)
                    if count is None:
                        break  # no word starts so: the graph ends here
                    # A prefix of longer words only (count 0) is remembered as None.
                    score = scores[fragment] = math.log(count) - log_total if count else None
                if score is not None:
                    score += best[i + 1]
                    # jieba takes max((score, end)): on a tie the longer word wins.
                    if top_end < 0 or score >= top:
                        top, top_end = score, i
                i += 1
                if i >= size:
                    break
                fragment = block[k : i + 1]
            if top_end < 0:
                top, top_end = unknown + best[k + 1], k
            best[k] = top
            ends[k] = top_end + 1
        return ends

    def _cut_block(self, block: str, out: list[str]) -> None:
        """jieba's ``__cut_DAG``: words on the best path, runs of single characters to the HMM."""
        ends = self._best_ends(block)
        size = len(block)
        at = 0
        run_start = 0
        while at < size:
            end = ends[at]
            if end - at > 1:
                if run_start < at:
                    self._flush(block[run_start:at], out)
                out.append(block[at:end])
                run_start = end
            at = end
        if run_start < size:
            self._flush(block[run_start:size], out)

    def _flush(self, run: str, out: list[str]) -> None:
        if len(run) == 1:
            out.append(run)
        elif not self._freq.get(run):
            out.extend(self._hmm_cut(run))
        else:
            out.extend(run)


def tokenize(text: str) -> list[str]:
    """jieba's precise-mode tokens of ``text`` (HMM on for unknown words).

    Args:
        text: any text; whitespace and punctuation come back as tokens of their own.
    """
    ensure_loaded()
    segmenter: _Segmenter = _segmenter
    return segmenter.cut(text)


def jieba_tokenize(text: str) -> list[str]:
    """jieba's own ``lcut(text, HMM=True)`` on the same dictionaries: what ``tokenize`` equals.

    Slower; for checking ``tokenize`` and as the benchmarks' baseline.

    Args:
        text: any text.
    """
    ensure_loaded()
    return list(_tokenizer.lcut(text, HMM=True))
