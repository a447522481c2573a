#!/usr/bin/env python3
"""Set-up and everyday commands of ReportLens, needing nothing but python3.

    python3 tasks.py run [ARGS...]   launch the app (on the bundled samples at first start)
    python3 tasks.py test [ARGS...]  run every test (arguments go to pytest)
    python3 tasks.py lint            ruff format check, ruff check, mypy --strict on core/
    python3 tasks.py bench           run the benchmarks under benchmarks/
    python3 tasks.py package         build the one-folder desktop app (dist/ReportLens) for this
                                     system with PyInstaller, check it, run its --self-test

Each command creates `.venv` on first use and reinstalls the project into it whenever
pyproject.toml changes, so a fresh clone needs no other step.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".tasks-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _pyproject_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv(extras: str = "dev") -> None:
    """Create the virtual environment and install the project with `extras` if needed.

    The stamp remembers the pyproject.toml it was installed from and the extras installed,
    so moving between commands that need fewer extras installs nothing.
    """
    if not PYTHON.exists():
        print("tasks: creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = set(extras.split(","))
    digest, _, installed = (STAMP.read_text() if STAMP.exists() else "").partition(":")
    if digest == _pyproject_digest() and wanted <= set(installed.split(",")):
        return
    if digest == _pyproject_digest():
        wanted |= set(installed.split(",")) - {""}
    extras = ",".join(sorted(wanted))
    print(f"tasks: installing reportlens[{extras}] into .venv", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f".[{extras}]"], check=True, cwd=ROOT)
    STAMP.write_text(f"{_pyproject_digest()}:{extras}")


def _run(args: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.call(args, cwd=ROOT, env={**os.environ, **(env or {})})


def cmd_run(args: list[str]) -> int:
    ensure_venv()
    return _run([str(BIN / "reportlens"), *args])


def cmd_test(args: list[str]) -> int:
    ensure_venv()
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONHASHSEED": "0"}
    code = _run([str(PYTHON), "-m", "pytest", *args], env)
    if code == 5:
        print("tasks: pytest collected no tests; that is a failure", file=sys.stderr)
        return 1
    return code


def cmd_lint(args: list[str]) -> int:
    ensure_venv()
    ruff = str(BIN / "ruff")
    for step in (
        [ruff, "format", "--check", "."],
        [ruff, "check", "."],
        [str(PYTHON), "-m", "mypy"],
    ):
        code = _run([*step, *args] if step[-1] == "." else step)
        if code:
            return code
    return 0


def cmd_bench(args: list[str]) -> int:
    ensure_venv()
    code = 0
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        code |= _run([str(PYTHON), str(script), *args], {"QT_QPA_PLATFORM": "offscreen"})
    return code


def _bundle_executable() -> Path:
    name = "ReportLens.exe" if os.name == "nt" else "ReportLens"
    return ROOT / "dist" / "ReportLens" / name


def cmd_package(args: list[str]) -> int:
    """Build dist/ReportLens/ for this system, check its size and contents, run its self-test."""
    ensure_venv("dev,package")
    started = time.monotonic()
    code = _run([str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec", *args])
    if code:
        return code
    print(f"tasks: built dist/ReportLens in {time.monotonic() - started:.0f} s", flush=True)
    code = _run([str(PYTHON), str(ROOT / "packaging" / "check_bundle.py")])
    if code:
        return code
    return _run([str(_bundle_executable()), "--self-test"], {"QT_QPA_PLATFORM": "offscreen"})


COMMANDS = {
    "run": cmd_run,
    "test": cmd_test,
    "lint": cmd_lint,
    "bench": cmd_bench,
    "package": cmd_package,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
