"""Bad input: each case is refused with one clear sentence that names the file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.errors import UnreadableFileError
from core.ingest import MAX_FILE_BYTES, read_document
from core.ingest.dispatch import read_file_bytes

BAD = Path(__file__).resolve().parents[2] / "data" / "bad"

# Each refused fixture and words its message must contain (tests/data/bad/README.md).
REFUSED = {
    "empty.txt": "the file is empty (0 bytes)",
    "blank.txt": "only blank space",
    "binary.txt": "not a text file (it holds binary data)",
    "truncated-utf8.txt": "cut off in the middle of a character",
    "mixed-encoding.txt": "UTF-8 text damaged at byte",
    "wrong-encoding-shift-jis.txt": "not Chinese in a known encoding (it looks like cp932",
    "image-only.pdf": "this PDF has no text layer (it is a scanned image)",
    "corrupt.docx": "this Word file is damaged or is not really a .docx file",
    "not-a-docx.docx": "this Word file is damaged or is not really a .docx file",
}
# These read fine; the import pipeline refuses them as not being reports.
READABLE = {"english.txt": "Annual Report of the Village Library", "no-headings.txt": "春天到了"}


def assert_one_clear_sentence(error: UnreadableFileError, path: Path) -> None:
    """The message starts with the file's name and is one plain sentence for a user."""
    message = str(error)
    assert message.startswith(f"{path.name}: ")
    assert error.path == path
    assert "\n" not in message
    assert not re.search(r"[.!?。] \S", error.problem), "more than one sentence"
    assert not re.search(r"Error|Traceback|errno|0x[0-9a-f]", message)
    assert len(message) < 220


def test_every_fixture_is_listed_here_and_in_the_readme() -> None:
    files = {p.name for p in BAD.iterdir() if p.name != "README.md"}
    assert files == set(REFUSED) | set(READABLE)
    readme = (BAD / "README.md").read_text(encoding="utf-8")
    for name in files:
        assert f"`{name}`" in readme


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_bad_fixture_is_refused_with_its_message(name: str) -> None:
    path = BAD / name
    with pytest.raises(UnreadableFileError) as caught:
        read_document(path)
    assert REFUSED[name] in caught.value.problem
    assert_one_clear_sentence(caught.value, path)
    readme = (BAD / "README.md").read_text(encoding="utf-8")
    assert str(caught.value).removesuffix(".") in readme  # the README shows the real message


@pytest.mark.parametrize("name", sorted(READABLE))
def test_other_language_and_headingless_prose_read_fine_here(name: str) -> None:
    document = read_document(BAD / name)
    assert document.text.startswith(READABLE[name])
    assert document.encoding == "utf-8"


def test_a_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(UnreadableFileError, match="does not exist") as caught:
        read_document(path)
    assert_one_clear_sentence(caught.value, path)


def test_a_missing_path_with_an_unknown_suffix_is_still_called_missing(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="does not exist"):
        read_document(tmp_path / "nowhere.xyz")


def test_a_folder_without_reports(tmp_path: Path) -> None:
    folder = tmp_path / "2024 reports"
    folder.mkdir()
    (folder / "notes.xyz").write_text("not a report", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="a folder with no report files") as caught:
        read_document(folder)
    assert_one_clear_sentence(caught.value, folder)


def test_a_folder_with_reports_says_to_import_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "reports.txt"  # a folder whose name looks like a file
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "report.txt").write_text("一、工作回顾\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="this is a folder, not a file") as caught:
        read_document(folder)
    assert_one_clear_sentence(caught.value, folder)


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write("一、2023年工作回顾\n".encode())
        handle.truncate(100 * 1024 * 1024)  # sparse: costs no disk and no time
    with pytest.raises(UnreadableFileError, match="100 MB, larger than the 50 MB") as caught:
        read_document(path)
    assert_one_clear_sentence(caught.value, path)
    assert MAX_FILE_BYTES == 50 * 1024 * 1024


def test_the_limit_is_checked_on_size_not_by_reading(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_bytes(b"x" * 101)
    assert read_file_bytes(path, limit=101) == b"x" * 101
    with pytest.raises(UnreadableFileError, match="larger than"):
        read_file_bytes(path, limit=100)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("report.xyz", ".xyz files cannot be read; ReportLens reads .txt, .md"),
        ("README", "files without a suffix cannot be read"),
        ("report.doc", "old Word (.doc) file; open it in Word and save it as .docx"),
        ("report.wps", "WPS file"),
    ],
)
def test_unsupported_types_are_named(tmp_path: Path, name: str, words: str) -> None:
    path = tmp_path / name
    path.write_text("各位代表：", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as caught:
        read_document(path)
    assert words in caught.value.problem
    assert_one_clear_sentence(caught.value, path)


def test_an_old_word_file_is_advised_on_after_its_content_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(UnreadableFileError, match=r"old Word \(\.doc\) file; open it in Word"):
        read_document(path)


def test_suffixes_are_matched_in_any_case(tmp_path: Path) -> None:
    path = tmp_path / "REPORT.TXT"
    path.write_text("各位代表：\n", encoding="utf-8")
    assert read_document(path).format == "txt"


def test_an_old_word_file_named_docx_is_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(UnreadableFileError, match=r"old Word \(\.doc\) file named \.docx"):
        read_document(path)


def test_a_text_with_control_characters_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text("各位代表\x01\x02\x03\x04：" * 10, encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="control characters") as caught:
        read_document(path)
    assert_one_clear_sentence(caught.value, path)
