"""What goes into the packaged app and what stays out: read by build.spec and by its tests.

Plain Python with no PyInstaller import, so the tests can check the plan without building.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "ReportLens"
BUNDLE_ID = "org.reportlens.ReportLens"
ENTRY_POINT = ROOT / "gui" / "launcher.py"

# Qt modules the app imports; every other PySide6 module is left out.
USED_QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
UNUSED_QT_MODULES = tuple(
    f"PySide6.{name}"
    for name in (
        "Qt3DCore", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDBus", "QtDesigner",
        "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtNetwork",
        "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
        "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets",
        "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialPort", "QtSpatialAudio", "QtSql",
        "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
        "QtWebChannel", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebSockets", "QtXml",
    )
)  # fmt: skip

# Python packages present in the build environment that the app never imports: development
# tools, jieba's paddle mode (it pulls in paddle and numpy), Tk, and pkg_resources, which jieba
# would otherwise use to find its dictionary (it falls back to its own folder, which is bundled).
UNUSED_PYTHON_MODULES = (
    "jieba.lac_small", "jieba.posseg", "jieba.analyse", "paddle", "numpy", "tkinter",
    "_tkinter", "turtle", "unittest",
    "pydoc_data", "lib2to3", "idlelib", "pkg_resources", "setuptools", "distutils", "pip",
    "PIL", "reportlab", "hypothesis", "pytest", "_pytest", "pytestqt", "mypy", "ruff",
    "pygments", "IPython", "matplotlib", "PyInstaller", "_pyinstaller_hooks_contrib",
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax",
)  # fmt: skip

# Qt's own translations: only the languages the app offers (English needs none).
OFFERED_QT_TRANSLATIONS = ("qt_zh_CN.qm", "qtbase_zh_CN.qm")
QT_TRANSLATIONS_DIR = "PySide6/Qt/translations"
# Qt plugins pulled in by QtGui that the app does not need: PDF and SVG images (it reads PDFs
# with pypdf), the GTK theme, which alone drags in GTK 3 with cairo, pango and friends, and
# the platforms of embedded devices (framebuffer, EGL full screen, VNC, touch over UDP).
UNUSED_QT_PLUGINS = (
    "qpdf", "qsvg", "qsvgicon", "qgtk3", "qeglfs", "qlinuxfb", "qvnc", "qminimalegl",
    "qvkkhrdisplay", "qtuiotouchplugin", "qeglfs-emu-integration", "qeglfs-x11-integration",
    "qeglfs-kms-egldevice-integration", "qeglfs-kms-integration",
)  # fmt: skip
# Shared libraries only the GTK theme needed (packaging/check_bundle.py checks on Linux that no
# library left in the bundle needs one of them).
GTK_ONLY_LIBRARIES = (
    "libXcomposite", "libXcursor", "libXdamage", "libXext", "libXfixes", "libXi", "libXinerama",
    "libXrandr", "libXrender", "libatk-1.0", "libatk-bridge-2.0", "libatspi", "libblkid",
    "libcairo-gobject", "libcairo", "libdatrie", "libepoxy", "libfribidi", "libgdk-3",
    "libgdk_pixbuf-2.0", "libgio-2.0", "libgmodule-2.0", "libgobject-2.0", "libgraphite2",
    "libgtk-3", "libharfbuzz", "libjpeg", "libmount", "libpango-1.0", "libpangocairo-1.0",
    "libpangoft2-1.0", "libpixman-1", "libselinux", "libthai",
    # and those only the embedded platforms needed
    "libQt6Network", "libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport",
)  # fmt: skip

# Files under resources/ that are sources or tools, not things the app loads.
RESOURCE_SOURCES = re.compile(r"(\.ts|\.py|\.pyc|\.md)$")

# jieba loads these from its package folder at run time: the word list and the HMM tables
# for words not in it (finalseg). posseg and analyse are not used.
JIEBA_DATA = ("dict.txt", "finalseg/prob_emit.p", "finalseg/prob_start.p", "finalseg/prob_trans.p")

ICON_DIR = ROOT / "resources" / "app"


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Each file under resources/ as (source file, folder in the bundle), sources left out."""
    base = root / "resources"
    datas = []
    for path in sorted(base.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or RESOURCE_SOURCES.search(path.name):
            continue
        datas.append((str(path), str(Path("resources") / path.parent.relative_to(base))))
    return datas


def jieba_datas() -> list[tuple[str, str]]:
    """jieba's dictionary and HMM tables, placed where jieba looks for them (its own folder)."""
    import jieba

    package = Path(jieba.__file__).parent
    return [(str(package / name), str(Path("jieba") / Path(name).parent)) for name in JIEBA_DATA]


def engine_fingerprint_datas(build_folder: Path, root: Path = ROOT) -> list[tuple[str, str]]:
    """The digest of core's sources (``core.compare.engine_fingerprint``), written into
    ``build_folder`` for the bundle's resources: the packaged app has no sources to digest,
    and keeps comparisons on disk only for the core it was built from."""
    sys.path.insert(0, str(root))
    try:
        from core.compare.engine_fingerprint import ENGINE_FINGERPRINT_FILE, sources_fingerprint
    finally:
        sys.path.remove(str(root))
    build_folder.mkdir(parents=True, exist_ok=True)
    path = build_folder / ENGINE_FINGERPRINT_FILE
    path.write_text(sources_fingerprint(root / "core") + "\n", encoding="utf-8")
    return [(str(path), "resources")]


def hidden_imports(root: Path = ROOT) -> list[str]:
    """Every module of the app's own packages, core/ and gui/.

    Some are imported by name at run time (the command-line groups under core/cli/) and some
    only from views not yet reachable from the window; listing them all keeps the frozen app
    complete whatever the import graph looks like today.
    """
    modules = []
    for package in ("core", "gui"):
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def keep_collected(dest: str) -> bool:
    """Whether a file PyInstaller's hooks collected belongs in the bundle.

    Args:
        dest: the file's path inside the bundle, as in PyInstaller's TOC entries.

    Drops Qt translations of languages the app does not offer, unused Qt plugins and the
    libraries only they need, and jieba's files other than those it loads.
    """
    posix = dest.replace("\\", "/")
    name = posix.rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0]
    if f"{QT_TRANSLATIONS_DIR}/" in posix:
        return name in OFFERED_QT_TRANSLATIONS
    if "/plugins/" in posix:
        return stem.removeprefix("lib") not in UNUSED_QT_PLUGINS
    if posix.startswith("jieba/"):
        return posix.removeprefix("jieba/") in JIEBA_DATA
    if sys.platform.startswith("linux") and ("/" not in posix or "/Qt/lib/" in posix):
        return name.split(".so", 1)[0] not in GTK_ONLY_LIBRARIES
    return True


def icon_file() -> str:
    """The app icon in the format this platform's executable takes."""
    if sys.platform == "win32":
        return str(ICON_DIR / "reportlens.ico")
    if sys.platform == "darwin":
        return str(ICON_DIR / "reportlens.icns")
    return str(ICON_DIR / "reportlens.png")


def app_version(root: Path = ROOT) -> str:
    """core.__version__, read from its source (the spec must not import the app)."""
    source = (root / "core" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', source, re.MULTILINE)
    if found is None:
        raise ValueError("core/__init__.py has no __version__")
    return found.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """A version such as ``0.1.0`` as the four numbers Windows wants."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]
