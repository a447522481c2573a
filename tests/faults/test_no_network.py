"""ReportLens never reaches for the network: not at start, not importing a web page, not reading it.

The app's real start (``python -m gui.launcher --exit-at-first-paint`` on the samples), its
self-test (import, reader, comparison, search, annotations, export) and a command-line import
of a saved web page full of scripts and remote resources each run in a fresh process under an
audit hook
(tests/faults/offline_audit.py) installed before the app is imported; it records every socket
connection, name look-up and URL request. None may happen, and Qt's network module must not be
loaded. The imported text keeps the page's words and none of its scripts, styles or addresses.
The report is then opened in the reader here, offscreen, with the same hook recording: it shows
the text, holds no image, and makes no request.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from core.library import import_samples_if_new, open_library
from gui.reader.number_kinds import NumberHighlightState
from gui.reader.readable_report import load_readable
from gui.reader.reader_tab import ReaderTab
from tests.child_env import isolated_env
from tests.faults.offline_audit import NETWORK_EVENTS

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ROOT / "tests" / "faults" / "offline_audit.py"

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="refresh" content="30;url=http://example.invalid/next">
<base href="http://example.invalid/">
<title>某市2024年政府工作报告</title>
<link rel="stylesheet" href="http://example.invalid/style.css">
<link rel="preconnect" href="https://cdn.example.invalid">
<style>@import url("http://example.invalid/more.css"); body { color: #333 }</style>
<script src="http://example.invalid/track.js"></script>
<script>fetch("http://example.invalid/beacon?leak=1"); document.write("脚本写入的文字");</script>
</head><body onload="alert('装载脚本')">
<nav>首页 | 政务公开 | 联系我们</nav>
<div class="content">
<h1>某市2024年政府工作报告</h1>
<p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议。</p>
<h2>一、2023年工作回顾</h2>
<p>全市地区生产总值增长5.2%，城镇新增就业4.3万人。<img src="http://example.invalid/chart.png"
 srcset="http://example.invalid/chart@2x.png 2x" alt="图表"></p>
<iframe src="http://example.invalid/video"></iframe>
<object data="http://example.invalid/flash.swf"></object>
<video src="http://example.invalid/clip.mp4" autoplay></video>
<h2>二、2024年工作安排</h2>
<p>主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%。</p>
<p style="background:url(http://example.invalid/bg.png)">加快建设现代化产业体系。</p>
</div>
<noscript><img src="http://example.invalid/pixel.gif"></noscript>
<script>new Image().src = "http://example.invalid/pixel.gif";</script>
</body></html>
"""
WORDS = ("各位代表", "一、2023年工作回顾", "增长5.2%", "地区生产总值增长6%左右", "现代化产业体系")
TRACES = (
    "fetch(",
    "document.write",
    "脚本写入的文字",
    "装载脚本",
    "alert(",
    "Image()",
    "example.invalid",
    "http",
    "color:",
    "@import",
)

_recording: list[str] | None = None


def _hook(event: str, args: tuple[object, ...]) -> None:
    if _recording is not None and event in NETWORK_EVENTS:
        _recording.append(f"{event} {args!r}"[:300])


_hook_installed = False


@pytest.fixture
def network_events() -> Iterator[list[str]]:
    """The network events this process raises while the test runs (an audit hook, which
    cannot be removed, records only inside this fixture)."""
    global _recording, _hook_installed
    if not _hook_installed:
        sys.addaudithook(_hook)
        _hook_installed = True
    _recording = []
    try:
        yield _recording
    finally:
        _recording = None


def _run_audited(home: Path, name: str, *args: str) -> tuple[dict[str, object], str]:
    """Run ``python -m gui.launcher ARGS`` under the audit hook; its report and its output."""
    report = home / f"{name}.json"
    done = subprocess.run(
        [sys.executable, str(AUDIT), str(report), "gui.launcher", *args],
        cwd=ROOT,
        env={**isolated_env(home), "REPORTLENS_SETTINGS": str(home / "settings.ini")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert report.exists(), done.stdout[-2000:] + done.stderr[-2000:]
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen["events"] == [], f"{name} reached for the network: {seen['events']}"
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert seen["exit_code"] == 0
    assert seen["qt_network"] is False, f"{name} loaded Qt's network module"
    return seen, done.stdout


def test_the_audit_hook_sees_a_name_look_up(network_events: list[str]) -> None:
    # The control: the hook below does record what it is meant to catch.
    socket.getaddrinfo("localhost", 80)
    assert any(event.startswith("socket.getaddrinfo") for event in network_events)


# Qt's offscreen platform warns when a shown top-level window's size hints change (see
# tests/gui/conftest.py); only that message is let through.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_app_start_and_web_page_import_make_no_connection(
    tmp_path: Path, qtbot: QtBot, network_events: list[str]
) -> None:
    db = tmp_path / "library.sqlite3"
    with open_library(str(db)) as store:
        import_samples_if_new(store)
    _seen, out = _run_audited(tmp_path, "start", "--db", str(db), "--exit-at-first-paint")
    assert "first-paint" in out
    _seen, out = _run_audited(tmp_path, "self-test", "--db", str(db), "--self-test")

    page = tmp_path / "某市2024年政府工作报告.html"
    page.write_text(PAGE, encoding="utf-8")
    _seen, out = _run_audited(tmp_path, "import", "--db", str(db), "import", str(page))
    assert "imported " in out

    with open_library(str(db), read_only=True) as store:
        (summary,) = [s for s in store.list_reports() if s.source_name == page.name]
        text = store.report(summary.id).text
        for words in WORDS:
            assert words in text
        for trace in TRACES:
            assert trace not in text, trace

        tab = ReaderTab(load_readable(store, summary.id), NumberHighlightState())
        qtbot.addWidget(tab)
        tab.resize(900, 700)
        tab.show()
        qtbot.waitExposed(tab)
        tab.view.verticalScrollBar().setValue(tab.view.verticalScrollBar().maximum())
        qtbot.wait(50)
        shown = tab.view.toPlainText()
        document: QTextDocument = tab.view.document()
    assert "地区生产总值增长6%左右" in shown
    for trace in TRACES:
        assert trace not in shown, trace
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            assert not fragments.fragment().charFormat().isImageFormat(), "an image in the reader"
            fragments += 1
        block = block.next()
    assert "PySide6.QtNetwork" not in sys.modules
    assert network_events == []
