"""The characters reports are written with: those of the samples, each once, the most used first."""

from __future__ import annotations

from collections import Counter

from core.report_characters import report_characters
from core.resources import resource_path


def _sample_counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in resource_path("samples").glob("*.txt"):
        counts.update(ch for ch in path.read_text(encoding="utf-8") if not ch.isspace())
    return counts


def test_every_character_of_the_samples_once_and_no_whitespace() -> None:
    characters = report_characters()
    assert len(characters) == len(set(characters))
    assert set(characters) == set(_sample_counts())
    assert not any(ch.isspace() for ch in characters)  # not even the ideographic space
    assert {"发", "展", "，", "。"} <= set(characters)


def test_the_most_used_come_first() -> None:
    counts = _sample_counts()
    used = [counts[ch] for ch in report_characters()]
    assert used == sorted(used, reverse=True)
    assert used[0] > used[-1]
