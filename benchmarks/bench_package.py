"""The packaged app: its size on disk, and its start to first paint against the source app.

Both start on the same library (the samples, as after first start), offscreen, in fresh
processes, alternating, after one warm-up run each; times run from just before the process
is spawned to the first paint of the main window, which the app reports itself when started
with ``--exit-at-first-paint`` (gui/launcher.py). Builds dist/ReportLens first if it is
missing. Aims: under 150 MB, frozen start within 1.2× the source start.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ReportLens"
RUNS = 7
MAX_MB = 150.0
MAX_RATIO = 1.2


def _executable() -> Path:
    return BUNDLE / ("ReportLens.exe" if os.name == "nt" else "ReportLens")


def _bundle_mb() -> float:
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.lstat().st_size for p in files) / (1024 * 1024)


def _build() -> float:
    """Build the bundle; the seconds it took."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.monotonic() - started


def _first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` to the first paint it reports."""
    started = time.time()
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    stamps = [ln for ln in done.stdout.splitlines() if ln.startswith("first-paint ")]
    if not stamps:
        raise RuntimeError(f"no first-paint line from {command[0]}: {done.stderr[-500:]}")
    return float(stamps[-1].split()[1]) - started


def main() -> int:
    """Measure, print the results as JSON, and say whether the aims are met."""
    results: dict[str, object] = {}
    if not _executable().exists():
        try:
            results["build_s"] = round(_build(), 1)
        except (OSError, subprocess.CalledProcessError) as error:
            print(f"bench_package: could not build the bundle ({error}); run tasks.py package")
            return 1
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = str(folder / "library.sqlite3")
        sys.path.insert(0, str(ROOT))
        from core.library import import_samples_if_new, open_library

        with open_library(db) as store:
            import_samples_if_new(store)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "REPORTLENS_SETTINGS": str(folder / "settings.ini"),
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "PYTHONPATH": str(ROOT),
        }
        commands = {
            "source": [sys.executable, "-m", "gui.launcher", "--db", db, "--exit-at-first-paint"],
            "frozen": [str(_executable()), "--db", db, "--exit-at-first-paint"],
        }
        times: dict[str, list[float]] = {"source": [], "frozen": []}
        for command in commands.values():
            _first_paint(command, env)  # warm-up: disk cache, jieba-free start either way
        for _ in range(RUNS):
            for kind, command in commands.items():
                times[kind].append(_first_paint(command, env))
    source, frozen = (statistics.median(times[k]) for k in ("source", "frozen"))
    size = _bundle_mb()
    results.update(
        size_mb=round(size, 1),
        source_first_paint_s=round(source, 3),
        frozen_first_paint_s=round(frozen, 3),
        ratio=round(frozen / source, 2),
        runs=RUNS,
        source_all=[round(t, 3) for t in times["source"]],
        frozen_all=[round(t, 3) for t in times["frozen"]],
    )
    print(json.dumps(results, ensure_ascii=False, indent=1))
    verdicts = [
        f"size {size:.1f} MB {'<' if size < MAX_MB else '>='} {MAX_MB:.0f} MB",
        f"frozen/source {frozen / source:.2f}× {'<=' if frozen <= MAX_RATIO * source else '>'} "
        f"{MAX_RATIO}×",
    ]
    print("bench_package: " + "; ".join(verdicts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
