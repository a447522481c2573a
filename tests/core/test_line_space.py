"""Reports whose lines open with form feeds or no-break spaces read as the plain text does."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from core.importer import ImportStatus, import_paths
from core.library import load_report, open_library
from core.line_space import LINE_SPACE, LINE_SPACE_RUN
from core.model import ReportKind

Variant = Callable[[str], str]


def _form_feed_before_parts(text: str) -> str:
    """pdftotext's page break (a form feed) in front of every part heading."""
    return re.sub(r"^(?=[一二三四五六七八九十]、)", "\f", text, flags=re.MULTILINE)


def _indented(space: str) -> Variant:
    def indent(text: str) -> str:
        return "\n".join(space + line if line.strip() else line for line in text.split("\n"))

    return indent


VARIANTS: dict[str, Variant] = {
    "form feed before parts": _form_feed_before_parts,
    "no-break spaces": _indented("\xa0\xa0"),
    "ideographic spaces": _indented("\u3000\u3000"),
    "zero-width spaces": _indented("\u200b"),
}


def _reading(store_path: Path, source: Path) -> dict[str, object]:
    """What a user sees of one imported file: its details, sections, figures and paragraphs."""
    with open_library(str(store_path)) as store:
        [outcome] = import_paths(store, [source])
        assert outcome.status is ImportStatus.IMPORTED, outcome.message
        assert outcome.report_id is not None
        report = load_report(store, outcome.report_id, with_tokens=False)
    text = report.text
    assert text == source.read_text(encoding="utf-8")  # the text as read is kept unchanged
    sections = list(report.outline.walk())
    for section in sections:
        assert section.title in text[section.start : section.heading_end]
    figures = report.numbers or ()
    return {
        "meta": (report.meta.region, report.meta.year, report.meta.kind),
        "sections": [(s.level, s.style, s.title) for s in sections],
        "figures": [(f.kind, f.indicator, f.text, f.value, f.unit) for f in figures],
        "paragraphs": [text[p.start : p.end].strip(LINE_SPACE) for p in report.paragraphs],
    }


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_report_with_unusual_blank_characters_reads_like_the_plain_one(
    name: str, tmp_path: Path, samples: dict[str, Path], sample_texts: dict[str, str]
) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(sample_texts["cz2024"], encoding="utf-8")
    variant = tmp_path / "variant.txt"
    variant.write_text(VARIANTS[name](sample_texts["cz2024"]), encoding="utf-8")

    expected = _reading(tmp_path / "plain.sqlite3", plain)
    found = _reading(tmp_path / "variant.sqlite3", variant)

    assert found["meta"] == expected["meta"] == ("长治市", 2024, ReportKind.REPORT)
    assert found["sections"] == expected["sections"]
    assert found["figures"] == expected["figures"]
    assert any(kind == "target" for kind, *_rest in expected["figures"])  # type: ignore[misc]
    assert found["paragraphs"] == expected["paragraphs"]


def test_every_blank_character_but_the_line_break_is_line_space() -> None:
    assert re.fullmatch(LINE_SPACE_RUN, "\f\v\xa0\u3000\u200b\ufeff \t")
    assert "\n" not in LINE_SPACE
    assert all(ch in LINE_SPACE for ch in map(chr, range(0x3001)) if ch.isspace() and ch != "\n")
