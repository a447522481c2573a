"""Core's messages in Chinese: one table for the window and the command line.

``core/`` writes each problem as one English sentence (``报告.pdf: this PDF has no text layer
(it is a scanned image); …``). Each sentence core can give is matched here against its
English pattern (its ``{…}`` parts are what varies: a size, an encoding, a file name) and
given in Chinese. The window shows them so when it speaks Chinese (gui/core_messages.py), the
command line under a Chinese locale (core/cli/spoken_messages.py). A sentence with no pattern
is shown as core wrote it; tests/gui/test_core_messages.py makes every message a bad file or a
failing library gives known here.
"""

from __future__ import annotations

import re
from functools import cache

# The problems core names, as core writes them, and their Chinese. Keep each in step with the
# module that raises it (named beside each group); a ``{name}`` stands for what varies.
PATTERNS: dict[str, str] = {
    # core/ingest/dispatch.py
    "this is a folder, not a file; import the folder to read the reports inside it": (
        "这是文件夹，不是文件；请导入该文件夹以读取其中的报告"
    ),
    "this is a folder with no report files ({formats}) in it": (
        "这个文件夹里没有报告文件（{formats}）"
    ),
    "ReportLens is not allowed to read this file (permission denied)": (
        "ReportLens 没有读取此文件的权限（拒绝访问）"
    ),
    "the file could not be read ({reason})": "无法读取此文件（{reason}）",
    "the file does not exist (it may have been moved, renamed or deleted)": (
        "文件不存在（可能已被移动、改名或删除）"
    ),
    "this is not a regular file (it is a device or a pipe)": "这不是普通文件（而是设备或管道）",
    "the file is {size}, larger than the {limit} a report can be, so it was not read": (
        "文件大小为 {size}，超过报告的上限 {limit}，未读取"
    ),
    "the file is larger than the {limit} a report can be": "文件超过报告的上限 {limit}",
    "the file is empty (0 bytes)": "文件为空（0 字节）",
    "this is an old Word (.doc) file; open it in Word and save it as .docx": (
        "这是旧版 Word（.doc）文件；请在 Word 中打开并另存为 .docx"
    ),
    "this is a WPS file; save it as .docx or .txt": "这是 WPS 文件；请另存为 .docx 或 .txt",
    "this is an RTF file; save it as .docx or .txt": "这是 RTF 文件；请另存为 .docx 或 .txt",
    "files without a suffix cannot be read; ReportLens reads {formats} files": (
        "无法读取没有扩展名的文件；ReportLens 可读取 {formats} 文件"
    ),
    "{suffix} files cannot be read; ReportLens reads {formats} files": (
        "无法读取 {suffix} 文件；ReportLens 可读取 {formats} 文件"
    ),
    "this is not a file": "这不是文件",
    # core/importer.py
    (
        "the file has almost no line breaks: ReportLens restored them where it judged its "
        "headings and paragraphs to start"
    ): "文件几乎没有换行：ReportLens 已在其判断的标题和段落开头处恢复换行",
    # core/ingest/docx.py
    "this is an old Word (.doc) file named .docx; open it in Word and save it as .docx": (
        "这是改名为 .docx 的旧版 Word（.doc）文件；请在 Word 中打开并另存为 .docx"
    ),
    "this Word document has no text in it": "这个 Word 文档中没有文字",
    "the text of this Word document is garbled (unreadable symbols)": (
        "这个 Word 文档的文字是乱码（无法识别的符号）"
    ),
    "this Word file is damaged or is not really a .docx file, so it could not be opened": (
        "这个 Word 文件已损坏或并非真正的 .docx 文件，无法打开"
    ),
    # core/ingest/text.py
    "the file holds only blank space, no text": "文件只有空白，没有文字",
    "the file holds control characters or unreadable symbols, not plain text": (
        "文件包含控制字符或无法识别的符号，不是纯文本"
    ),
    # core/ingest/decode.py
    "the text could not be decoded reliably (a guess of {guess} gave garbled text)": (
        "无法可靠地解码文本（按 {guess} 解码得到乱码）"
    ),
    "the file is cut off in the middle of a character (its end is missing), so it was not read": (
        "文件在一个字符中间被截断（结尾缺失），未读取"
    ),
    (
        "the file is UTF-8 text damaged at byte {offset} (it may mix two encodings), so it was "
        "not read"
    ): ("文件是 UTF-8 文本，但在第 {offset} 字节处损坏（可能混用了两种编码），未读取"),
    "the text's encoding could not be recognised (it is not UTF-8 or GB18030)": (
        "无法识别文本的编码（不是 UTF-8 或 GB18030）"
    ),
    (
        "the text reads as GB18030 but gives mostly rare or unlikely characters (it may be "
        "damaged or in another encoding), so it was not read"
    ): ("按 GB18030 读取得到的多为生僻或不合理的字符（文件可能已损坏或使用其他编码），未读取"),
    (
        "the text is not Chinese in a known encoding (it looks like {guess}, not UTF-8, GB18030 "
        "or UTF-16), so it was not read"
    ): ("文本不是已知编码的中文（看起来是 {guess}，而不是 UTF-8、GB18030 或 UTF-16），未读取"),
    "this is not a text file (it holds {binary})": "这不是文本文件（其内容是{binary}）",
    "the file is marked as {encoding} text but is damaged, so it was not read": (
        "文件标记为 {encoding} 文本，但已损坏，未读取"
    ),
    # core/ingest/html.py
    "this web page holds no readable text": "这个网页中没有可读的文字",
    "the text of this web page is garbled (unreadable symbols)": (
        "这个网页的文字是乱码（无法识别的符号）"
    ),
    # core/ingest/pdf.py
    (
        "this PDF has no text layer (it is a scanned image); ReportLens cannot read text from "
        "pictures"
    ): ("这个 PDF 没有文字层（是扫描图像）；ReportLens 无法从图片中读取文字"),
    (
        "the text in this PDF comes out garbled (its fonts do not say which characters they "
        "draw), so it was not read"
    ): ("这个 PDF 提取出的文字是乱码（其字体没有说明所绘制的字符），未读取"),
    "this PDF is protected by a password; save an unprotected copy to read it": (
        "这个 PDF 有密码保护；请另存一份不加密的副本再读取"
    ),
    "this PDF is damaged or is not really a PDF, so it could not be opened": (
        "这个 PDF 已损坏或并非真正的 PDF，无法打开"
    ),
    # core/analysis.py
    (
        "this does not read as a government work report (no report opening, parts or targets were "
        "found)"
    ): ("这不像一份政府工作报告（没有找到报告开头、各部分或目标）"),
    "no section headings such as 一、 or （一） were found, so it is not read as a report": (
        "没有找到“一、”或“（一）”这样的章节标题，因此不作为报告读取"
    ),
    # core/importer.py, core/import_pool.py, core/notes/new_edition.py
    "already in the library as “{title}”, nothing changed": "报告库中已有，即“{title}”，未作改动",
    (
        "reading it stopped the import's worker process (the file may be too large or damaged); "
        "nothing of it was saved"
    ): "读取它时导入的工作进程中止了（文件可能过大或已损坏）；没有保存其任何内容",
    "it could not be read ({error})": "无法读取（{error}）",
    "the text is the same as the report's; nothing to replace": "文字与该报告相同，无需替换",
    (
        "this text is already in the library as “{title}”, which could not take the "
        "report's place ({error}); nothing was replaced"
    ): ("这段文字已作为“{title}”在报告库中，但它未能取代该报告（{error}）；未作替换"),
    "this text is already in the library as “{title}”; nothing was replaced": (
        "这段文字已作为“{title}”在报告库中；未作替换"
    ),
    "imported, but the annotations could not be moved ({error})": (
        "已导入，但批注未能迁移（{error}）"
    ),
    (
        "this reads as a report of {found}, not as an edition of “{title}” ({expected}); "
        "nothing was replaced"
    ): ("此文件读来是{found}的报告，不是“{title}”（{expected}）的另一版本；未作替换"),
    (
        "{file} replaced “{title}”, using its copy already in the library (“{copy}”): {total} "
        "annotations, {placed} in place, {changed} on changed passages, {orphaned} to place "
        "by hand"
    ): (
        "{file} 已替换“{title}”，所用的是报告库中已有的副本（“{copy}”）：共 {total} 条批注，"
        "{placed} 条位置不变，{changed} 条在改动过的段落上，{orphaned} 条需手动放置"
    ),
    (
        "{file} replaced “{title}”: {total} annotations, {placed} in place, {changed} on "
        "changed passages, {orphaned} to place by hand"
    ): (
        "{file} 已替换“{title}”：共 {total} 条批注，{placed} 条位置不变，"
        "{changed} 条在改动过的段落上，{orphaned} 条需手动放置"
    ),
    # … the same with one annotation (said in the singular in English)
    (
        "{file} replaced “{title}”, using its copy already in the library (“{copy}”): {total} "
        "annotation, {placed} in place, {changed} on changed passages, {orphaned} to place "
        "by hand"
    ): (
        "{file} 已替换“{title}”，所用的是报告库中已有的副本（“{copy}”）：共 {total} 条批注，"
        "{placed} 条位置不变，{changed} 条在改动过的段落上，{orphaned} 条需手动放置"
    ),
    (
        "{file} replaced “{title}”: {total} annotation, {placed} in place, {changed} on "
        "changed passages, {orphaned} to place by hand"
    ): (
        "{file} 已替换“{title}”：共 {total} 条批注，{placed} 条位置不变，"
        "{changed} 条在改动过的段落上，{orphaned} 条需手动放置"
    ),
    # core/shared_title.py
    "this reads as another edition of “{title}” ({file}); this one is listed as “{listed}”": (
        "此文件读来是“{title}”（{file}）的另一版本；本文件列为“{listed}”"
    ),
    "another report is titled “{title}” ({file}); this one is listed as “{listed}”": (
        "已有一份报告名为“{title}”（{file}）；本文件列为“{listed}”"
    ),
    # core/store/library_errors.py (write_failure), core/store/library_file.py
    "the disk is full; nothing of this change was saved": "磁盘已满；此次改动未保存任何内容",
    "the library file or its folder is read-only; nothing of this change was saved": (
        "报告库文件或其所在文件夹是只读的；此次改动未保存任何内容"
    ),
    "another program is using the library; nothing of this change was saved": (
        "另一个程序正在使用报告库；此次改动未保存任何内容"
    ),
    "the disk could not be written; nothing of this change was saved": (
        "无法写入磁盘；此次改动未保存任何内容"
    ),
    "the library could not be written ({error}); nothing of this change was saved": (
        "无法写入报告库（{error}）；此次改动未保存任何内容"
    ),
    "the library file is damaged ({error}); nothing of this change was saved": (
        "报告库文件已损坏（{error}）；此次改动未保存任何内容"
    ),
    (
        "the change conflicts with what the library holds ({error}); "
        "nothing of this change was saved"
    ): "改动与报告库中现有的内容冲突（{error}）；此次改动未保存任何内容",
    "the change is too large for the library ({error}); nothing of this change was saved": (
        "改动过大，报告库无法容纳（{error}）；此次改动未保存任何内容"
    ),
    # core/store/open_failure.py
    "the library file is damaged ({error})": "报告库文件已损坏（{error}）",
    "another program is using the library file ({error}); close it and try again": (
        "另一个程序正在使用报告库文件（{error}）；请关闭该程序后重试"
    ),
    (
        "the library file cannot be opened or read ({error}); check that its folder exists and "
        "that you may read and write there"
    ): ("无法打开或读取报告库文件（{error}）；请确认其所在文件夹存在，且您有权在其中读写"),
    (
        "this library was written by a newer version of ReportLens (schema {version}, this "
        "version knows {latest}); update ReportLens to change it"
    ): (
        "此报告库由更新版本的 ReportLens 写入（结构版本 {version}，本版本只支持到 {latest}）；"
        "请更新 ReportLens 后再修改它"
    ),
    "the report could not be saved ({error})": "报告未能保存（{error}）",
    "the library is open read-only": "报告库以只读方式打开",
    "there is no report {report} in the library": "报告库中没有报告 {report}",
    "there is no library at {path}": "{path} 处没有报告库",
    # core/library_location.py
    "the library's folder {folder} cannot be made (a file stands where a folder must be)": (
        "{folder} 处无法建立报告库文件夹（已有同名文件）"
    ),
    "the library's folder {folder} cannot be made ({error})": (
        "{folder} 处无法建立报告库文件夹（{error}）"
    ),
    # core/store/annotation_rows.py, core/store/backup.py
    "the annotation could not be saved ({error})": "批注未能保存（{error}）",
    "the backup copy did not pass its integrity check": "备份副本未通过完整性检查",
    "no backup could be taken ({error})": "无法进行备份（{error}）",
    "the library file is damaged; no backup of it was taken": "报告库文件已损坏；未为其做备份",
    "this backup is damaged; nothing was restored": "此备份已损坏；未恢复任何内容",
    # core/library.py (find_report)
    "no library report has the id {id} (see `reportlens list` for what is there)": (
        "报告库中没有编号为 {id} 的报告（`reportlens list` 列出库中的报告）"
    ),
    "'{spec}' matches several reports ({names}); name one by its id": (
        "“{spec}”对应多份报告（{names}）；请用编号指明其中一份"
    ),
    "no file or library report called '{spec}' (see `reportlens list` for what is there)": (
        "没有名为“{spec}”的文件或库中报告（`reportlens list` 列出库中的报告）"
    ),
    # core/store/report_changes.py (update_meta), core/model.py (ReportMeta.problem)
    "report {report}": "报告 {report}",
    "the title is empty": "标题为空",
    "the region is blank": "地区为空白",
    "{year} is not a report's year ({first}–{last})": "{year} 不是报告的年份（{first}–{last}）",
    # core/store/report_store.py (update_meta: an undo of details edited since)
    "its details were changed since (it is now “{title}”); nothing was changed": (
        "其信息之后又被修改过（现为“{title}”）；未作任何改动"
    ),
    # core/store/annotation_reads.py, core/notes/library_notes.py, core/notes/anchors.py
    "there is no annotation {annotation}": "没有批注 {annotation}",
    "'{colour}' is not a colour of the palette; its colours are {choices}": (
        "“{colour}”不是调色板中的颜色；调色板中的颜色有 {choices}"
    ),
    "not a passage of the text: [{start}, {end}) of {length} characters": (
        "不是文中的一段：[{start}, {end})，全文共 {length} 个字符"
    ),
    # core/notes/palette.py
    "a palette has 1 to {most} colours, not {count}": (
        "调色板有 1 到 {most} 种颜色，而不是 {count} 种"
    ),
    "'{key}' is not a colour name (lower-case letters, digits)": (
        "“{key}”不是颜色名称（应为小写字母和数字）"
    ),
    "the colour '{key}' is in the palette twice": "颜色“{key}”在调色板中出现了两次",
    "'{colour}' is not a colour like #ffd54f": "“{colour}”不是 #ffd54f 这样的颜色",
    "a palette has at most {most} colours (Ctrl+1 to Ctrl+9)": (
        "调色板最多有 {most} 种颜色（Ctrl+1 到 Ctrl+9）"
    ),
}

