"""ReportLens core: reading, parsing, storing and comparing government work reports (no Qt)."""

__version__ = "0.1.0"
