"""Hypothesis strategies for the property tests: arbitrary report-like text and mutated samples.

Arbitrary text mixes report grammar (``一、`` ``（一）`` ``一是`` ``——`` ``#`` ``●``, figures with
units, page-jump markers) with characters that break careless offset code: CJK, full-width
digits and punctuation, characters outside the BMP (``𠮷``), ``\\r`` and ``\\r\\n``, control
characters and combining marks. Mutated samples are the bundled reports cut at random points,
with paragraphs shuffled, wrapped at random widths (hard line breaks as PDF extraction leaves
them), sprinkled with rare characters, or re-encoded to GB18030 or UTF-16 on disk and read back
through the importer's own decoder.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from core.errors import UnreadableFileError
from core.ingest import read_document

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SAMPLE_FILES = (
    "changzhi-2024-report.txt",
    "changzhi-2025-interpretation.txt",
    "jincheng-2024-report.txt",
    "changzhi-2024-newspaper.txt",
    "changzhi-2026-newspaper.txt",
)

# Modest, derandomised, no example database written into the repository: the property tests
# run the same examples on every machine and stay within a few seconds each on a shared CPU.
PROPERTY_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SAMPLE_SETTINGS = settings(PROPERTY_SETTINGS, max_examples=50)

OUTSIDE_BMP = "𠮷𩸽𪚥😀"
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK ideographs
    st.sampled_from("０１２３４５６７８９％，。；：（）！？、“”《》　"),  # full-width forms
    st.sampled_from(OUTSIDE_BMP),
    st.sampled_from("\n\n\n\r\r\n\t \u3000\ufeff\u200b\u2028\x00\x07\x0b\x1c\x85"),
    st.sampled_from("\u0301\u20dd\ufe0f"),  # combining marks
    st.characters(codec="utf-8"),  # anything at all
)
_FRAGMENTS = st.sampled_from(
    [
        "一、",
        "二、",
        "三、",
        "十二、",
        "（一）",
        "(二)",
        "（十）",
        "一是",
        "二是",
        "——",
        "# ",
        "## ",
        "#### ",
        "● ",
        "多措并举促消费。",
        "持续发力上项目。",
        "2024年工作安排",
        "工作回顾",
        "各位代表：",
        "主要预期目标是：",
        "地区生产总值增长6%左右",
        "GDP增长5.5％",
        "增长",
        "下降",
        "控制在",
        "达到",
        "亿元",
        "万人",
        "个百分点",
        "以上",
        "左右",
        "4.5%—5%",
        "1.2万亿元",
        "七成",
        "１０.５％",
        "PM_{2.5}",
        "_{",
        "(上接第一版)",
        "（下转第四版）",
        "政府工作报告",
        "文字整理：",
        "附件",
        "名词解释",
        "。",
        "，",
        "\n",
        "\n\n",
        "\r\n",
        "  \n",
        "2023",
        "6",
        "．",
        "**",
    ]
)

report_like_text = st.lists(
    st.one_of(_FRAGMENTS, st.text(_ALPHABET, max_size=12)), max_size=40
).map("".join)
"""Arbitrary text, with report grammar often enough that every parser path is reached."""


def spans_inside(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether every span ``[start, end)`` lies inside ``text`` (an empty span may too)."""
    return all(0 <= start <= end <= len(text) for start, end in spans)


def sample_text(name: str) -> str:
    """A bundled sample's text as the importer reads it."""
    return read_document(SAMPLES / name).text


_TEXTS = {name: sample_text(name) for name in SAMPLE_FILES}


@st.composite
def _cut(draw: st.DrawFn, text: str) -> str:
    """A slice of ``text`` between two random points (either may fall inside a word)."""
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(0, len(text)))
    return text[min(a, b) : max(a, b)]


@st.composite
def _shuffled(draw: st.DrawFn, text: str) -> str:
    """The blank-line separated blocks of ``text`` in a random order."""
    blocks = text.split("\n\n")
    draw(st.randoms(use_true_random=False)).shuffle(blocks)
    return "\n\n".join(blocks)


@st.composite
def _wrapped(draw: st.DrawFn, text: str) -> str:
    """Every line of ``text`` broken every ``width`` characters, as PDF extraction does."""
    width = draw(st.integers(3, 80))
    lines = []
    for line in text.split("\n"):
        lines.extend([line[i : i + width] for i in range(0, len(line), width)] or [""])
    return "\n".join(lines)


@st.composite
def _sprinkled(draw: st.DrawFn, text: str) -> str:
    """``text`` with rare characters (outside the BMP, full-width, CR) put in at random points."""
    inserts = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.sampled_from([*OUTSIDE_BMP, "６", "\r\n"])),
            max_size=12,
        )
    )
    for at, piece in sorted(inserts, reverse=True):
        text = text[:at] + piece + text[at:]
    return text


@st.composite
def _reencoded(draw: st.DrawFn, text: str) -> str:
    """``text`` written to disk as GB18030 or UTF-16 (CRLF or not) and read back by the importer."""
    encoding = draw(st.sampled_from(["gb18030", "utf-16", "utf-16-le", "utf-8-sig"]))
    crlf = draw(st.booleans())
    data = (text.replace("\n", "\r\n") if crlf else text).encode(encoding)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_bytes(data)
        try:
            return read_document(path).text
        except UnreadableFileError:
            return text  # a short cut may not read as Chinese; the importer refuses it


_MUTATIONS = (_cut, _shuffled, _wrapped, _sprinkled, _reencoded)


@st.composite
def mutated_sample(draw: st.DrawFn, names: tuple[str, ...] = SAMPLE_FILES) -> str:
    """A sample after one to three random mutations (cut, shuffled, wrapped, sprinkled,
    re-encoded), applied in a random order."""
    text = _TEXTS[draw(st.sampled_from(names))]
    steps = draw(st.lists(st.sampled_from(_MUTATIONS), min_size=1, max_size=3))
    for step in steps:
        if not text.strip() and step is _reencoded:
            continue  # the importer refuses a blank file, rightly
        text = draw(step(text))
    return text
