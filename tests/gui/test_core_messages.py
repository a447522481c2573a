"""Core's messages, as bad files and a failing library really give them, shown in Chinese."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from core.errors import ReportLensError
from core.importer import import_file
from core.library import open_library
from core.model import ReportId, ReportKind, ReportMeta
from core.notes.anchors import make_anchor
from core.notes.library_notes import annotate
from core.notes.new_edition import replace_with_edition
from core.resources import resource_path
from core.store import ReportStore
from core.store.annotations import annotations_of
from core.store.library_errors import write_failure
from gui.core_messages import translated_message

CJK = re.compile(r"[\u4e00-\u9fff]")
# What may stay Latin in a Chinese message: names, formats and encodings.
KEPT = re.compile(
    r"ReportLens|Word|Office|UTF-\d+|GB18030|GBK|WPS|RTF|PDF|ZIP|PNG|JPEG|GIF|"
    r"\.?(docx?|txt|md|html?|pdf|xls|toml|wps|rtf)\b",
    re.IGNORECASE,
)


def _bad_files(folder: Path) -> list[Path]:
    """Files each refused for a different reason."""
    report = "政府工作报告\n\n一、过去一年工作回顾\n\n全市经济稳中向好。\n"
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b"   \n\n   \n",
        "controls.txt": b"\x01\x02\x03\x04\x05\x06\x07\x08" * 64,
        "binary.txt": "政府工作报告".encode() + b"\x00" * 32,
        "picture.txt": b"\x89PNG\r\n\x1a\n" + b"\x01" * 64,
        "notes.toml": b"[project]\n",
        "README": b"plain\n",
        "old.doc": b"\xd0\xcf\x11\xe0" + b"\x00" * 64,
        "memo.wps": b"x",
        "memo.rtf": b"{\\rtf1}",
        "fake.docx": b"this is not a zip archive",
        "ole.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
        "broken.pdf": b"%PDF-1.4\n%garbage, no objects at all\n",
        "empty.html": b"<html><head><title></title></head><body></body></html>",
        "weather.txt": ("今天天气很好，我们去公园散步。" * 40).encode(),
        "cut.txt": (report * 20).encode()[:-1],
        "mixed.txt": (report * 20).encode() + "中文".encode("gbk") + (report * 5).encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "no reports").mkdir()
    (folder / "no reports" / "picture.png").write_bytes(b"\x89PNG")
    (folder / "with reports").mkdir()
    (folder / "with reports" / "a.txt").write_text(report, encoding="utf-8")
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    return [
        *(folder / name for name in files),
        folder / "no reports",
        folder / "with reports",
        folder / "missing.txt",
        fifo,
    ]


def _library_messages(folder: Path) -> list[str]:
    """What a failing library says: refused writes, a newer version, a damaged file…"""
    messages = [
        write_failure(sqlite3.OperationalError(text))
        for text in (
            "database or disk is full",
            "attempt to write a readonly database",
            "database is locked",
            "disk I/O error",
            "no such table: nowhere",
        )
    ]
    messages += _refused_changes(folder)
    newer = folder / "newer.sqlite3"
    open_library(str(newer)).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 999")
    damaged = folder / "damaged.sqlite3"
    damaged.write_bytes(b"not a database" * 100)
    for attempt in (
        lambda: ReportStore.open(newer),
        lambda: ReportStore.open(damaged),
        lambda: ReportStore.open(folder / "nowhere.sqlite3", read_only=True),
        lambda: open_library(str(folder / "fresh.sqlite3")).report(ReportId(999)),
        lambda: open_library(str(folder / "fresh.sqlite3" / "library.sqlite3")),
    ):
        with pytest.raises(ReportLensError) as caught:
            attempt()
        messages.append(str(caught.value))
    return messages


def _refused_changes(folder: Path) -> list[str]:
    """What a change the library refuses says: a report annotated meanwhile, a damaged page."""
    path = folder / "refused.sqlite3"
    with open_library(str(path)) as store:
        report = import_file(store, resource_path("samples", "changzhi-2024-report.txt"))
        assert report.report_id is not None
        annotate(store, report.report_id, 10, 20, "yellow")
        with pytest.raises(ReportLensError) as conflict:
            store.remove_report(report.report_id)  # annotated meanwhile, in another window
        anchor = make_anchor(store.report(report.report_id).text, 30, 40)
        store._conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 4000)
        with pytest.raises(ReportLensError) as too_large:
            annotations_of(store).add(report.report_id, anchor, "red", note="x" * 3990)
    with sqlite3.connect(path) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reports'")
    with path.open("r+b") as file:  # the reports' page overwritten, as by a failing disk
        file.seek((root[0] - 1) * size)
        file.write(b"\xff" * 64)
    with ReportStore.open(path) as store, pytest.raises(ReportLensError) as damaged:
        store.update_meta(ReportId(1), ReportMeta("标题", "长治市", 2024, ReportKind.REPORT))
    with ReportStore.open(path) as store, pytest.raises(ReportLensError) as unreadable:
        store.list_reports()
    return [str(e.value) for e in (conflict, too_large, damaged, unreadable)]


@pytest.fixture
def messages(tmp_path: Path) -> list[str]:
    """Messages core really gives: refused files, a duplicate, a failing library."""
    with open_library(str(tmp_path / "library.sqlite3")) as store:
        outcomes = [import_file(store, path) for path in _bad_files(tmp_path)]
        sample = resource_path("samples", "changzhi-2024-report.txt")
        report = import_file(store, sample).report_id
        assert report is not None
        outcomes.append(import_file(store, sample))
        other = resource_path("samples", "jincheng-2024-report.txt")
        refused = replace_with_edition(store, report, other)
        import_file(store, other)
        held = replace_with_edition(store, report, other)  # another report of the library
        corrected = tmp_path / "changzhi-2024-corrected.txt"
        corrected.write_text(sample.read_text(encoding="utf-8") + "\n特此订正。\n", "utf-8")
        import_file(store, corrected)  # by mistake, as a report of its own
        taken = replace_with_edition(store, report, corrected)
    failed = [o.message for o in outcomes if o.report_id is None or o.status.value != "imported"]
    assert len(failed) == len(outcomes) and refused.not_an_edition
    assert held.new_report is None and taken.took_library_copy
    return [*failed, refused.message, held.message, taken.message, *_library_messages(tmp_path)]


def test_in_english_each_message_is_left_as_core_wrote_it(qapp: Any, messages: list[str]) -> None:
    assert [translated_message(m) for m in messages] == messages


def test_in_chinese_every_message_is_translated_and_keeps_its_file_name(
    chinese: None, messages: list[str]
) -> None:
    for message in messages:
        shown = translated_message(message)
        assert CJK.search(shown), message
        assert "{" not in shown, shown
        name, sep, _problem = message.partition(": ")
        if sep and shown.startswith(f"{name}: "):  # the file's name, kept as it was
            shown = shown.removeprefix(f"{name}: ")
        # What the system said (SQLite's or the OS's words, in brackets) is quoted as it was.
        shown = re.sub(r"（([^（）]*)）", lambda m, q=message: "" if m[1] in q else m[0], shown)
        # So are paths and file names.
        shown = re.sub(r"\S*[/.]\S*", lambda m, q=message: "" if m[0] in q else m[0], shown)
        assert not re.search(r"[A-Za-z]{4,}", KEPT.sub("", shown)), (message, shown)
    # Most kinds of problem are produced here for real (the rest need a full disk, a backup
    # gone bad or a file the tests cannot be refused).
    assert len({translated_message(m) for m in messages}) >= 28


def test_a_parameter_is_kept_and_words_inside_it_translated(chinese: None) -> None:
    shown = translated_message("x.png: this is not a text file (it holds a PNG image)")
    assert shown == "x.png: 这不是文本文件（其内容是PNG 图片）"
    formats = translated_message(
        "a.toml: .toml files cannot be read; ReportLens reads .txt, .md or .pdf files"
    )
    assert formats == "a.toml: 无法读取 .toml 文件；ReportLens 可读取 .txt、.md 或 .pdf 文件"
    assert translated_message("something core says that has no pattern") == (
        "something core says that has no pattern"
    )
