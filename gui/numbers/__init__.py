"""The numbers panel: the open report's numeric statements as a table."""
