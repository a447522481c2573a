"""reportlens search for several terms: the paragraphs holding all of them, each term's
matches marked, and a count that says it counts paragraphs, in English and in Chinese."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.cli.command_runs import library_of, printed


@pytest.fixture
def db(tmp_path: Path, samples: dict[str, Path]) -> str:
    return library_of(tmp_path, samples["cz2024"], samples["cz2024np"])


def test_several_terms_find_the_paragraphs_holding_all_of_them(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _err = printed(capsys, ["--db", db, "search", "增长 6%", "--json"])
    data = json.loads(out)
    assert data["terms"] == ["增长", "6%"]
    paragraphs = {(h["report_id"], h["paragraph"]) for h in data["hits"]}
    assert data["paragraphs"] == len(paragraphs) > 1
    for passage in data["passages"]:
        marked = {passage["text"][a:b].replace("％", "%") for a, b in passage["marks"]}
        assert marked <= {"增长", "6%"}
    # Every paragraph listed holds both; the passages together mark each of them.
    for report, paragraph in paragraphs:
        shown = {
            h["snippet"]
            for h in data["hits"]
            if (h["report_id"], h["paragraph"]) == (report, paragraph)
        }
        assert any("增长" in s for s in shown) and any("6" in s for s in shown)
    _out, err = printed(capsys, ["--db", db, "search", "增长 6%"])
    assert err == f"{data['paragraphs']} paragraphs with all of 增长, 6%\n"


def test_a_quoted_phrase_is_one_term(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out, _err = printed(capsys, ["--db", db, "search", '"增长6%左右"', "--json"])
    data = json.loads(out)
    assert data["terms"] == ["增长6%左右"] and "paragraphs" not in data
    assert data["hits"] and all("增长6" in h["snippet"].replace("％", "%") for h in data["hits"])
    _out, err = printed(capsys, ["--db", db, "search", '"增长 6%"'])
    assert err == "0 matches\n"
    # Without a space, Chinese quotes are the reports' own: a passage pasted with them is
    # found as written.
    out, _err = printed(capsys, ["--db", db, "search", "“十四五”规划", "--json"])
    data = json.loads(out)
    assert data["terms"] == ["“十四五”规划"] and data["hits"]


def test_the_counts_say_what_they_count(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _out, err = printed(capsys, ["--db", db, "search", "增长　6%", "--limit", "1"])
    assert err == (
        "the first paragraph with all of 增长, 6%; there are more (--limit N shows more)\n"
    )
    _out, err = printed(capsys, ["--db", db, "search", "就业 不会出现的词"])
    assert err.startswith("no paragraph has all of 就业, 不会出现的词 (就业 in ")
    assert err.endswith(" paragraphs; 不会出现的词 in 0 paragraphs)\n")


@pytest.mark.usefixtures("chinese_locale")
def test_the_counts_say_what_they_count_in_chinese(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _err = printed(capsys, ["--db", db, "search", "增长 6%", "--json"])
    paragraphs = json.loads(out)["paragraphs"]
    _out, err = printed(capsys, ["--db", db, "search", "增长 6%"])
    assert err == f"{paragraphs} 段同时含有 增长、6%\n"
    _out, err = printed(capsys, ["--db", db, "search", "增长 6%", "--limit", "2"])
    assert err == "以上是同时含有 增长、6% 的前 2 段，还有更多（--limit N 可列出更多）\n"
    _out, err = printed(capsys, ["--db", db, "search", "就业 “不会 出现”"])
    assert err.startswith("没有哪一段同时含有 就业、“不会 出现”（含 就业 的有 ")
    assert err.endswith(" 段，含 “不会 出现” 的有 0 段）\n")
    _out, err = printed(capsys, ["--db", db, "search", "就业", "--limit", "1"])
    assert err == "以上是前 1 处，还有更多（--limit N 可列出更多）\n"  # one term: as it was