# Words core puts into a ``{…}`` part, given in Chinese too.
FRAGMENTS: dict[str, str] = {
    "a PDF document": "PDF 文档",
    "a ZIP archive or an Office document": "ZIP 压缩包或 Office 文档",
    "an old Office document (.doc or .xls)": "旧版 Office 文档（.doc 或 .xls）",
    "a PNG image": "PNG 图片",
    "a JPEG image": "JPEG 图片",
    "a GIF image": "GIF 图片",
    "a program": "程序",
    "binary data": "二进制数据",
}

SYSTEM_REASONS: dict[str, str] = {
    "No such file or directory": "没有这个文件或文件夹",
    "Permission denied": "没有权限",
    "Is a directory": "这是文件夹",
    "Not a directory": "路径中有一处不是文件夹",
    "File exists": "文件已存在",
    "No space left on device": "磁盘已满",
    "Read-only file system": "文件系统是只读的",
    "Disk quota exceeded": "超出磁盘配额",
    "File name too long": "文件名过长",
    "Input/output error": "输入输出错误",
}
"""What the system says of a failed file operation (``os.strerror``), in Chinese: inside a
``{…}`` part, or a whole problem (a file the command line cannot write)."""

# In a list of formats (``.txt, .md or .pdf``): the comma, and the last "or".
_FORMATS_COMMA = (", ", "、")
_FORMATS_OR = (" or ", " 或 ")
# Reports that one name matches (``3: 长治…, from a.txt; 4: …``), each as Chinese writes it.
_MATCHED_REPORT = re.compile(r"(?P<id>\d+): (?P<title>.+?), from (?P<file>.+)")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


