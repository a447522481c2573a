"""A synthetic corpus built from the samples: N reports, paragraphs shuffled, numbers changed."""

from __future__ import annotations

import random
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
REPORT_SAMPLES = [
    "changzhi-2024-report.txt",
    "jincheng-2024-report.txt",
    "changzhi-2024-newspaper.txt",
    "changzhi-2026-newspaper.txt",
]
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def synthetic_text(base: str, rng: random.Random) -> str:
    """A report like ``base``: headings kept in place, body paragraphs shuffled within their
    part, every number changed, so no two generated reports are alike."""
    paragraphs = base.split("\n\n")
    body_slots = [i for i, p in enumerate(paragraphs) if p.strip() and not _HEADING.match(p)]
    bodies = [paragraphs[i] for i in body_slots]
    rng.shuffle(bodies)
    for slot, body in zip(body_slots, bodies, strict=True):
        paragraphs[slot] = body
    text = "\n\n".join(paragraphs)
    return _NUMBER.sub(lambda m: f"{float(m.group()) * rng.uniform(0.5, 1.5):.1f}", text)


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` synthetic reports into ``folder``; returns their paths."""
    rng = random.Random(seed)
    bases = [(SAMPLES / name).read_text(encoding="utf-8") for name in REPORT_SAMPLES]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"synthetic-{i:05d}.txt"
        path.write_text(synthetic_text(bases[i % len(bases)], rng), encoding="utf-8")
        paths.append(path)
    return paths
