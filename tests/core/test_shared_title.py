"""A file detected under a title another report holds is imported under a title of its own, and
the import says which report holds the title and whether the file reads as an edition of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.importer import ImportStatus, import_file, import_paths
from core.library import find_report, import_samples_if_new, open_library
from core.model import ReportId
from core.notes.new_edition import replace_with_edition

TITLE = "长治市2024年政府工作报告"


@pytest.fixture
def library(tmp_path: Path) -> str:
    db = tmp_path / "library.sqlite3"
    with open_library(str(db)) as store:
        import_samples_if_new(store)
    return str(db)


def _edited_copy(samples: dict[str, Path], folder: Path) -> Path:
    """长治's 2024 report with one word changed, as another site prints it."""
    folder.mkdir(parents=True, exist_ok=True)
    text = samples["cz2024"].read_text(encoding="utf-8")
    assert "国防动员" in text
    edited = folder / "changzhi-2024-report-v2.txt"
    edited.write_text(text.replace("国防动员", "国防教育", 1), encoding="utf-8")
    return edited


@pytest.mark.parametrize("workers", [0, 1])
def test_an_edited_copy_is_listed_with_its_files_name_as_another_edition(
    library: str, samples: dict[str, Path], tmp_path: Path, workers: int
) -> None:
    edited = _edited_copy(samples, tmp_path)
    with open_library(library) as store:
        original = find_report(store, TITLE)
        # Written here, or parsed in a worker process and written here: told apart alike.
        [outcome] = import_paths(store, [edited], workers=workers)
        assert outcome.status is ImportStatus.IMPORTED
        listed = f"{TITLE}（changzhi-2024-report-v2）"
        assert outcome.title == listed
        assert outcome.message == (
            f"changzhi-2024-report-v2.txt: this reads as another edition of “{TITLE}” "
            f"(changzhi-2024-report.txt); this one is listed as “{listed}”"
        )
        titles = [s.meta.title for s in store.list_reports() if s.meta.region == "长治市"]
        assert sorted(titles).count(TITLE) == 1 and listed in titles
        assert find_report(store, TITLE) == original
        assert find_report(store, listed) == outcome.report_id
        assert store.report(ReportId(outcome.report_id or 0)).meta.edition == "全文"


def test_a_second_copy_of_the_same_file_name_is_numbered(
    library: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    first = _edited_copy(samples, tmp_path / "site-a")
    second = tmp_path / "site-b" / first.name
    second.parent.mkdir()
    second.write_text(first.read_text(encoding="utf-8") + "\n（完）\n", encoding="utf-8")
    with open_library(library) as store:
        outcomes = import_paths(store, [first, second])
    assert [o.title for o in outcomes] == [f"{TITLE}（changzhi-2024-report-v2）", f"{TITLE}（2）"]
    assert "another edition of “长治市2024年政府工作报告”" in outcomes[1].message


def test_another_report_under_the_same_title_is_not_called_an_edition(
    library: str, tmp_path: Path
) -> None:
    other = tmp_path / "长治-2024-draft.txt"
    other.write_text(
        "长治市2024年政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
        "一、2023年工作回顾\n\n全市上下克难奋进，地区生产总值增长百分之五点六，结构持续优化。\n\n"
        "二、2024年工作安排\n\n今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人。\n",
        encoding="utf-8",
    )
    with open_library(library) as store:
        outcome = import_file(store, other)
    assert outcome.status is ImportStatus.IMPORTED
    assert outcome.title == f"{TITLE}（长治-2024-draft）"
    assert outcome.message == (
        f"长治-2024-draft.txt: another report is titled “{TITLE}” (changzhi-2024-report.txt); "
        f"this one is listed as “{TITLE}（长治-2024-draft）”"
    )


def test_a_corrected_edition_replacing_a_report_keeps_its_title(
    library: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    edited = _edited_copy(samples, tmp_path)
    with open_library(library) as store:
        outcome = replace_with_edition(store, find_report(store, TITLE), edited)
        assert outcome.new_report is not None
        assert store.report(outcome.new_report).meta.title == TITLE
