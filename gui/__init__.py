"""ReportLens desktop app (PySide6): presents core's results and calls core's functions."""
