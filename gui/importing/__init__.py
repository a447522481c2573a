"""Importing files and folders in the background, with progress and a summary."""