# A pattern's leading ``{…}`` part stands for words of the problem, never for the names put
# before it (``a.txt: lib.db: …``): it does not reach across a name's ": ".
_NAME_SEPARATOR = ": "
_LEADING_PART = r"(?P<{name}>(?:(?!: ).)+?)"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` as a regular expression matching a whole problem: each ``{name}`` a group."""
    parts = _PLACEHOLDER.split(pattern)
    regex = "".join(
        re.escape(part)
        if i % 2 == 0
        else (_LEADING_PART.format(name=part) if i == 1 and not parts[0] else f"(?P<{part}>.+?)")
        for i, part in enumerate(parts)
    )
    return re.compile(f"^{regex}$", re.DOTALL)


def _matched_reports(value: str) -> str | None:
    """A list of reports one name matches, in Chinese; None when ``value`` is none."""
    items = [_MATCHED_REPORT.fullmatch(item) for item in value.split("; ")]
    if not all(items):
        return None
    return "；".join(f"{m['id']}：{m['title']}（{m['file']}）" for m in items if m is not None)


def _fragment(value: str) -> str:
    """A part of a sentence core filled in, in Chinese where it is core's own words."""
    known = FRAGMENTS.get(value) or SYSTEM_REASONS.get(value) or _matched_reports(value)
    if known is not None:
        return known
    head, sep, last = value.rpartition(_FORMATS_OR[0])
    if sep and last.startswith("."):  # a list of formats
        return head.replace(*_FORMATS_COMMA) + _FORMATS_OR[1] + last
    return value


def chinese_problem(problem: str, *, names_inside: bool = True) -> str:
    """``problem`` (a core sentence without a file name) in Chinese, if it is known; else as
    it is. With ``names_inside`` False, no ``{…}`` part may hold a name's ": " (the names
    before a problem are not taken for a part of it)."""
    for pattern, chinese in PATTERNS.items():
        match = _compiled(pattern).match(problem)
        if match is not None:
            values = match.groupdict()
            if not names_inside and any(_NAME_SEPARATOR in value for value in values.values()):
                continue
            return chinese.format_map({name: _fragment(value) for name, value in values.items()})
    return SYSTEM_REASONS.get(problem, problem)


def chinese_message(message: str) -> str:
    """A core message in Chinese, if it is known; else as it is. The names before the problem
    (``name: problem``, or ``file: library: problem`` when a file's change failed in the
    library) are kept, each a file's or a report's (``report 3`` reads ``报告 3``).

    The problem is found after the fewest names whose rest is a known problem none of whose
    ``{…}`` parts holds a ": "; failing that, one whose parts do (an error naming a file).
    """
    parts = message.split(_NAME_SEPARATOR)
    for names_inside in (False, True):
        for count in range(1, len(parts)):  # the fewest names first: the longest problem
            names = parts[:count]
            if len(names[-1]) >= 260 or "\n" in names[-1]:
                break  # not a name: core's names are one short line each
            problem = _NAME_SEPARATOR.join(parts[count:])
            translated = chinese_problem(problem, names_inside=names_inside)
            if translated != problem:
                return _NAME_SEPARATOR.join([*map(chinese_problem, names), translated])
    return chinese_problem(message)
