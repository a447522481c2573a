"""Check a built app folder: size budget, files the app loads, nothing left out let back in, no GPL.

    .venv/bin/python packaging/check_bundle.py [dist/ReportLens] [--max-mb 150]

Prints one line per check and exits 1 if any failed. Run it in the environment that built the
bundle (it reads the licences of the installed packages).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from importlib.metadata import distribution, packages_distributions
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
MAX_MB = 150.0
MB = 1024 * 1024


def load_plan() -> ModuleType:
    """packaging/bundle_plan.py, by path (``packaging`` is also an installed library)."""
    spec = importlib.util.spec_from_file_location(
        "bundle_plan", Path(__file__).parent / "bundle_plan.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


plan = load_plan()


def internal_dir(bundle: Path) -> Path:
    """Where PyInstaller 6 puts everything but the executable (``_internal``, or macOS's)."""
    for candidate in (bundle / "_internal", bundle / "Contents" / "Frameworks"):
        if candidate.is_dir():
            return candidate
    return bundle


def executable(bundle: Path) -> Path:
    """The app's executable inside the folder."""
    for name in (plan.APP_NAME, f"{plan.APP_NAME}.exe", f"Contents/MacOS/{plan.APP_NAME}"):
        if (bundle / name).is_file():
            return bundle / name
    raise FileNotFoundError(f"no {plan.APP_NAME} executable in {bundle}")


def bundle_size(bundle: Path) -> int:
    """Bytes of the files in ``bundle`` (symbolic links counted once, as their targets)."""
    return sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def bundled_modules(bundle: Path) -> list[str]:
    """The Python modules inside the executable's archive."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable(bundle)))
    names = [name for name in archive.toc if name.endswith(".pyz")]
    modules: list[str] = []
    for name in names:
        modules.extend(archive.open_embedded_archive(name).toc)
    return modules


def check_size(bundle: Path, max_mb: float) -> str:
    """The folder is within the size budget."""
    size = bundle_size(bundle) / MB
    if size >= max_mb:
        raise AssertionError(f"{size:.1f} MB on disk, over the {max_mb:.0f} MB budget")
    return f"{size:.1f} MB on disk (budget {max_mb:.0f} MB)"


def check_resources(bundle: Path) -> str:
    """Every file the plan bundles from resources/ and jieba is in the folder."""
    inside = internal_dir(bundle)
    wanted = [Path(dest) / Path(src).name for src, dest in plan.resource_datas()]
    wanted += [Path(dest) / Path(src).name for src, dest in plan.jieba_datas()]
    missing = [str(path) for path in wanted if not (inside / path).is_file()]
    if missing:
        raise AssertionError(f"missing: {', '.join(missing[:8])}")
    catalog = json.loads((inside / "resources/samples/catalog.json").read_text(encoding="utf-8"))
    samples = [entry["file"] for entry in catalog["samples"]]
    # The digest of core's sources the app keeps comparisons by: of this checkout's, which the
    # build packaged.
    fingerprint = inside / "resources" / "engine_fingerprint.txt"
    sys.path.insert(0, str(ROOT))
    from core.compare.engine_fingerprint import sources_fingerprint

    if not fingerprint.is_file():
        raise AssertionError("missing: resources/engine_fingerprint.txt")
    if fingerprint.read_text(encoding="utf-8").strip() != sources_fingerprint(ROOT / "core"):
        raise AssertionError(
            "resources/engine_fingerprint.txt is not the digest of this checkout's core/"
        )
    return f"{len(wanted)} resource and dictionary files, {len(samples)} samples, core's digest"


def check_modules(bundle: Path) -> str:
    """No module the plan leaves out is in the archive; only the Qt modules the app uses."""
    modules = bundled_modules(bundle)
    unwanted = [
        name
        for name in modules
        for left_out in plan.UNUSED_PYTHON_MODULES + plan.UNUSED_QT_MODULES
        if name == left_out or name.startswith(left_out + ".")
    ]
    qt = sorted({p.name.split(".")[0] for p in internal_dir(bundle).glob("PySide6/Qt*.*")})
    extra_qt = [name for name in qt if name not in plan.USED_QT_MODULES]
    if unwanted or extra_qt:
        raise AssertionError(f"left-out modules bundled: {', '.join(unwanted[:8] + extra_qt)}")
    return f"{len(modules)} modules; Qt: {', '.join(qt)}"


def check_translations(bundle: Path) -> str:
    """Qt's own translations are only those of the languages the app offers."""
    folder = internal_dir(bundle) / plan.QT_TRANSLATIONS_DIR
    found = sorted(p.name for p in folder.glob("*.qm")) if folder.is_dir() else []
    extra = [name for name in found if name not in plan.OFFERED_QT_TRANSLATIONS]
    if extra:
        raise AssertionError(f"other languages bundled: {', '.join(extra[:8])}")
    return ", ".join(found) or "none"


def _gpl_only(licence: str) -> bool:
    """A GPL licence with no LGPL/other choice and no linking exception."""
    text = licence.lower()
    if "gpl" not in text.replace("lgpl", ""):
        return False
    return not (" or " in text or "lgpl" in text or "exception" in text)


def licence_of(name: str) -> str:
    """A distribution's licence as its metadata states it (expression, field or classifiers)."""
    meta = distribution(name).metadata
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    return meta.get("License-Expression") or meta.get("License") or "; ".join(classifiers)


def check_licences(bundle: Path) -> str:
    """No bundled package is under the GPL alone (LGPL, or GPL with a choice, is fine)."""
    owners = packages_distributions()
    tops = {name.split(".")[0] for name in bundled_modules(bundle)}
    dists = sorted({dist for top in tops for dist in owners.get(top, [])})
    gpl = [f"{dist} ({licence_of(dist)[:40]})" for dist in dists if _gpl_only(licence_of(dist))]
    if gpl:
        raise AssertionError(f"GPL-only packages bundled: {', '.join(gpl)}")
    return f"{len(dists)} packages: {', '.join(dists)}"


def _needed_libraries(path: Path) -> Iterator[str]:
    output = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    yield from re.findall(r"^\s*NEEDED\s+(\S+)", output, re.MULTILINE)


def check_dropped_libraries(bundle: Path) -> str:
    """On Linux, no library left in the bundle needs one the plan dropped with the GTK theme."""
    if not sys.platform.startswith("linux") or shutil.which("objdump") is None:
        return "not checked (Linux with objdump only)"
    dropped = set(plan.GTK_ONLY_LIBRARIES)
    libraries = [
        p for p in internal_dir(bundle).rglob("*.so*") if p.is_file() and not p.is_symlink()
    ]
    broken = sorted(
        f"{path.name} needs {needed}"
        for path in libraries
        for needed in _needed_libraries(path)
        if needed.split(".so", 1)[0] in dropped
    )
    if broken:
        raise AssertionError("; ".join(broken[:8]))
    return f"{len(libraries)} libraries checked"


def run_checks(bundle: Path, max_mb: float) -> bool:
    """Print one line per check; True when all passed."""
    checks: list[tuple[str, Callable[[], str]]] = [
        ("size", lambda: check_size(bundle, max_mb)),
        ("resources", lambda: check_resources(bundle)),
        ("modules", lambda: check_modules(bundle)),
        ("translations", lambda: check_translations(bundle)),
        ("licences", lambda: check_licences(bundle)),
        ("libraries", lambda: check_dropped_libraries(bundle)),
    ]
    passed = True
    for name, check in checks:
        try:
            print(f"ok     {name}: {check()}", flush=True)
        except Exception as error:  # each failure is reported, then the next check runs
            passed = False
            print(f"FAIL   {name}: {error}", flush=True)
    return passed


def main(argv: list[str] | None = None) -> int:
    """Check the bundle named on the command line (default: dist/ReportLens)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / plan.APP_NAME)
    parser.add_argument("--max-mb", type=float, default=MAX_MB)
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"check_bundle: no bundle at {args.bundle}", file=sys.stderr)
        return 2
    return 0 if run_checks(args.bundle, args.max_mb) else 1


if __name__ == "__main__":
    sys.exit(main())
