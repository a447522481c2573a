"""Searching: the find bar in the open report and the library-wide search."""
