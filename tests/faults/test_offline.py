"""The app makes no network connection, and an imported web page runs nothing and fetches nothing.

The whole self-test (import, reader, section tree, tokens, targets, comparison, search,
annotations, export) and an import of a saved web page full of scripts and remote resources run
in a fresh process under an audit hook that records every socket and URL request Python makes.
Qt's own network module must not even be loaded, so nothing below Python can connect either.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某市2024年政府工作报告</title>
<link rel="stylesheet" href="http://example.invalid/style.css">
<script src="http://example.invalid/track.js"></script>
<script>fetch("http://example.invalid/beacon?leak=1"); document.write("脚本写入的文字");</script>
</head><body>
<nav>首页 | 政务公开 | 联系我们</nav>
<div class="content">
<h1>某市2024年政府工作报告</h1>
<p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议。</p>
<h2>一、2023年工作回顾</h2>
<p>全市地区生产总值增长5.2%，城镇新增就业4.3万人。<img src="http://example.invalid/chart.png"></p>
<iframe src="http://example.invalid/video"></iframe>
<h2>二、2024年工作安排</h2>
<p>主要预期目标是：地区生产总值增长6%左右。</p>
</div>
<script>new Image().src = "http://example.invalid/pixel.gif";</script>
</body></html>
"""


def test_no_connection_is_made_and_the_page_runs_nothing(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "seen.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "faults" / "offline_run.py"), str(out), str(page)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert seen["hook_works"]  # the hook records a lookup: an empty record means none was made
    assert seen["self_test"] == 0
    assert seen["network_events"] == []
    assert not seen["qt_network_module"] and not seen["qt_network_library"]
    text = seen["text"]
    assert "地区生产总值增长6%左右" in text and "一、2023年工作回顾" in text
    for trace in ("fetch(", "document.write", "脚本写入的文字", "example.invalid", "Image()"):
        assert trace not in text and trace not in seen["shown"]
    assert "地区生产总值增长5.2%" in seen["shown"]
