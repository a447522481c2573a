"""Core's messages in the user's language.

``core/`` has no Qt and speaks English: its command line is English, and its errors are one
plain sentence each (``报告.pdf: this PDF has no text layer (it is a scanned image); …``). The
window shows some of them: why a file was not imported, why the library could not be written,
why a report could not be opened. Each such sentence is matched here against its English
pattern (its ``{…}`` parts are what varies: a size, an encoding, a file name) and given in the
language of the app through Qt's translation system, context ``CoreMessages``. A sentence with
no pattern is shown as core wrote it; tests/gui/test_core_messages.py makes every message a
bad file or a failing library gives known here.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"

# The problems core names, as core writes them. Keep each in step with the module that raises
# it (named beside each group); a ``{name}`` stands for what varies.
PATTERNS = (
    # core/ingest/dispatch.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this is a folder, not a file; import the folder to read the reports inside it",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "this is a folder with no report files ({formats}) in it"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "ReportLens is not allowed to read this file (permission denied)"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the file could not be read ({reason})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "the file does not exist (it may have been moved, renamed or deleted)"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "this is not a regular file (it is a device or a pipe)"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the file is {size}, larger than the {limit} a report can be, so it was not read",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is larger than the {limit} a report can be"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is empty (0 bytes)"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "this is an old Word (.doc) file; open it in Word and save it as .docx"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "this is a WPS file; save it as .docx or .txt"),
    QT_TRANSLATE_NOOP("CoreMessages", "this is an RTF file; save it as .docx or .txt"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "files without a suffix cannot be read; ReportLens reads {formats} files"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{suffix} files cannot be read; ReportLens reads {formats} files"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "this is not a file"),
    # core/ingest/docx.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this is an old Word (.doc) file named .docx; open it in Word and save it as .docx",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "this Word document has no text in it"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "the text of this Word document is garbled (unreadable symbols)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this Word file is damaged or is not really a .docx file, so it could not be opened",
    ),
    # core/ingest/text.py
    QT_TRANSLATE_NOOP("CoreMessages", "the file holds only blank space, no text"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "the file holds control characters or unreadable symbols, not plain text"
    ),
    # core/ingest/decode.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the text could not be decoded reliably (a guess of {guess} gave garbled text)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the file is cut off in the middle of a character (its end is missing), so it was not read",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the file is UTF-8 text damaged at byte {offset} (it may mix two encodings), "
        "so it was not read",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the text's encoding could not be recognised (it is not UTF-8 or GB18030)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the text reads as GB18030 but gives mostly rare or unlikely characters "
        "(it may be damaged or in another encoding), so it was not read",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the text is not Chinese in a known encoding (it looks like {guess}, "
        "not UTF-8, GB18030 or UTF-16), so it was not read",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "this is not a text file (it holds {binary})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "the file is marked as {encoding} text but is damaged, so it was not read"
    ),
    # core/ingest/html.py
    QT_TRANSLATE_NOOP("CoreMessages", "this web page holds no readable text"),
    QT_TRANSLATE_NOOP("CoreMessages", "the text of this web page is garbled (unreadable symbols)"),
    # core/ingest/pdf.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this PDF has no text layer (it is a scanned image); "
        "ReportLens cannot read text from pictures",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the text in this PDF comes out garbled (its fonts do not say which characters "
        "they draw), so it was not read",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "this PDF is protected by a password; save an unprotected copy to read it"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "this PDF is damaged or is not really a PDF, so it could not be opened"
    ),
    # core/analysis.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this does not read as a government work report "
        "(no report opening, parts or targets were found)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no section headings such as 一、 or （一） were found, so it is not read as a report",
    ),
    # core/importer.py, core/import_pool.py, core/notes/new_edition.py
    QT_TRANSLATE_NOOP("CoreMessages", "already in the library, nothing changed"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "reading it stopped the import's worker process (the file may be too large or "
        "damaged); nothing of it was saved",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "it could not be read ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the text is the same as the report's; nothing to replace"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this text is already in the library as “{title}”, which could not take the report's "
        "place ({error}); nothing was replaced",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this text is already in the library as “{title}”; nothing was replaced",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "imported, but the annotations could not be moved ({error})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this reads as a report of {found}, not as an edition of “{title}” ({expected}); "
        "nothing was replaced",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{file} replaced “{title}”, using its copy already in the library (“{copy}”): {total} "
        "annotations, {placed} in place, {changed} on changed passages, {orphaned} to place "
        "by hand",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{file} replaced “{title}”: {total} annotations, {placed} in place, {changed} on "
        "changed passages, {orphaned} to place by hand",
    ),
    # core/shared_title.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this reads as another edition of “{title}” ({file}); this one is listed as “{listed}”",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "another report is titled “{title}” ({file}); this one is listed as “{listed}”",
    ),
    # core/store/library_errors.py (write_failure), core/store/report_store.py
    QT_TRANSLATE_NOOP("CoreMessages", "the disk is full; nothing of this change was saved"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the library file or its folder is read-only; nothing of this change was saved",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "another program is using the library; nothing of this change was saved"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "the disk could not be written; nothing of this change was saved"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the library could not be written ({error}); nothing of this change was saved",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the library file is damaged ({error}); nothing of this change was saved",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the change conflicts with what the library holds ({error}); "
        "nothing of this change was saved",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the change is too large for the library ({error}); nothing of this change was saved",
    ),
    # core/store/open_failure.py
    QT_TRANSLATE_NOOP("CoreMessages", "the library file is damaged ({error})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "another program is using the library file ({error}); close it and try again",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the library file cannot be opened or read ({error}); "
        "check that its folder exists and that you may read and write there",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "this library was written by a newer version of ReportLens (schema {version}, this "
        "version knows {latest}); update ReportLens to change it",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the report could not be saved ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the library is open read-only"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no report {report} in the library"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no library at {path}"),
    # core/library_location.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the library's folder {folder} cannot be made (a file stands where a folder must be)",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the library's folder {folder} cannot be made ({error})"),
    # core/store/annotations.py, core/store/backup.py
    QT_TRANSLATE_NOOP("CoreMessages", "the annotation could not be saved ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the backup copy did not pass its integrity check"),
    QT_TRANSLATE_NOOP("CoreMessages", "no backup could be taken ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "this backup is damaged; nothing was restored"),
)

# Words core puts into a ``{…}`` part, given in the user's language too.
FRAGMENTS = (
    QT_TRANSLATE_NOOP("CoreMessages", "a PDF document"),
    QT_TRANSLATE_NOOP("CoreMessages", "a ZIP archive or an Office document"),
    QT_TRANSLATE_NOOP("CoreMessages", "an old Office document (.doc or .xls)"),
    QT_TRANSLATE_NOOP("CoreMessages", "a PNG image"),
    QT_TRANSLATE_NOOP("CoreMessages", "a JPEG image"),
    QT_TRANSLATE_NOOP("CoreMessages", "a GIF image"),
    QT_TRANSLATE_NOOP("CoreMessages", "a program"),
    QT_TRANSLATE_NOOP("CoreMessages", "binary data"),
)
# In a list of formats (``.txt, .md or .pdf``): the comma, and the last "or".
_COMMA = QT_TRANSLATE_NOOP("CoreMessages", ", ")
_OR = QT_TRANSLATE_NOOP("CoreMessages", " or ")

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` as a regular expression matching a whole problem: each ``{name}`` a group."""
    parts = _PLACEHOLDER.split(pattern)
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
    )
    return re.compile(f"^{regex}$", re.DOTALL)


def _fragment(value: str) -> str:
    if value in FRAGMENTS:
        return _translate(value)
    head, sep, last = value.rpartition(_OR)
    if sep and last.startswith("."):  # a list of formats
        return head.replace(_COMMA, _translate(_COMMA)) + _translate(_OR) + last
    return value


def translated_problem(problem: str) -> str:
    """``problem`` (a core sentence without a file name) in the app's language, if known."""
    for pattern in PATTERNS:
        match = _compiled(pattern).match(problem)
        if match is not None:
            values = {name: _fragment(value) for name, value in match.groupdict().items()}
            return _PLACEHOLDER.sub(lambda m, v=values: v[m.group(1)], _translate(pattern))
    return problem


def translated_message(message: str) -> str:
    """A core message in the app's language: ``name: problem`` keeps the name before it."""
    name, sep, problem = message.partition(": ")
    if sep and len(name) < 260 and "\n" not in name:
        translated = translated_problem(problem)
        if translated != problem:
            return f"{name}: {translated}"
    return translated_problem(message)
