"""A synthetic corpus built from the samples: N reports, paragraphs shuffled, numbers changed.

Like the library of a researcher who loaded every prefecture-level city for ten years: report
i is set in one of the cities (its samples' city name replaced) and delivered in one of ten
years (its years shifted), so regions, years and scorecards look as they would.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from core.report_region import _CITY_NAMES  # the cities the metadata detector knows

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
# (file, the city it names, the year it was delivered)
REPORT_SAMPLES = [
    ("changzhi-2024-report.txt", "长治", 2024),
    ("jincheng-2024-report.txt", "晋城", 2024),
    ("changzhi-2024-newspaper.txt", "长治", 2024),
    ("changzhi-2026-newspaper.txt", "长治", 2026),
]
CITIES = _CITY_NAMES.split()
YEARS = range(2016, 2026)
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def synthetic_text(base: str, rng: random.Random, shift_years: int = 0) -> str:
    """A report like ``base``: headings kept in place, body paragraphs shuffled within their
    part, every number changed (years shifted by ``shift_years``), so no two are alike."""
    paragraphs = base.split("\n\n")
    body_slots = [i for i, p in enumerate(paragraphs) if p.strip() and not _HEADING.match(p)]
    bodies = [paragraphs[i] for i in body_slots]
    rng.shuffle(bodies)
    for slot, body in zip(body_slots, bodies, strict=True):
        paragraphs[slot] = body
    text = "\n\n".join(paragraphs)

    def change(match: re.Match[str]) -> str:
        if _YEAR.fullmatch(match.group()) and text.startswith("年", match.end()):
            return str(int(match.group()) + shift_years)
        return f"{float(match.group()) * rng.uniform(0.5, 1.5):.1f}"

    return _NUMBER.sub(change, text)


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` synthetic reports into ``folder``; returns their paths.

    Report ``i`` is set in city ``i // 10`` (cycling through the known cities) and delivered
    in year ``2016 + i % 10``.
    """
    rng = random.Random(seed)
    bases = [
        ((SAMPLES / name).read_text(encoding="utf-8"), city, year)
        for name, city, year in REPORT_SAMPLES
    ]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        base, city, year = bases[i % len(bases)]
        target_city = CITIES[(i // len(YEARS)) % len(CITIES)]
        target_year = YEARS[i % len(YEARS)]
        text = synthetic_text(base, rng, target_year - year).replace(city, target_city)
        path = folder / f"synthetic-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
