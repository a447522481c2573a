"""From a document's text to what the library keeps: metadata, section tree, paragraphs, tokens."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import NotAReportError
from core.metadata import detect_metadata
from core.model import Document, Outline, Paragraph, ReportKind, ReportMeta
from core.outline import parse_outline
from core.paragraphs import split_paragraphs
from core.text_identity import content_hash

__all__ = ["AnalysedText", "analyse_document", "analyse_text", "content_hash", "paragraph_tokens"]


@dataclass(frozen=True)
class AnalysedText:
    """A text with its parse: what every view and command starts from."""

    text: str
    meta: ReportMeta
    outline: Outline
    paragraphs: tuple[Paragraph, ...]

    @property
    def content_hash(self) -> str:
        """The identity of the text as read (``core.text_identity``): the same words in another
        encoding, or with another final line break, are the same."""
        return content_hash(self.text)


def analyse_text(text: str, filename: str = "") -> AnalysedText:
    """Parse a text without judging whether it is a report.

    Args:
        text: the text as read.
        filename: the source file's name, a hint for metadata (region, year).
    """
    outline = parse_outline(text)
    meta = detect_metadata(text, outline, filename)
    return AnalysedText(text, meta, outline, tuple(split_paragraphs(text)))


def analyse_document(document: Document) -> AnalysedText:
    """Parse a document read from disk and check that it is a government work report.

    Raises:
        NotAReportError: the text has no report structure (no headings), or reads as something
            else (a news article, a text in another language).
    """
    analysed = analyse_text(document.text, document.source.name)
    if analysed.meta.kind is ReportKind.NOT_A_REPORT:
        raise NotAReportError(
            document.source,
            "this does not read as a government work report "
            "(no report opening, parts or targets were found)",
        )
    if not analysed.outline.sections:
        raise NotAReportError(
            document.source,
            "no section headings such as 一、 or （一） were found, so it is not read as a report",
        )
    return analysed


def paragraph_tokens(analysed: AnalysedText) -> list[list[str]]:
    """jieba tokens of every paragraph of ``analysed`` (loads jieba on first use: slow)."""
    from core.tokens import tokenize

    text = analysed.text
    return [tokenize(text[p.start : p.end]) for p in analysed.paragraphs]
