"""Reading report files of every supported format into Documents: one reader per format."""

from __future__ import annotations

from core.ingest.dispatch import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    UNREAD_REPORT_SUFFIXES,
    read_document,
)

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "UNREAD_REPORT_SUFFIXES", "read_document"]
