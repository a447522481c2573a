"""The library commands, run as a user runs them: real files, a real library in a temp folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from tests.core.cli.column_starts import misaligned


@pytest.fixture
def db(tmp_path: Path, samples: dict[str, Path]) -> str:
    path = str(tmp_path / "library.sqlite3")
    assert main(["--db", path, "import", str(samples["cz2024"]), str(samples["jc2024"])]) == 0
    return path


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_list_json_shape(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, ["--db", db, "list", "--json"])
    assert len(data["reports"]) == 2
    first = data["reports"][0]
    assert {"id", "title", "region", "year", "kind"} <= set(first)
    assert {r["region"] for r in data["reports"]} == {"长治市", "晋城市"}
    assert {r["year"] for r in data["reports"]} == {2024}


def test_list_gives_regions_by_pinyin_as_the_window_does(
    db: str, capsys: pytest.CaptureFixture[str], samples: dict[str, Path]
) -> None:
    # 长治 (Chángzhì) before 晋城 (Jìnchéng), though 晋 comes first by code point.
    capsys.readouterr()
    assert main(["--db", db, "list"]) == 0
    regions = [line.split()[2] for line in capsys.readouterr().out.splitlines()]
    assert regions == ["长治市", "晋城市"]
    # A report of no known region last; the newest year first, a year's full report before
    # its newspaper printing, as in the window.
    for name in ("cz2024np", "cz2026np"):
        assert main(["--db", db, "import", str(samples[name])]) == 0
    assert main(["--db", db, "edit", "晋城", "--region", ""]) == 0
    reports = _json(capsys, ["--db", db, "list", "--json"])["reports"]
    assert [(r["region"], r["year"], r["kind"]) for r in reports] == [
        ("长治市", 2026, "newspaper"),
        ("长治市", 2024, "report"),
        ("长治市", 2024, "newspaper"),
        (None, 2024, "report"),
    ]


def test_list_lines_up_on_screen_whatever_the_regions_name(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Chinese character takes two columns of a terminal: a long region's name, a short one
    and none known ("?") each leave the kind and title at the same screen column."""
    assert main(["--db", db, "edit", "长治", "--region", "内蒙古自治区"]) == 0
    assert main(["--db", db, "edit", "晋城", "--region", ""]) == 0
    capsys.readouterr()
    assert main(["--db", db, "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[2] for line in lines] == ["内蒙古自治区", "?"]
    assert not misaligned(lines)


def test_outline_of_a_file_offsets_point_into_the_text_as_read(
    samples: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = _json(
        capsys,
        ["--db", str(tmp_path / "none.sqlite3"), "outline", str(samples["cz2024"]), "--json"],
    )
    text = samples["cz2024"].read_text(encoding="utf-8")
    assert [s["title"] for s in data["sections"]][:2] == ["2023年工作回顾", "2024年工作安排"]
    for section in data["sections"]:
        assert section["title"][:4] in text[section["start"] : section["end"]]
        for child in section["children"]:
            assert section["start"] <= child["start"] < child["end"] <= section["end"]
    assert data["region"] == "长治市" and data["year"] == 2024 and data["kind"] == "report"
    # parsing a file does not add it to a library
    assert not (tmp_path / "none.sqlite3").exists()


def test_search_json_matches_a_substring_scan(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, ["--db", db, "search", "就业", "--json"])
    listing = _json(capsys, ["--db", db, "list", "--json"])
    expected = 0
    for report in listing["reports"]:
        text = _text(capsys, db, str(report["id"]))
        expected += text.count("就业")
    assert len(data["hits"]) == expected > 0
    assert all("就业" in hit["snippet"] for hit in data["hits"])


def _text(capsys: pytest.CaptureFixture[str], db: str, report: str) -> str:
    capsys.readouterr()
    assert main(["--db", db, "show", report]) == 0
    return capsys.readouterr().out


def test_show_prints_the_text_as_read(
    db: str, samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _text(capsys, db, "晋城")
    assert shown.rstrip("\n") == samples["jc2024"].read_text(encoding="utf-8").rstrip("\n")


def test_edit_and_remove(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "edit", "晋城", "--year", "2023", "--edition", "征求意见稿"]) == 0
    data = _json(capsys, ["--db", db, "list", "--json"])
    edited = next(r for r in data["reports"] if r["region"] == "晋城市")
    assert (edited["year"], edited["edition"]) == (2023, "征求意见稿")
    assert main(["--db", db, "remove", str(edited["id"])]) == 0
    assert len(_json(capsys, ["--db", db, "list", "--json"])["reports"]) == 1


def test_a_report_with_annotations_is_removed_only_when_asked_with_them(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db, "notes", "add", "晋城", "--start", "200", "--end", "230"]) == 0
    before = _json(capsys, ["--db", db, "list", "--json"])
    assert main(["--db", db, "remove", "晋城"]) != 0
    error = capsys.readouterr().err
    assert "has 1 annotation" in error and "--with-annotations" in error
    assert "Traceback" not in error
    assert _json(capsys, ["--db", db, "list", "--json"]) == before
    assert main(["--db", db, "remove", "晋城", "--with-annotations"]) == 0
    assert "and its 1 annotation" in capsys.readouterr().out
    assert len(_json(capsys, ["--db", db, "list", "--json"])["reports"]) == 1


def test_a_number_names_an_id_and_nothing_else(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    ids = sorted(r["id"] for r in _json(capsys, ["--db", db, "list", "--json"])["reports"])
    assert main(["--db", db, "remove", str(ids[-1])]) == 0
    # The same command again names no report, though titles hold that digit ("2024").
    assert main(["--db", db, "remove", str(ids[-1])]) != 0
    assert f"no library report has the id {ids[-1]}" in capsys.readouterr().err
    assert len(_json(capsys, ["--db", db, "list", "--json"])["reports"]) == 1


def test_an_edited_copy_is_imported_as_another_edition_under_its_own_title(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: dict[str, Path]
) -> None:
    text = samples["cz2024"].read_text(encoding="utf-8")
    edited = tmp_path / "changzhi-2024-report-v2.txt"
    edited.write_text(text.replace("国防动员", "国防教育", 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "import", str(edited)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "  this reads as another edition of “长治市2024年政府工作报告” "
        "(changzhi-2024-report.txt); this one is listed as "
        "“长治市2024年政府工作报告（changzhi-2024-report-v2）”"
    ]
    reports = _json(capsys, ["--db", db, "list", "--json"])["reports"]
    assert [(r["title"], r["source"]) for r in reports if r["region"] == "长治市"] == [
        ("长治市2024年政府工作报告", "changzhi-2024-report.txt"),
        ("长治市2024年政府工作报告（changzhi-2024-report-v2）", "changzhi-2024-report-v2.txt"),
    ]
    # Each is named by its own title.
    assert main(["--db", db, "show", "长治市2024年政府工作报告"]) == 0
    assert capsys.readouterr().out.rstrip("\n") == text.rstrip("\n")
    assert main(["--db", db, "show", "长治市2024年政府工作报告（changzhi-2024-report-v2）"]) == 0
    assert "国防教育" in capsys.readouterr().out


def test_a_title_that_several_reports_have_lists_them_with_their_ids_and_files(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: dict[str, Path]
) -> None:
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(samples["cz2024"].read_text(encoding="utf-8") + "\n（修订）\n", "utf-8")
    assert main(["--db", db, "import", str(corrected)]) == 0
    # The user gives the copy the original's title again.
    assert main(["--db", db, "edit", "corrected.txt", "--title", "长治市2024年政府工作报告"]) == 0
    reports = _json(capsys, ["--db", db, "list", "--json"])["reports"]
    ids = {r["source"]: r["id"] for r in reports if r["title"] == "长治市2024年政府工作报告"}
    assert set(ids) == {"changzhi-2024-report.txt", "corrected.txt"}
    assert main(["--db", db, "remove", "长治市2024年政府工作报告"]) != 0
    assert (
        f"matches several reports ({ids['changzhi-2024-report.txt']}: 长治市2024年政府工作报告, "
        f"from changzhi-2024-report.txt; {ids['corrected.txt']}: 长治市2024年政府工作报告, "
        "from corrected.txt); name one by its id"
    ) in capsys.readouterr().err
    # A number only ever names an id: one written otherwise is no id at all.
    assert main(["--db", db, "show", "²"]) != 0
    assert "Traceback" not in capsys.readouterr().err


def test_an_exact_title_names_its_report_though_a_longer_title_holds_it(
    db: str, capsys: pytest.CaptureFixture[str], samples: dict[str, Path]
) -> None:
    assert main(["--db", db, "import", str(samples["cz2024np"])]) == 0
    capsys.readouterr()
    assert main(["--db", db, "show", "长治市2024年政府工作报告"]) == 0
    assert capsys.readouterr().out.startswith(samples["cz2024"].read_text(encoding="utf-8")[:20])
    assert len(_json(capsys, ["--db", db, "list", "--json"])["reports"]) == 3


@pytest.mark.parametrize(
    ("option", "value", "problem"),
    [
        ("--year", "20245", "20245 is not a report's year"),
        ("--year", "-3", "-3 is not a report's year"),
        ("--title", "   ", "the title is empty"),
    ],
)
def test_edit_refuses_details_that_cannot_stand(
    db: str, capsys: pytest.CaptureFixture[str], option: str, value: str, problem: str
) -> None:
    before = _json(capsys, ["--db", db, "list", "--json"])
    assert main(["--db", db, "edit", "晋城", f"{option}={value}"]) != 0
    assert problem in capsys.readouterr().err
    assert _json(capsys, ["--db", db, "list", "--json"]) == before


def test_an_empty_region_clears_it(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "edit", "晋城", "--region", ""]) == 0
    regions = [r["region"] for r in _json(capsys, ["--db", db, "list", "--json"])["reports"]]
    assert sorted(regions, key=str) == [None, "长治市"]


def test_errors_go_to_stderr_with_a_non_zero_exit(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    capsys.readouterr()
    assert main(["--db", db, "show", "no such report"]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no such report" in captured.err and "Traceback" not in captured.err
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["--db", db, "import", str(empty)]) != 0
    assert "empty.txt" in capsys.readouterr().err


def test_env_var_points_to_the_library(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPORTLENS_DB", db)
    assert len(_json(capsys, ["list", "--json"])["reports"]) == 2


def test_a_damaged_pdf_gets_one_line_on_stderr(db: str, tmp_path: Path) -> None:
    # In a process of its own: pytest's log capture would hide what pypdf prints.
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 2)
    code = "import sys; from core.cli import main; sys.exit(main(sys.argv[1:]))"
    run = subprocess.run(
        [sys.executable, "-c", code, "--db", db, "import", str(damaged)],
        cwd=Path(__file__).resolve().parents[3],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode != 0
    assert run.stderr.splitlines() == [
        f"reportlens: {damaged}: this PDF is damaged or is not really a PDF, so it could not be"
        " opened"
    ]


def test_samples_adds_the_bundled_reports_once(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", db, "samples"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # Two of the five are in the library already (the fixture imported them).
    assert sorted(line.split()[0] for line in lines) == ["duplicate"] * 2 + ["imported"] * 3
    assert len(_json(capsys, ["--db", db, "list", "--json"])["reports"]) == 5


def test_a_library_whose_folder_cannot_be_made_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "reports.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["--db", str(blocker / "library.sqlite3"), "samples"]) != 0
    error = capsys.readouterr().err
    assert "the library's folder" in error and "a file stands where a folder must be" in error
    assert "Traceback" not in error and blocker.read_text(encoding="utf-8") == "not a folder"


def test_search_says_when_it_stops_short(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    every = _json(capsys, ["--db", db, "search", "发展", "--json", "--limit", "100000"])
    assert every["truncated"] is False and len(every["hits"]) > 5
    few = _json(capsys, ["--db", db, "search", "发展", "--json", "--limit", "5"])
    assert few["truncated"] is True and few["hits"] == every["hits"][:5]
    capsys.readouterr()
    assert main(["--db", db, "search", "发展", "--limit", "5"]) == 0
    assert "the first 5 matches; there are more" in capsys.readouterr().err

    for bad in ("0", "-1", "many"):
        with pytest.raises(SystemExit):
            main(["--db", db, "search", "发展", "--limit", bad])
        assert "is not a number of at least 1" in capsys.readouterr().err


def test_a_search_for_nothing_is_refused_not_found_empty(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for nothing in ("", "  ", "\u3000"):
        with pytest.raises(SystemExit) as stopped:
            main(["--db", db, "search", nothing])
        assert stopped.value.code == 2
        err = capsys.readouterr().err
        assert "the search text is empty" in err and "0 matches" not in err


def test_a_folder_import_names_each_file_it_cannot_read_by_its_path(
    tmp_path: Path, samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "reports"
    for year in ("2022", "2023"):
        (folder / year).mkdir(parents=True)
    (folder / "2022" / "政府工作报告.pdf").write_bytes(b"%PDF-1.4\n%no objects\n")
    (folder / "2023" / "政府工作报告.txt").write_bytes(samples["jc2024"].read_bytes())
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    (folder / "draft.WPS").write_bytes(b"x")
    (folder / "letter.rtf").write_bytes(b"{\\rtf1 text}")
    (folder / "picture.png").write_bytes(b"\x89PNG")  # not a report format: passed over
    db = str(tmp_path / "library.sqlite3")
    assert main(["--db", db, "import", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "imported 政府工作报告.txt as 1: 晋城市2024年政府工作报告" in captured.out
    assert set(captured.err.splitlines()) == {
        f"reportlens: {folder / 'draft.WPS'}: this is a WPS file; save it as .docx or .txt",
        f"reportlens: {folder / 'letter.rtf'}: this is an RTF file; save it as .docx or .txt",
        f"reportlens: {folder / 'old.doc'}: this is an old Word (.doc) file; "
        "open it in Word and save it as .docx",
        f"reportlens: {folder / '2022' / '政府工作报告.pdf'}: "
        "this PDF is damaged or is not really a PDF, so it could not be opened",
    }


def test_a_query_starting_with_a_dash_is_searched(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = _json(capsys, ["--db", db, "list", "--json"])["reports"]
    texts = [_text(capsys, db, str(report["id"])).replace("－", "-") for report in listing]
    found = {}
    for query in ("-3年", "-关键零部件", "-5%"):
        data = _json(capsys, ["--db", db, "search", query, "--json"])
        assert data["query"] == query
        found[query] = len(data["hits"])
        assert found[query] == sum(text.count(query) for text in texts)
    # "2-3年" and "－关键零部件" are in 晋城; "-5%" is in neither report.
    assert found["-3年"] > 0 and found["-关键零部件"] > 0 and found["-5%"] == 0


def test_a_value_that_looks_like_an_option_gets_told_how(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_code:
        main(["--db", db, "search", "-abc"])
    assert exit_code.value.code == 2
    assert '"--" (reportlens search -- -abc)' in capsys.readouterr().err
    assert main(["--db", db, "search", "--", "-abc"]) == 0
    with pytest.raises(SystemExit):
        main(["--db", db, "search"])
    assert "--" not in capsys.readouterr().err.split("error:")[1]  # nothing to tell: no dash


def test_a_report_without_line_breaks_is_imported_and_said_to_be_restored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: dict[str, Path]
) -> None:
    run_on = tmp_path / "jincheng-copied.txt"
    run_on.write_text(samples["jc2024"].read_text(encoding="utf-8").replace("\n", ""), "utf-8")
    db = str(tmp_path / "library.sqlite3")
    capsys.readouterr()
    assert main(["--db", db, "import", str(run_on)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "imported jincheng-copied.txt as 1: 晋城市2024年政府工作报告",
        "  the file has almost no line breaks: ReportLens restored them where it judged its "
        "headings and paragraphs to start",
    ]
    outline = _json(capsys, ["--db", db, "outline", "1", "--json"])
    assert [s["title"] for s in outline["sections"]] == [
        "2023年工作回顾",
        "2024年工作安排",
        "全面提升政府治理效能",
    ]


def test_a_duplicate_import_names_the_report_it_copies(
    db: str, tmp_path: Path, samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(samples["jc2024"].read_bytes())
    capsys.readouterr()
    assert main(["--db", db, "import", str(copy)]) == 0
    assert capsys.readouterr().out == (
        f"{copy}: already in the library as “晋城市2024年政府工作报告”, nothing changed (id 2)\n"
    )


def test_search_lists_nearby_matches_once_with_each_marked(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _json(capsys, ["--db", db, "search", "能源", "--json"])
    passages = data["passages"]
    # Every match is in one passage, in order: the count stays the substring count.
    assert [h for p in passages for h in p["hits"]] == [
        [h["start"], h["end"]] for h in data["hits"]
    ]
    for passage in passages:
        assert [passage["text"][a:b] for a, b in passage["marks"]] == ["能源"] * len(
            passage["hits"]
        )
    shared = "焦化先进产能达到94%以上。新能源和清洁能源装机"
    assert sum(shared in hit["snippet"] for hit in data["hits"]) == 2  # each hit's own context
    assert sum(shared in p["text"] for p in passages) == 1  # read once
    capsys.readouterr()
    assert main(["--db", db, "search", "能源"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == len(passages) < len(data["hits"])
    assert sum(shared in line for line in out.splitlines()) == 1
    assert f"{len(data['hits'])} matches" in err
