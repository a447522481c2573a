"""A report saved as text with one paragraph per line, or wrapped as pdftotext wraps it, reads
into the paragraphs and sections of the same report written with blank lines: imported into a
real library, as a user imports it."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from core.analysis import analyse_text
from core.cli import main
from core.import_pool import new_report
from core.library import open_library
from core.model import Paragraph, ReportId
from core.store.report_rows import prepare_report
from core.store.stored_reading import replace_reading
from core.title_line import HEADING_LINE

# The samples that separate their paragraphs by blank lines.
BLANK_LINE_SAMPLES = ["cz2024", "jc2024", "cz2024np", "cz2026np"]
WRAP_WIDTH = 38


def _one_per_line(text: str) -> str:
    """``text`` with every run of blank lines between paragraphs made a single line break."""
    return re.sub(r"\n\s*\n", "\n", text.strip()) + "\n"


def _as_saved_from_word(text: str) -> bytes:
    """One paragraph per line, each indented by two ideographic spaces, Windows line endings."""
    lines = ["\u3000\u3000" + line for line in _one_per_line(text).splitlines()]
    return "\r\n".join(lines).encode("utf-8") + b"\r\n"


def _flat(paragraph: str) -> str:
    """A paragraph's characters without its line breaks and the spaces around them."""
    return re.sub(r"\s*\n\s*", "", paragraph)


def _wrapped(paragraphs: list[str], indent: str = "") -> str:
    """Each paragraph wrapped at ``WRAP_WIDTH`` characters, one line break between paragraphs
    and none blank, as pdftotext lays out a page's text."""
    lines = []
    for paragraph in paragraphs:
        flat = indent + _flat(paragraph)
        lines.extend(flat[at : at + WRAP_WIDTH] for at in range(0, len(flat), WRAP_WIDTH))
    return "\n".join(lines) + "\n"


def _import(tmp_path: Path, library: str, name: str, content: bytes) -> ReportId:
    source = tmp_path / name
    source.write_bytes(content)
    assert main(["--db", library, "import", str(source)]) == 0
    with open_library(library, read_only=True) as store:
        return max(summary.id for summary in store.list_reports())


def _paragraphs(library: str, report_id: ReportId) -> list[str]:
    with open_library(library, read_only=True) as store:
        text = store.report(report_id).text
        return [text[p.start : p.end] for p in store.paragraphs(report_id)]


def _section_titles(
    library: str, report_id: ReportId, capsys: pytest.CaptureFixture[str]
) -> list[tuple[int, str]]:
    capsys.readouterr()
    assert main(["--db", library, "outline", str(report_id), "--json"]) == 0
    titles: list[tuple[int, str]] = []

    def walk(sections: list[dict[str, object]]) -> None:
        for section in sections:
            titles.append((int(str(section["level"])), str(section["title"])))
            walk(section["children"])  # type: ignore[arg-type]

    walk(json.loads(capsys.readouterr().out)["sections"])
    return titles


def _characters(paragraph: str) -> str:
    """A paragraph's characters but its spaces and line breaks (a wrap may fall on a space)."""
    return re.sub(r"\s+", "", paragraph)


def _as_seen(paragraph: str) -> str:
    """A paragraph as a reader sees it: each break inside it one line break, unindented."""
    return re.sub(r"\s*\n\s*", "\n", paragraph)


@pytest.mark.parametrize("name", BLANK_LINE_SAMPLES)
def test_a_report_with_one_paragraph_per_line_reads_as_with_blank_lines(
    name: str, samples: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = str(tmp_path / "library.sqlite3")
    original = samples[name].read_text(encoding="utf-8")
    blank = _import(tmp_path, library, "blank-lines.txt", original.encode("utf-8"))
    single = _import(tmp_path, library, "one-per-line.txt", _one_per_line(original).encode())
    word = _import(tmp_path, library, "from-word.txt", _as_saved_from_word(original))
    expected = [_as_seen(p) for p in _paragraphs(library, blank)]
    sections = _section_titles(library, blank, capsys)
    for report in (single, word):
        assert [_as_seen(p) for p in _paragraphs(library, report)] == expected
        assert _section_titles(library, report, capsys) == sections


@pytest.mark.parametrize("name", BLANK_LINE_SAMPLES)
def test_a_wrapped_report_joins_its_lines_into_its_paragraphs(
    name: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    library = str(tmp_path / "library.sqlite3")
    original = samples[name].read_text(encoding="utf-8")
    blank = _import(tmp_path, library, "blank-lines.txt", original.encode("utf-8"))
    expected = [_flat(p) for p in _paragraphs(library, blank)]
    wrapped = _import(tmp_path, library, "wrapped.txt", _wrapped(expected).encode("utf-8"))
    read = [_characters(p) for p in _paragraphs(library, wrapped)]
    # Every wrap is joined: each paragraph read is one or more whole paragraphs of the report.
    # Only a paragraph whose last line fills the width runs on into the next: nothing in the
    # text shows that it ends there.
    at = 0
    for paragraph in read:
        taken = at
        while taken < len(expected) and len(_characters("".join(expected[at:taken]))) < len(
            paragraph
        ):
            taken += 1
        assert _characters("".join(expected[at:taken])) == paragraph
        assert all(len(p) % WRAP_WIDTH == 0 for p in expected[at : taken - 1])
        at = taken
    assert at == len(expected)
    assert len(read) >= len(expected) - 1
    # Indented as Word or a web page indents them, every paragraph reads as it was.
    indented = _wrapped(expected, indent="\u3000\u3000").encode("utf-8")
    report = _import(tmp_path, library, "wrapped-indented.txt", indented)
    read = [_characters(p) for p in _paragraphs(library, report)]
    assert read == [_characters(p) for p in expected]


def test_a_title_block_without_blank_lines_stands_apart_from_the_salutation(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    block = [
        "长治市2024年政府工作报告",
        "——2024年1月20日在长治市第十六届人民代表大会第三次会议上",
        "长治市人民政府市长 王某某",
    ]
    body = _one_per_line(samples["cz2024"].read_text(encoding="utf-8"))
    library = str(tmp_path / "library.sqlite3")
    report = _import(tmp_path, library, "titled.txt", ("\n".join(block) + "\n" + body).encode())
    paragraphs = _paragraphs(library, report)
    assert paragraphs[:5] == [*block, "各位代表：", paragraphs[4]]
    assert paragraphs[4].startswith("现在，我代表市人民政府向大会报告工作")
    # A title straight before the salutation, in a text too short to tell its kind.
    short = "长治市2024年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n"
    assert [short[p.start : p.end] for p in analyse_text(short).paragraphs] == short.split("\n")[:3]


def _glued_between_headings(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Paragraph]:
    """The paragraphs of a text with one paragraph per line as the reading before this one
    found them: the lines between two heading lines read as one paragraph."""
    runs: list[list[int]] = []
    for paragraph in paragraphs:
        heading = HEADING_LINE.match(text, paragraph.start) is not None
        if runs and not heading and not runs[-1][2]:
            runs[-1][1] = paragraph.end
        else:
            runs.append([paragraph.start, paragraph.end, int(heading)])
    return [Paragraph(index, start, end) for index, (start, end, _h) in enumerate(runs)]


def test_a_library_read_before_lines_were_told_apart_reads_such_a_report_again(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    library = str(tmp_path / "library.sqlite3")
    body = _one_per_line(samples["jc2024"].read_text(encoding="utf-8"))
    report = _import(tmp_path, library, "one-per-line.txt", body.encode("utf-8"))
    with open_library(library) as store:
        stored = store.report(report)
        analysed = analyse_text(stored.text, stored.source_name)
        glued = _glued_between_headings(stored.text, analysed.paragraphs)
        earlier = dataclasses.replace(analysed, paragraphs=tuple(glued))
        new = new_report(
            earlier,
            stored.meta,
            source_name=stored.source_name,
            encoding=stored.encoding,
            format=stored.format,
        )
        replace_reading(store, report, new, prepare_report(new))
        # Reader version 3 read runs of lines as one paragraph.
        store._conn.execute("UPDATE reports SET reader = 3 WHERE id = ?", (report,))
        assert len(store.paragraphs(report)) == len(glued) < len(analysed.paragraphs)
    with open_library(library) as store:
        assert store.paragraphs(report) == list(analysed.paragraphs)
